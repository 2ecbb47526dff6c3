// Next Quote / Previous Quote: select the next detected quote after (or before) the cursor,
// walking into the following articles and wrapping around at the end of the file.
import * as vscode from 'vscode';
import type { CorpusModel } from '../corpus/corpusModel';
import { findQuote, type Direction } from '../corpus/quoteSearch';

async function moveToQuote(model: CorpusModel, direction: Direction): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const entry = editor && model.forDocument(editor.document);
  if (!editor || !entry) return;
  const span = findQuote(entry, editor.document.offsetAt(editor.selection.start), direction);
  if (!span) {
    void vscode.window.setStatusBarMessage('No quote found in this corpus.', 3000);
    return;
  }
  const range = new vscode.Range(editor.document.positionAt(span[0]), editor.document.positionAt(span[1]));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerQuoteNavigation(model: CorpusModel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsAnnotator.nextQuote', () => moveToQuote(model, 1)),
    vscode.commands.registerCommand('newsAnnotator.previousQuote', () => moveToQuote(model, -1)),
  );
}
