// Each article folds from its header to its last line (folding markers in the language
// configuration would guess; the parser knows).
import * as vscode from 'vscode';
import type { CorpusModel } from '../corpus/corpusModel';
import { LANGUAGE_ID } from '../corpus/corpusModel';

class ArticleFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly model: CorpusModel) {}

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    const entry = this.model.forDocument(document);
    if (!entry) return [];
    const ranges: vscode.FoldingRange[] = [];
    for (const article of entry.corpus.articles) {
      const start = document.positionAt(article.headerStart).line;
      // `end` is the offset after the article's last line break: its last line is the one before.
      const endPosition = document.positionAt(article.end);
      const end = endPosition.character === 0 && endPosition.line > start ? endPosition.line - 1 : endPosition.line;
      if (end > start) ranges.push(new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Region));
    }
    return ranges;
  }
}

export function registerFolding(model: CorpusModel): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider({ language: LANGUAGE_ID }, new ArticleFoldingProvider(model));
}
