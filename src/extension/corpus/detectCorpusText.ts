// A corpus saved or pasted as .txt: VS Code's `firstLine` rule only applies to files without a
// registered extension, and .txt belongs to Plain Text, so a plain-text document whose first
// line is a corpus header is switched to news-corpus here. Once per document per session: if
// the user switches it back, that choice stands.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './corpusModel';

const HEADER_LINE = /^\uFEFF?<<<FILE(?:[: ]|$)/;

export function registerCorpusTextDetection(): vscode.Disposable {
  const switched = new Set<string>();
  const check = (document: vscode.TextDocument) => {
    const id = document.uri.toString();
    if (document.languageId !== 'plaintext' || switched.has(id) || document.lineCount === 0) return;
    if (!HEADER_LINE.test(document.lineAt(0).text)) return;
    switched.add(id);
    void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(undefined, () => undefined);
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    // A corpus pasted into an empty plain-text file.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.some((c) => c.range.start.line === 0)) check(e.document);
    }),
  );
}
