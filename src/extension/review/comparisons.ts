// The comparisons on screen, one per corpus at most: the sidecar as committed at a git ref (read
// once) against the annotations the editor holds now, recomputed when they change (tagged,
// edited, deleted, the sidecar changed on disk) and when the text is edited (a removed
// annotation's place moves with it). A comparison ends when the last editor tab of its corpus
// closes, or when the corpus goes away (deleted, or an outside-the-workspace file closed).
import * as vscode from 'vscode';
import type { AnnotationsApi } from '../annotations';
import type { CorpusModel } from '../corpus/corpusModel';
import { DisposableBase } from '../util/dispose';
import { Debouncer } from '../util/schedule';
import { changeRows, countsText, placeRemoved, type ChangeRow, type Span } from './changeRows';
import { diffAnnotations, type Annotation, type ParsedCorpus } from './core';
import type { RefChoice } from './gitRefs';

/** Recomputing waits for a pause in typing; a diff by id is cheap, re-anchoring removed ones less so. */
const REFRESH_DELAY_MS = 150;

export class Comparison {
  rows: readonly ChangeRow[] = [];
  private signature = '';

  constructor(
    readonly corpusUri: vscode.Uri,
    readonly choice: RefChoice,
    /** The sidecar's annotations at the ref ([] when it did not exist there). */
    readonly base: readonly Annotation[],
    readonly baseMissing: boolean,
  ) {}

  get counts(): string {
    return countsText(this.rows);
  }

  /** Recomputes against what the editor holds now; true when what is shown changed. */
  update(annotations: AnnotationsApi, corpus: ParsedCorpus | undefined): boolean {
    const views = annotations.list(this.corpusUri);
    const live = new Map<string, Span | undefined>(views.map((v) => [
      v.annotation.id, v.start !== undefined && v.end !== undefined ? { start: v.start, end: v.end } : undefined,
    ]));
    const diff = diffAnnotations(this.base, views.map((v) => v.annotation));
    const removedAt = corpus ? placeRemoved(diff.removed, corpus) : new Map<string, Span>();
    const rows = changeRows(diff, (id) => live.get(id), removedAt);
    const signature = JSON.stringify(rows.map((r) => [r.kind, r.id, r.summary, r.annotation.quote, r.annotation.label, r.span?.start, r.span?.end]));
    this.rows = rows;
    if (signature === this.signature) return false;
    this.signature = signature;
    return true;
  }
}

/** The files a tab shows (both sides of a diff). */
function tabUris(tab: vscode.Tab): vscode.Uri[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return [input.uri];
  if (input instanceof vscode.TabInputTextDiff) return [input.original, input.modified];
  return [];
}

export class Comparisons extends DisposableBase {
  private readonly byCorpus = new Map<string, Comparison>();
  private readonly stale = new Set<string>();
  private readonly emitter = this.register(new vscode.EventEmitter<vscode.Uri>());
  private readonly debouncer = this.register(new Debouncer(REFRESH_DELAY_MS, () => this.refreshStale()));
  private readonly countEmitter = this.register(new vscode.EventEmitter<number>());
  /** A comparison started, ended, or what it shows changed. */
  readonly onDidChange = this.emitter.event;
  /** How many comparisons are on screen (for the context key of Clear Annotation Comparison). */
  readonly onDidChangeCount = this.countEmitter.event;

  constructor(private readonly model: CorpusModel, private readonly annotations: AnnotationsApi) {
    super();
    const queue = (uri: vscode.Uri) => {
      if (!this.byCorpus.has(uri.toString())) return;
      this.stale.add(uri.toString());
      this.debouncer.trigger();
    };
    this.register(annotations.onDidChange(queue));
    this.register(model.onDidChangeCorpus((e) => (e.entry ? queue(e.uri) : this.end(e.uri))));
    // With the editor: when the last tab showing a compared corpus closes. (Not on the
    // document's close event: VS Code keeps a document an extension opened for minutes.)
    this.register(vscode.window.tabGroups.onDidChangeTabs((e) => {
      if (!e.closed.length) return;
      const open = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).flatMap(tabUris).map((uri) => uri.toString()));
      for (const uri of e.closed.flatMap(tabUris)) if (!open.has(uri.toString())) this.end(uri);
    }));
  }

  get(uri: vscode.Uri): Comparison | undefined {
    return this.byCorpus.get(uri.toString());
  }

  all(): Comparison[] {
    return [...this.byCorpus.values()].sort((a, b) => a.corpusUri.path.localeCompare(b.corpusUri.path));
  }

  /** Shows `comparison`, replacing one of the same corpus. */
  start(comparison: Comparison): void {
    const key = comparison.corpusUri.toString();
    this.byCorpus.set(key, comparison);
    this.stale.delete(key);
    comparison.update(this.annotations, this.model.get(comparison.corpusUri)?.corpus);
    this.emitter.fire(comparison.corpusUri);
    this.countEmitter.fire(this.byCorpus.size);
  }

  end(uri: vscode.Uri): boolean {
    const key = uri.toString();
    if (!this.byCorpus.delete(key)) return false;
    this.stale.delete(key);
    this.emitter.fire(uri);
    this.countEmitter.fire(this.byCorpus.size);
    return true;
  }

  endAll(): void {
    for (const comparison of this.all()) this.end(comparison.corpusUri);
  }

  /** Runs a pending recomputation now (tests, and before reading rows). */
  flush(): void {
    this.debouncer.flush();
  }

  private refreshStale(): void {
    const keys = [...this.stale];
    this.stale.clear();
    for (const key of keys) {
      const comparison = this.byCorpus.get(key);
      if (comparison?.update(this.annotations, this.model.get(comparison.corpusUri)?.corpus)) this.emitter.fire(comparison.corpusUri);
    }
  }
}
