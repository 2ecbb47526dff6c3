// Undo and Redo Annotation Change: each annotation operation pushes what it replaced; an undo
// pushes what it replaced onto the redo list, and a new operation clears that list (as an
// editor does). Separate from the editor's Ctrl+Z, which undoes text; annotation changes made
// from commands are not text edits.
import * as vscode from 'vscode';
import type { Annotation } from '../core';

export interface UndoEntry {
  readonly corpus: vscode.Uri;
  /** What was done, for messages: "Tag claim", "Delete annotation". */
  readonly description: string;
  /** Each touched annotation as it was before (undefined: it did not exist). */
  readonly before: ReadonlyMap<string, Annotation | undefined>;
}

const MAX_ENTRIES = 200;

export class UndoStack implements vscode.Disposable {
  private readonly entries: UndoEntry[] = [];
  private readonly redoEntries: UndoEntry[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  get canUndo(): boolean {
    return this.entries.length > 0;
  }

  get canRedo(): boolean {
    return this.redoEntries.length > 0;
  }

  /** Records a new change: what was undone before can no longer be redone. */
  push(entry: UndoEntry): UndoEntry {
    this.redoEntries.length = 0;
    return this.pushUndo(entry);
  }

  /** Records what a redo replaced, keeping the rest of the redo list. */
  pushUndo(entry: UndoEntry): UndoEntry {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.shift();
    this.emitter.fire();
    return entry;
  }

  /** Records what an undo replaced. */
  pushRedo(entry: UndoEntry): void {
    this.redoEntries.push(entry);
    if (this.redoEntries.length > MAX_ENTRIES) this.redoEntries.shift();
    this.emitter.fire();
  }

  popRedo(): UndoEntry | undefined {
    const entry = this.redoEntries.pop();
    if (entry) this.emitter.fire();
    return entry;
  }

  pop(): UndoEntry | undefined {
    const entry = this.entries.pop();
    if (entry) this.emitter.fire();
    return entry;
  }

  /** Removes a given entry (an "Undo" button on an older notification); undefined if already undone. */
  take(entry: UndoEntry): UndoEntry | undefined {
    const index = this.entries.lastIndexOf(entry);
    if (index < 0) return undefined;
    this.entries.splice(index, 1);
    this.emitter.fire();
    return entry;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
