// Annotation problems in the Problems panel (source "News Annotator"): a sidecar that does not
// parse (at each error's line and column), orphaned annotations (at their entry in the sidecar,
// where a person can see what was annotated), fuzzy matches awaiting confirmation (on the
// corpus text they matched, with a quick fix), and labels the taxonomy does not define.
import * as vscode from 'vscode';
import { DisposableBase } from '../../util/dispose';
import { Debouncer } from '../../util/schedule';
import { excerpt, findArticle, findLabel, type Annotation } from '../core';
import type { TaxonomyService } from '../settings/taxonomyService';
import type { AnnotationStore } from '../store/annotationStore';
import type { CorpusAnnotations } from '../store/corpusAnnotations';
import { makeDiagnostic, toVsDiagnostic } from './diagnosticUtil';

const UPDATE_DELAY_MS = 200;
export const FUZZY_CODE = 'fuzzy-anchor';
export const ORPHAN_CODE = 'orphaned-annotation';

export class AnnotationDiagnostics extends DisposableBase {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('news-annotator-annotations'));
  private readonly dirty = new Map<string, vscode.Uri>();
  private readonly published = new Map<string, vscode.Uri[]>();
  private readonly debouncer = this.register(new Debouncer(UPDATE_DELAY_MS, () => this.publishDirty()));

  constructor(private readonly store: AnnotationStore, private readonly taxonomy: TaxonomyService) {
    super();
    store.work.addFlusher(() => this.debouncer.flush());
    this.register(store.onDidChange((uri) => {
      this.dirty.set(uri.toString(), uri);
      this.debouncer.trigger();
    }));
    this.register(taxonomy.onDidChange(() => {
      for (const state of store.all()) this.dirty.set(state.corpusUri.toString(), state.corpusUri);
      this.debouncer.trigger();
    }));
  }

  private publishDirty(): void {
    const uris = [...this.dirty.values()];
    this.dirty.clear();
    for (const uri of uris) this.publish(uri);
  }

  private publish(corpus: vscode.Uri): void {
    const key = corpus.toString();
    for (const uri of this.published.get(key) ?? []) this.collection.delete(uri);
    this.published.delete(key);
    const state = this.store.get(corpus);
    if (!state) return;
    const byFile = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    const add = (uri: vscode.Uri, diagnostic: vscode.Diagnostic) => {
      const slot = byFile.get(uri.toString()) ?? { uri, list: [] };
      slot.list.push(diagnostic);
      byFile.set(uri.toString(), slot);
    };
    if (state.status.kind === 'invalid' && state.sidecarUri) {
      const { text, errors } = state.status;
      for (const error of errors) add(state.sidecarUri, toVsDiagnostic(error, text));
    }
    for (const annotation of state.annotations()) this.annotationProblems(state, annotation, add);
    for (const { uri, list } of byFile.values()) this.collection.set(uri, list);
    this.published.set(key, [...byFile.values()].map((slot) => slot.uri));
  }

  private annotationProblems(state: CorpusAnnotations, a: Annotation, add: (uri: vscode.Uri, d: vscode.Diagnostic) => void): void {
    const anchor = state.anchor(a.id);
    const subject = `Annotation ${a.id} (${a.label}) ${excerpt(a.quote)}`;
    if (anchor.state === 'orphaned') {
      const place = this.entryPlace(state, a);
      add(place.uri, makeDiagnostic(place.range, `${subject} is orphaned: its text is no longer in article '${a.article}'. `
        + 'Select where it belongs and run "Re-attach Orphan", or delete it.', vscode.DiagnosticSeverity.Error, ORPHAN_CODE));
    } else if (anchor.state === 'fuzzy') {
      const document = this.store.document(state.corpusUri);
      const range = document ? new vscode.Range(document.positionAt(anchor.start!), document.positionAt(anchor.end!)) : this.entryPlace(state, a).range;
      add(document ? state.corpusUri : this.entryPlace(state, a).uri, makeDiagnostic(range,
        `${subject} matches this text only approximately (${Math.round(anchor.score * 100)}%). Confirm the match, or re-attach it.`,
        vscode.DiagnosticSeverity.Warning, FUZZY_CODE));
    }
    if (!findLabel(this.taxonomy.taxonomyFor(state.corpusUri), a.label)) {
      const place = this.entryPlace(state, a, 'label');
      add(place.uri, makeDiagnostic(place.range, `${subject}: label '${a.label}' is not in the taxonomy.`, vscode.DiagnosticSeverity.Warning, 'unknown-label'));
    }
  }

  /** The annotation's entry in the sidecar on disk, else its article's header in the corpus. */
  private entryPlace(state: CorpusAnnotations, a: Annotation, field?: string): { uri: vscode.Uri; range: vscode.Range } {
    const position = state.base?.positionOf(a.id, field);
    if (position && state.sidecarUri && state.base?.annotations.some((b) => b.id === a.id)) {
      const start = new vscode.Position(position.line, position.column);
      return { uri: state.sidecarUri, range: new vscode.Range(start, start.translate(0, field ? field.length : 1)) };
    }
    const entry = this.store.entry(state);
    const article = entry && findArticle(entry.corpus, a.article);
    const line = article ? entry!.positionAt(article.headerStart).line : 0;
    return { uri: state.corpusUri, range: new vscode.Range(line, 0, line, 0) };
  }
}

/** Quick fix on a fuzzy-match warning: Confirm Fuzzy Anchor. */
export function registerFuzzyQuickFix(store: AnnotationStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'news-corpus' }, {
    provideCodeActions(document, _range, context) {
      return context.diagnostics.filter((d) => d.code === FUZZY_CODE).map((d) => {
        const action = new vscode.CodeAction('Confirm fuzzy anchor (accept the approximate match)', vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        const state = store.get(document.uri);
        const offset = document.offsetAt(d.range.start);
        const hit = state?.annotations().find((a) => state.anchor(a.id).state === 'fuzzy' && state.anchor(a.id).start === offset);
        action.command = { title: action.title, command: 'newsAnnotator.confirmFuzzyAnchor', arguments: [{ uri: document.uri.toString(), id: hit?.id }] };
        return action;
      });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}

