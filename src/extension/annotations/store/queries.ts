// Finding annotations: at a position, in the order they appear, across the workspace.
import * as vscode from 'vscode';
import type { Annotation } from '../core';
import type { AnnotationStore } from './annotationStore';
import type { CorpusAnnotations, LiveAnchor } from './corpusAnnotations';

export interface Located {
  state: CorpusAnnotations;
  annotation: Annotation;
  anchor: LiveAnchor;
}

/** Positioned annotations of a corpus, in text order. */
export function positioned(state: CorpusAnnotations): Located[] {
  return state.annotations()
    .map((annotation) => ({ state, annotation, anchor: state.anchor(annotation.id) }))
    .filter((l) => l.anchor.start !== undefined)
    .sort((a, b) => a.anchor.start! - b.anchor.start! || a.anchor.end! - b.anchor.end!);
}

/** Annotations covering [start, end] (a cursor when equal), innermost first. */
export function annotationsAt(state: CorpusAnnotations, start: number, end = start): Located[] {
  return positioned(state)
    .filter((l) => l.anchor.start! <= end && start <= l.anchor.end!)
    .sort((a, b) => (a.anchor.end! - a.anchor.start!) - (b.anchor.end! - b.anchor.start!));
}

export function orphans(state: CorpusAnnotations): Located[] {
  return state.annotations()
    .map((annotation) => ({ state, annotation, anchor: state.anchor(annotation.id) }))
    .filter((l) => l.anchor.start === undefined);
}

/** The live range of an annotation in an open document. */
export function rangeIn(document: vscode.TextDocument, anchor: LiveAnchor): vscode.Range | undefined {
  if (anchor.start === undefined || anchor.end === undefined) return undefined;
  return new vscode.Range(document.positionAt(anchor.start), document.positionAt(anchor.end));
}

/** The annotation a command is about: given by id, else the innermost one at the active editor's selection. */
export function targetAnnotation(store: AnnotationStore, args: { uri?: vscode.Uri; id?: string } = {}): Located | undefined {
  if (args.id) {
    const states = args.uri ? [store.get(args.uri)] : store.all();
    for (const state of states) {
      const annotation = state?.get(args.id);
      if (state && annotation) return { state, annotation, anchor: state.anchor(annotation.id) };
    }
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const state = editor && store.get(editor.document.uri);
  if (!editor || !state) return undefined;
  const { document, selection } = editor;
  return annotationsAt(state, document.offsetAt(selection.start), document.offsetAt(selection.end))[0];
}
