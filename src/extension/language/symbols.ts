// Articles as document symbols: the Outline, breadcrumbs and Go to Symbol list them.
import * as vscode from 'vscode';
import type { CorpusModel } from '../corpus/corpusModel';
import { LANGUAGE_ID } from '../corpus/corpusModel';

class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly model: CorpusModel) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const entry = this.model.forDocument(document);
    if (!entry) return [];
    return entry.corpus.articles.map((article, i) => {
      const key = entry.keys[i];
      const range = new vscode.Range(document.positionAt(article.headerStart), document.positionAt(article.end));
      const header = new vscode.Range(document.positionAt(article.headerStart), document.positionAt(article.headerEnd));
      const nameAt = document.getText(header).indexOf(article.name);
      const selection = nameAt < 0 || !article.name
        ? header
        : new vscode.Range(header.start.translate(0, nameAt), header.start.translate(0, nameAt + article.name.length));
      // Module: an article is a self-contained unit inside the file, like a module in a bundle.
      return new vscode.DocumentSymbol(article.name || '(unnamed)', entry.meta(key).title, vscode.SymbolKind.Module, range, selection);
    });
  }
}

export function registerDocumentSymbols(model: CorpusModel): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider({ language: LANGUAGE_ID }, new ArticleSymbolProvider(model), {
    label: 'Articles',
  });
}
