// Turns the analyses of the articles an editor shows into decoration ranges, grouped by
// decoration type. Only articles that intersect the visible ranges (plus a margin) are looked
// at, so the cost of an update depends on the screen, not on the size of the file.
import * as vscode from 'vscode';
import type { CorpusEntry } from '../corpus/corpusEntry';
import { decorationKey, type ColorSlot } from './decorationTypes';

export type ColorBy = 'speaker' | 'single';

/** Lines decorated above and below what is visible, so short scrolls already look right. */
export const VISIBLE_MARGIN_LINES = 80;

/** Indices of the articles intersecting the editor's visible ranges extended by the margin. */
export function visibleArticleIndices(entry: CorpusEntry, document: vscode.TextDocument, visible: readonly vscode.Range[]): number[] {
  const indices = new Set<number>();
  for (const range of visible) {
    const startLine = Math.max(0, range.start.line - VISIBLE_MARGIN_LINES);
    const endLine = Math.min(document.lineCount - 1, range.end.line + VISIBLE_MARGIN_LINES);
    const first = Math.max(0, entry.indexAtOrBefore(document.offsetAt(new vscode.Position(startLine, 0))));
    const last = entry.indexAtOrBefore(document.offsetAt(document.lineAt(endLine).range.end));
    for (let i = first; i <= last; i++) indices.add(i);
  }
  return [...indices].sort((a, b) => a - b);
}

/**
 * Decoration ranges by decoration key for the given articles (analysing any not yet analysed).
 * `shift` is where the entry's text starts in the document (non-zero for a visible window).
 */
export function rangesForArticles(
  entry: CorpusEntry,
  document: vscode.TextDocument,
  indices: readonly number[],
  colorBy: ColorBy,
  shift = 0,
): Map<string, vscode.Range[]> {
  const result = new Map<string, vscode.Range[]>();
  const add = (key: string, start: number, end: number) => {
    if (end <= start) return;
    const list = result.get(key) ?? [];
    list.push(new vscode.Range(document.positionAt(start), document.positionAt(end)));
    result.set(key, list);
  };
  for (const index of indices) {
    const key = entry.keys[index];
    const article = entry.corpus.articles[index];
    const analysis = key === undefined ? undefined : entry.analysis(key);
    if (!article || !analysis) continue;
    const base = shift + article.bodyStart;
    const mentionsDone = new Set<number>();
    for (const quote of analysis.quotes) {
      const speaker = quote.speakerId === null ? undefined : analysis.speakers[quote.speakerId];
      const slot: ColorSlot = !speaker ? 'none' : colorBy === 'single' ? 'single' : entry.speakerNaming.slotOf(speaker.name, speaker.kind);
      add(decorationKey('quote', slot), base + quote.outerStart, base + quote.outerEnd);
      if (slot === 'none') continue;
      if (quote.speakerStart !== null && quote.speakerEnd !== null && !mentionsDone.has(quote.speakerStart)) {
        mentionsDone.add(quote.speakerStart);
        add(decorationKey('speaker', slot), base + quote.speakerStart, base + quote.speakerEnd);
      }
      if (quote.cueStart !== null && quote.cueEnd !== null) {
        add(decorationKey('cue', slot), base + quote.cueStart, base + quote.cueEnd);
      }
    }
  }
  return result;
}
