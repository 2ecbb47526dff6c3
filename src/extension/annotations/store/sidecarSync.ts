// Keeping sidecars on disk and annotations in memory in step.
//
// WHEN A SIDECAR IS WRITTEN. Anchors on disk must never point into text that is not on disk:
// - while the corpus document is dirty, annotation changes are held in memory (and shown);
//   the sidecar is written when the corpus is saved, with every anchor recomputed against the
//   saved text;
// - when the corpus is not dirty (or not open), a change is written at once;
// - closing a dirty corpus without saving re-anchors against the disk text, then writes what
//   was held: nothing is lost, since anchors fall back to their quote, prefix and suffix;
// - changes on disk alone (git pull, checkout, another program) only re-anchor what is shown:
//   they never make us rewrite a sidecar nobody edited here.
// A sidecar we cannot parse is never written (it stays byte-identical, its errors are in
// Problems, and changes in that corpus are refused until it is fixed); saving unchanged
// annotations writes nothing. Writes are atomic (sidecarFiles.ts) and one at a time per corpus.
//
// A sidecar changed on disk while we hold unsaved changes is merged by id with
// mergeAnnotations (base = as last read); conflicts are put to the user (conflictPrompt.ts)
// and nothing is written until they choose. The question never blocks other sidecar work.
import * as vscode from 'vscode';
import { DisposableBase } from '../../util/dispose';
import { SIDECAR_SUFFIX, createSidecar, mergeAnnotations, updateSidecar, type MergeConflict } from '../core';
import type { HookBox } from '../util/testHooks';
import type { AnnotationStore } from './annotationStore';
import type { CorpusAnnotations } from './corpusAnnotations';
import { ConflictKeeper, applyChoice } from './conflictPrompt';
import type { ConflictChoice } from '../util/testHooks';
import { baseName, readSidecar, readTextFile, writeAtomically, type SidecarRead } from './sidecarFiles';

export class SidecarSync extends DisposableBase {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly conflicts: ConflictKeeper;

  constructor(private readonly store: AnnotationStore, private readonly hooks: HookBox) {
    super();
    this.conflicts = new ConflictKeeper(hooks, store.work, (state, conflicts, choice) => void this.settle(state, conflicts, choice));
    this.register(store.onDidAddCorpus((state) => void this.enqueue(state, () => this.reconcileAndWrite(state))));
    this.register(store.onDidBecomeCleanWithUnsaved((state) => void this.flush(state)));
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`));
    const onDisk = (uri: vscode.Uri) => {
      const state = store.bySidecar(uri);
      if (state) void this.enqueue(state, () => this.reconcileAndWrite(state));
    };
    this.register(watcher.onDidCreate(onDisk));
    this.register(watcher.onDidChange(onDisk));
    this.register(watcher.onDidDelete(onDisk));
    this.register(vscode.workspace.onDidSaveTextDocument((doc) => {
      const state = store.get(doc.uri);
      if (state) void this.flush(state);
    }));
  }

  /** Writes the corpus's annotations if its text is on disk; else they wait for its save. */
  flush(state: CorpusAnnotations): Promise<void> {
    return this.enqueue(state, () => this.write(state));
  }

  /** Resolves when the corpus's queued sidecar work (its first read, a write) is done. */
  idle(state: CorpusAnnotations): Promise<void> {
    return this.queues.get(state.corpusUri.toString()) ?? Promise.resolve();
  }

  /** One sidecar operation at a time per corpus, each tracked for whenIdle. */
  private enqueue(state: CorpusAnnotations, task: () => Promise<void>): Promise<void> {
    const key = state.corpusUri.toString();
    const next = (this.queues.get(key) ?? Promise.resolve()).then(task).catch((error) => {
      console.error('[news-annotator] sidecar operation failed', error);
      void vscode.window.showErrorMessage(`News Annotator: ${error instanceof Error ? error.message : String(error)}`);
    });
    this.queues.set(key, next);
    return this.store.work.track(next);
  }

  /** A sidecar read or changed on disk: merged with what we hold; the merge is written (after asking about conflicts). */
  private async reconcileAndWrite(state: CorpusAnnotations): Promise<void> {
    if (await this.reconcile(state)) await this.write(state);
  }

  /**
   * Brings the sidecar on disk into memory: first read, or a change made outside. Returns true
   * when it was merged with unsaved changes of ours (the merge then needs writing).
   */
  private async reconcile(state: CorpusAnnotations): Promise<boolean> {
    if (!state.sidecarUri) return false;
    const read = await readSidecar(state.sidecarUri);
    const diskText = read.kind === 'ok' ? read.sidecar.text : read.kind === 'invalid' ? read.text : undefined;
    const known = state.status.kind === 'ok' || state.status.kind === 'missing';
    // Our own write coming back through the watcher, or nothing new.
    if (known && diskText === state.base?.text && read.kind === state.status.kind) return false;
    if (read.kind === 'invalid') {
      state.status = { kind: 'invalid', text: read.text, errors: read.errors };
      this.store.changed(state);
      return false;
    }
    return this.takeFromDisk(state, read);
  }

  private takeFromDisk(state: CorpusAnnotations, read: Exclude<SidecarRead, { kind: 'invalid' }>): boolean {
    const theirs = read.kind === 'ok' ? read.sidecar : undefined;
    const firstRead = state.status.kind === 'loading';
    const ours = state.annotations();
    const hadChanges = !firstRead && state.hasUnsavedChanges();
    const base = state.base?.annotations ?? [];
    state.status = { kind: read.kind };
    state.base = theirs;
    const entry = this.store.entry(state);
    if (!hadChanges) {
      state.replaceAll(theirs?.annotations ?? []);
    } else {
      const { merged, conflicts } = mergeAnnotations(base, ours, theirs?.annotations ?? [], { random: this.hooks.random() });
      state.replaceAll(merged);
      if (conflicts.length) this.conflicts.add(state, conflicts, theirs);
    }
    if (entry) state.reanchor(entry.corpus, 'stored');
    this.store.changed(state);
    return hadChanges;
  }

  private async write(state: CorpusAnnotations): Promise<void> {
    const { sidecarUri } = state;
    const entry = this.store.entry(state);
    if (!sidecarUri || !entry || state.status.kind === 'invalid' || state.status.kind === 'loading') return;
    if (this.conflicts.ask(state)) return; // written once the user has chosen
    if (this.store.isDirty(state.corpusUri)) return; // written on save
    // Something may have changed the file since we read it, before its watcher event came.
    const onDisk = await readTextFile(sidecarUri);
    if (onDisk !== state.base?.text) {
      await this.reconcile(state);
      // (reconcile may have changed the status: read it afresh)
      if (statusOf(state) === 'invalid' || this.conflicts.ask(state)) return;
    }
    this.store.settle();
    const from = state.snapshot();
    const annotations = state.toWrite(entry.corpus, from);
    if (!state.base && !annotations.length) return; // no sidecar and nothing to put in one
    const base = state.base ?? createSidecar(baseName(state.corpusUri));
    const result = updateSidecar(base, annotations, entry.corpus.articles.map((a) => a.name));
    if (result.text === state.base?.text) {
      // Unchanged: not a byte written; what we hold is what is on disk (e.g. an article renamed and back).
      state.written(state.base, from);
      return;
    }
    await writeAtomically(sidecarUri, result.text);
    state.status = { kind: 'ok' };
    state.written(result.sidecar, from);
    this.store.changed(state);
  }

  /** The user chose how to settle conflicts: apply it, and write. */
  private settle(state: CorpusAnnotations, conflicts: readonly MergeConflict[], choice: ConflictChoice): Promise<void> {
    return this.enqueue(state, async () => {
      applyChoice(state, conflicts, choice);
      const entry = this.store.entry(state);
      if (entry) state.reanchor(entry.corpus, 'stored');
      this.store.changed(state);
      await this.write(state);
    });
  }
}

function statusOf(state: CorpusAnnotations): string {
  return state.status.kind;
}
