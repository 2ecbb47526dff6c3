// Parser diagnostics in the Problems panel, for open documents (updated after an idle moment
// while typing) and for the workspace's corpus files on disk.
import * as vscode from 'vscode';
import type { CorpusEntry } from '../corpus/corpusEntry';
import type { CorpusModel } from '../corpus/corpusModel';
import { DisposableBase } from '../util/dispose';
import { Debouncer } from '../util/schedule';

const EDIT_IDLE_MS = 300;

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function toVsDiagnostics(entry: CorpusEntry, document: vscode.TextDocument | undefined): vscode.Diagnostic[] {
  const position = (offset: number) => {
    if (document) return document.positionAt(offset);
    const p = entry.positionAt(offset);
    return new vscode.Position(p.line, p.column);
  };
  return entry.corpus.diagnostics.map((d) => {
    const start = position(d.offset);
    const range = new vscode.Range(start, d.length > 0 ? position(d.offset + d.length) : start);
    const diagnostic = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity] ?? vscode.DiagnosticSeverity.Warning);
    diagnostic.source = 'news-corpus';
    diagnostic.code = d.code;
    return diagnostic;
  });
}

class CorpusDiagnostics extends DisposableBase {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('news-corpus'));
  private readonly dirty = new Map<string, vscode.Uri>();
  private readonly debouncer = this.register(new Debouncer(EDIT_IDLE_MS, () => this.publishDirty()));

  constructor(private readonly model: CorpusModel) {
    super();
    this.register(model.onDidChangeCorpus((e) => {
      if (!e.entry) {
        this.collection.delete(e.uri);
        return;
      }
      this.dirty.set(e.uri.toString(), e.uri);
      if (e.kind === 'edited') this.debouncer.trigger();
      else this.publish(e.uri);
    }));
    for (const entry of model.all()) this.publish(entry.uri);
  }

  private publishDirty(): void {
    for (const uri of this.dirty.values()) this.publish(uri);
  }

  private publish(uri: vscode.Uri): void {
    this.dirty.delete(uri.toString());
    const entry = this.model.get(uri);
    if (!entry) return;
    const document = entry.source === 'document'
      ? vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString())
      : undefined;
    this.collection.set(uri, toVsDiagnostics(entry, document));
  }
}

export function registerDiagnostics(model: CorpusModel): vscode.Disposable {
  return new CorpusDiagnostics(model);
}
