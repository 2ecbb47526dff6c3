// Moving the editor to an article or a quote, shared by the views, hovers and commands.
import * as vscode from 'vscode';
import type { CorpusModel } from './corpus/corpusModel';

export interface OpenOptions {
  preserveFocus?: boolean;
  preview?: boolean;
}

async function showCorpus(uri: vscode.Uri, options: OpenOptions): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preserveFocus: options.preserveFocus, preview: options.preview });
}

/** Opens the corpus, puts the cursor on the article's header and scrolls it to the top. */
export async function revealArticle(model: CorpusModel, uri: vscode.Uri, key: string, options: OpenOptions = {}): Promise<vscode.TextEditor | undefined> {
  const editor = await showCorpus(uri, options);
  const article = model.forDocument(editor.document)?.article(key);
  if (!article) return editor;
  const position = editor.document.positionAt(article.headerStart);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  return editor;
}

/** Opens the corpus and selects [start, end) (offsets into the article's body). */
export async function revealInArticle(
  model: CorpusModel,
  uri: vscode.Uri,
  key: string,
  start: number,
  end: number,
  options: OpenOptions = {},
): Promise<vscode.TextEditor | undefined> {
  const editor = await showCorpus(uri, options);
  const article = model.forDocument(editor.document)?.article(key);
  if (!article) return editor;
  const range = new vscode.Range(
    editor.document.positionAt(article.bodyStart + start),
    editor.document.positionAt(article.bodyStart + end),
  );
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
