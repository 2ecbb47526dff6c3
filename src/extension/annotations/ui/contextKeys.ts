// Context keys for the manifest's `when` clauses, so annotation commands show in the palette
// only where they apply: an annotation (or a fuzzy one) at the cursor, any annotations or
// orphans in the workspace, something to undo.
import * as vscode from 'vscode';
import { DisposableBase } from '../../util/dispose';
import { Debouncer } from '../../util/schedule';
import type { AnnotationStore } from '../store/annotationStore';
import { annotationsAt, orphans } from '../store/queries';
import type { UndoStack } from '../store/undoStack';

const UPDATE_DELAY_MS = 50;

export class AnnotationContextKeys extends DisposableBase {
  private readonly values = new Map<string, boolean>();
  private readonly debouncer = this.register(new Debouncer(UPDATE_DELAY_MS, () => this.update()));

  constructor(private readonly store: AnnotationStore, private readonly undo: UndoStack) {
    super();
    const trigger = () => this.debouncer.trigger();
    this.register(vscode.window.onDidChangeTextEditorSelection(trigger));
    this.register(vscode.window.onDidChangeActiveTextEditor(trigger));
    this.register(store.onDidChange(trigger));
    this.register(undo.onDidChange(trigger));
    store.work.addFlusher(() => this.debouncer.flush());
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const state = editor && this.store.get(editor.document.uri);
    const here = state ? annotationsAt(state, editor!.document.offsetAt(editor!.selection.start), editor!.document.offsetAt(editor!.selection.end)) : [];
    const all = this.store.all();
    this.set('newsAnnotator.annotationAtCursor', here.length > 0);
    this.set('newsAnnotator.fuzzyAnnotationAtCursor', here.some((l) => l.anchor.state === 'fuzzy'));
    this.set('newsAnnotator.hasAnnotations', all.some((s) => s.size > 0));
    this.set('newsAnnotator.hasOrphans', all.some((s) => orphans(s).length > 0));
    this.set('newsAnnotator.canUndoAnnotationChange', this.undo.canUndo);
    this.set('newsAnnotator.canRedoAnnotationChange', this.undo.canRedo);
  }

  private set(key: string, value: boolean): void {
    if (this.values.get(key) === value) return;
    this.values.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }
}
