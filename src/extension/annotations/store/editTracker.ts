// Follows typing in corpus editors: every content change moves the live anchors
// (shiftForEdit), so annotations stay on their text while it is edited, and annotations whose
// own text was touched are re-anchored after a pause.
//
// It also notices an article renamed in place: when one change event only edits the header
// line of one article and that article's name changed, the annotations lying in it take the
// new name. Because this reacts to the text change itself, an undo of the header edit
// (Ctrl+Z) is a header edit too, and renames them back: one undo step, as the user expects.
import * as vscode from 'vscode';
import { isCorpusDocument } from '../../corpus/corpusModel';
import type { TextEdit } from '../../corpus/core';
import { DisposableBase } from '../../util/dispose';
import type { ParsedCorpus } from '../core';
import type { AnnotationStore } from './annotationStore';
import type { CorpusAnnotations } from './corpusAnnotations';

interface HeaderSnapshot {
  name: string;
  headerStart: number;
  headerEnd: number;
}

export class EditTracker extends DisposableBase {
  /** Article headers of each annotated corpus as they were before the latest change. */
  private readonly headers = new Map<string, HeaderSnapshot[]>();

  constructor(private readonly store: AnnotationStore) {
    super();
    // Registered after the corpus model's listener, so the model already holds the edited text.
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.documentChanged(e)));
    this.register(store.onDidChange((uri) => this.snapshot(uri)));
  }

  private snapshot(uri: vscode.Uri): void {
    const state = this.store.get(uri);
    const corpus = state && state.size ? this.store.model.get(uri)?.corpus : undefined;
    if (!corpus) {
      this.headers.delete(uri.toString());
      return;
    }
    this.headers.set(uri.toString(), corpus.articles.map((a) => ({ name: a.name, headerStart: a.headerStart, headerEnd: a.headerEnd })));
  }

  private documentChanged(e: vscode.TextDocumentChangeEvent): void {
    if (!isCorpusDocument(e.document)) return;
    const state = this.store.get(e.document.uri);
    if (!state) return;
    if (e.contentChanges.length && state.size) {
      const edits: TextEdit[] = e.contentChanges.map((c) => ({ offset: c.rangeOffset, removed: c.rangeLength, inserted: c.text }));
      const before = this.headers.get(e.document.uri.toString());
      const touched = state.shift(edits);
      const corpus = this.store.model.get(e.document.uri)?.corpus;
      if (before && corpus) this.renameIfHeaderEdited(state, before, corpus, edits);
      this.store.queueReanchor(state, touched);
      this.store.changed(state);
    }
    // Saved, reverted or undone back to the saved text: what we hold can go to disk now.
    if (!e.document.isDirty) this.store.becameClean(state);
  }

  private renameIfHeaderEdited(state: CorpusAnnotations, before: HeaderSnapshot[], corpus: ParsedCorpus, edits: TextEdit[]): void {
    if (before.length !== corpus.articles.length) return;
    // Offsets of later edits in one event refer to the text after the earlier ones; a header
    // edit never changes line breaks, so every edit must lie within the same header line.
    const index = before.findIndex((h) => edits.every((edit) =>
      edit.offset >= h.headerStart && edit.offset + edit.removed <= h.headerEnd && !/[\r\n]/.test(edit.inserted)));
    if (index < 0) return;
    const oldName = before[index].name;
    const article = corpus.articles[index];
    if (article.name === oldName || !article.name) return;
    const unique = (names: string[], name: string) => names.filter((n) => n === name).length === 1;
    const renameOrphans = unique(before.map((h) => h.name), oldName) && unique(corpus.articles.map((a) => a.name), article.name);
    state.renameArticle(oldName, article.name, article.headerStart, article.end, renameOrphans);
  }
}
