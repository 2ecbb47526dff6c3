// Every corpus's annotations, kept in step with the corpus model: a state per corpus file
// (created when the model learns of the file, its sidecar read then), re-anchored when the
// corpus is reloaded (opened, changed on disk, closed without saving). Edits typed in the
// editor are followed by EditTracker; reading, writing and merging sidecars is SidecarSync's.
import * as vscode from 'vscode';
import type { CorpusEntry } from '../../corpus/corpusEntry';
import type { CorpusModel } from '../../corpus/corpusModel';
import type { CorpusChangeEvent } from '../../corpus/events';
import { DisposableBase } from '../../util/dispose';
import { Debouncer } from '../../util/schedule';
import { PendingWork } from '../util/pendingWork';
import { CorpusAnnotations, type AnchorHint } from './corpusAnnotations';
import { sidecarUriFor } from './sidecarFiles';

/** Re-anchoring annotations whose text was edited waits for a pause in typing. */
const REANCHOR_IDLE_MS = 300;

export class AnnotationStore extends DisposableBase {
  private readonly corpora = new Map<string, CorpusAnnotations>();
  private readonly pendingHints = new Map<string, Map<string, AnchorHint>>();
  private readonly emitter = this.register(new vscode.EventEmitter<vscode.Uri>());
  private readonly reanchorDebouncer = this.register(new Debouncer(REANCHOR_IDLE_MS, () => this.reanchorPending()));
  /** Fired with a corpus uri whenever its annotations or their positions changed. */
  readonly onDidChange = this.emitter.event;
  readonly work = new PendingWork();
  private readonly addedEmitter = this.register(new vscode.EventEmitter<CorpusAnnotations>());
  private readonly cleanEmitter = this.register(new vscode.EventEmitter<CorpusAnnotations>());
  /** A corpus became known: its sidecar is to be read (SidecarSync listens). */
  readonly onDidAddCorpus = this.addedEmitter.event;
  /** A corpus's text is on disk again while we hold unsaved annotation changes: they can be written. */
  readonly onDidBecomeCleanWithUnsaved = this.cleanEmitter.event;

  constructor(readonly model: CorpusModel) {
    super();
    this.work.addFlusher(() => this.reanchorDebouncer.flush());
    this.register(model.onDidChangeCorpus((e) => this.corpusChanged(e)));
  }

  /** Creates states for corpora the model already knew before we started listening. */
  start(): void {
    for (const entry of this.model.all()) this.ensure(entry);
  }

  get(uri: vscode.Uri): CorpusAnnotations | undefined {
    return this.corpora.get(uri.toString());
  }

  all(): CorpusAnnotations[] {
    return [...this.corpora.values()];
  }

  bySidecar(sidecar: vscode.Uri): CorpusAnnotations | undefined {
    return this.all().find((state) => state.sidecarUri?.toString() === sidecar.toString());
  }

  entry(state: CorpusAnnotations): CorpusEntry | undefined {
    return this.model.get(state.corpusUri);
  }

  /** The open document of a corpus, if any. */
  document(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === key);
  }

  /** A dirty corpus has text that is not on disk: annotation changes wait for its save. */
  isDirty(uri: vscode.Uri): boolean {
    return this.document(uri)?.isDirty ?? false;
  }

  /** For EditTracker: the document of a corpus with unsaved annotation changes was saved or reverted. */
  becameClean(state: CorpusAnnotations): void {
    if (state.hasUnsavedChanges()) this.cleanEmitter.fire(state);
  }

  changed(state: CorpusAnnotations): void {
    this.emitter.fire(state.corpusUri);
  }

  /** Annotations touched by an edit, re-anchored after a pause in typing. */
  queueReanchor(state: CorpusAnnotations, hints: Map<string, AnchorHint>): void {
    if (!hints.size) return;
    const key = state.corpusUri.toString();
    const pending = this.pendingHints.get(key) ?? new Map<string, AnchorHint>();
    for (const [id, hint] of hints) if (pending.get(id) !== 'stored') pending.set(id, hint);
    this.pendingHints.set(key, pending);
    this.reanchorDebouncer.trigger();
  }

  /** Runs queued re-anchoring now (before a save computes what to write). */
  settle(): void {
    this.reanchorDebouncer.flush();
  }

  private reanchorPending(): void {
    const batches = [...this.pendingHints];
    this.pendingHints.clear();
    for (const [key, hints] of batches) {
      const state = this.corpora.get(key);
      const entry = state && this.entry(state);
      if (!state || !entry) continue;
      state.reanchor(entry.corpus, hints);
      this.changed(state);
    }
  }

  private ensure(entry: CorpusEntry): CorpusAnnotations {
    const key = entry.uri.toString();
    let state = this.corpora.get(key);
    if (!state) {
      state = new CorpusAnnotations(entry.uri, sidecarUriFor(entry.uri));
      this.corpora.set(key, state);
      this.addedEmitter.fire(state);
    }
    return state;
  }

  private corpusChanged(e: CorpusChangeEvent): void {
    if (!e.entry) {
      const state = this.corpora.get(e.uri.toString());
      this.corpora.delete(e.uri.toString());
      if (state) this.changed(state);
      return;
    }
    const existed = this.corpora.has(e.uri.toString());
    const state = this.ensure(e.entry);
    if (!existed || e.kind === 'edited') return; // edits are followed by EditTracker
    // Opened, reloaded from disk (git pull, checkout, another program) or closed unsaved:
    // the text may be anything now, so look for every annotation from what was saved.
    this.pendingHints.delete(e.uri.toString());
    state.reanchor(e.entry.corpus, 'stored');
    this.changed(state);
    if (!this.isDirty(state.corpusUri) && state.hasUnsavedChanges()) this.cleanEmitter.fire(state);
  }
}
