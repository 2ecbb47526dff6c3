// First paint of a large document before its full parse: the visible lines (plus the margin),
// widened to whole articles by walking up to the header above and down to the header below,
// are parsed and analysed on their own. Work proportional to the screen, not to the file.
import type * as vscode from 'vscode';
import { CorpusEntry } from '../corpus/corpusEntry';
import { SpeakerNaming } from '../corpus/speakerNaming';
import { VISIBLE_MARGIN_LINES } from './quoteRanges';

/** How far to look for the enclosing article's header before giving up (a pathological article). */
const MAX_HEADER_SEARCH_LINES = 20_000;
const HEADER_LINE = /^\uFEFF?<<<FILE/;

export interface VisibleWindow {
  /** The window's articles, with offsets relative to `start`. */
  entry: CorpusEntry;
  /** Offset of the window in the document. */
  start: number;
}

export function visibleWindow(
  document: vscode.TextDocument, visible: readonly vscode.Range[], naming: () => SpeakerNaming = () => SpeakerNaming.NONE,
): VisibleWindow | undefined {
  if (!visible.length) return undefined;
  const isHeader = (line: number) => HEADER_LINE.test(document.lineAt(line).text);
  let first = Math.max(0, Math.min(...visible.map((r) => r.start.line)) - VISIBLE_MARGIN_LINES);
  const lowest = Math.max(0, first - MAX_HEADER_SEARCH_LINES);
  while (first > lowest && !isHeader(first)) first--;
  let last = Math.min(document.lineCount - 1, Math.max(...visible.map((r) => r.end.line)) + VISIBLE_MARGIN_LINES);
  const highest = Math.min(document.lineCount - 1, last + MAX_HEADER_SEARCH_LINES);
  while (last < highest && !isHeader(last + 1)) last++;
  const startPosition = document.lineAt(first).range.start;
  const text = document.getText(document.lineAt(first).range.with({ end: document.lineAt(last).rangeIncludingLineBreak.end }));
  return { entry: new CorpusEntry(document.uri, 'document', text, naming), start: document.offsetAt(startPosition) };
}
