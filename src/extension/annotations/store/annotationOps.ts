// Every change a person makes to annotations goes through here: refused (with the reason) when
// the corpus's sidecar cannot be written, applied in memory, recorded for Undo Annotation
// Change, and handed to SidecarSync, which writes it now or on the corpus's save.
import * as vscode from 'vscode';
import { baseName } from './sidecarFiles';
import type { Annotation } from '../core';
import type { AnnotationStore } from './annotationStore';
import type { CorpusAnnotations, LiveAnchor } from './corpusAnnotations';
import type { SidecarSync } from './sidecarSync';
import type { UndoEntry, UndoStack } from './undoStack';

export interface AnnotationChange {
  id: string;
  /** The annotation after the change; undefined deletes it. */
  after: Annotation | undefined;
  /** Where it sits now, when the caller knows (a fresh tag); otherwise it is looked for. */
  anchor?: LiveAnchor;
}

export class AnnotationRefused extends Error {}

export class AnnotationOps {
  constructor(private readonly store: AnnotationStore, private readonly sync: SidecarSync, readonly undo: UndoStack) {}

  /** Why annotations of this corpus cannot be changed now, or undefined when they can. */
  refusal(state: CorpusAnnotations): string | undefined {
    const corpus = baseName(state.corpusUri);
    switch (state.status.kind) {
      case 'none':
        return `${corpus} is not saved to a file yet. Annotations are stored beside the corpus file: save it first.`;
      case 'invalid': {
        const error = state.status.errors[0];
        const where = error ? ` (line ${error.line + 1}, column ${error.column + 1}: ${error.message})` : '';
        return `Cannot change annotations in ${corpus}: its sidecar ${baseName(state.sidecarUri!)} has errors${where}. `
          + 'The file was left untouched; fix it (see Problems) and try again.';
      }
      default:
        return undefined;
    }
  }

  /** Shows the refusal, if any, with a way to the broken file; true when changes may go ahead. */
  async ensureWritable(state: CorpusAnnotations): Promise<boolean> {
    await this.sync.idle(state); // a sidecar still being read decides this
    const reason = this.refusal(state);
    if (!reason) return true;
    const open = state.status.kind === 'invalid' ? 'Open Sidecar' : undefined;
    // Not awaited: the command is over; the notification stays until the user acts on it.
    void vscode.window.showErrorMessage(reason, ...(open ? [open] : [])).then((picked) => {
      if (picked && state.sidecarUri) void vscode.window.showTextDocument(state.sidecarUri);
    });
    return false;
  }

  /**
   * Applies changes, records their inverse (for Undo, or for Redo when this is an undo) and
   * writes when the corpus is saved.
   */
  async apply(state: CorpusAnnotations, description: string, changes: AnnotationChange[], record: 'change' | 'undo' | 'redo' = 'change'): Promise<UndoEntry | undefined> {
    if (!changes.length) return undefined;
    if (this.refusal(state)) throw new AnnotationRefused(this.refusal(state));
    const before = new Map<string, Annotation | undefined>(changes.map((c) => [c.id, state.get(c.id)]));
    const unanchored = new Map<string, 'live'>();
    for (const change of changes) {
      if (!change.after) {
        state.delete(change.id);
        continue;
      }
      state.set(change.after, change.anchor);
      if (!change.anchor) unanchored.set(change.id, 'live');
    }
    const entry = this.store.entry(state);
    if (entry && unanchored.size) state.reanchor(entry.corpus, unanchored);
    this.store.changed(state);
    const inverse: UndoEntry = { corpus: state.corpusUri, description, before };
    let undo: UndoEntry | undefined;
    if (record === 'change') undo = this.undo.push(inverse);
    else if (record === 'redo') undo = this.undo.pushUndo(inverse);
    else this.undo.pushRedo(inverse);
    await this.sync.flush(state);
    return undo;
  }

  /** Reverts one recorded change (the latest when none is given). */
  async undoChange(target?: UndoEntry): Promise<UndoEntry | undefined> {
    return this.restore(target ? this.undo.take(target) : this.undo.pop(), 'undo');
  }

  /** Makes the latest undone change again. */
  async redoChange(): Promise<UndoEntry | undefined> {
    return this.restore(this.undo.popRedo(), 'redo');
  }

  /** Puts back the annotations an entry recorded, recording what that replaces in turn. */
  private async restore(entry: UndoEntry | undefined, record: 'undo' | 'redo'): Promise<UndoEntry | undefined> {
    if (!entry) return undefined;
    const state = this.store.get(entry.corpus);
    if (!state) return undefined;
    const changes = [...entry.before].map(([id, after]) => ({ id, after }));
    await this.apply(state, entry.description, changes, record);
    return entry;
  }
}
