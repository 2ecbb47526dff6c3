// Decorations are set only near what is on screen: a 50 MB corpus has hundreds of thousands of
// ranges, and VS Code would hold and re-render every one of them on each update.
import * as vscode from 'vscode';

/** Lines kept decorated above and below the visible ones, so scrolling shows marks at once. */
export const DECORATION_MARGIN_LINES = 200;

/** Offsets of the visible lines widened by DECORATION_MARGIN_LINES each way (everything when nothing is visible yet). */
export function visibleOffsets(editor: vscode.TextEditor): [number, number] {
  const { document, visibleRanges } = editor;
  if (!visibleRanges.length) return [0, Number.MAX_SAFE_INTEGER];
  const first = Math.max(0, visibleRanges[0].start.line - DECORATION_MARGIN_LINES);
  const last = Math.min(document.lineCount - 1, visibleRanges[visibleRanges.length - 1].end.line + DECORATION_MARGIN_LINES);
  return [document.offsetAt(new vscode.Position(first, 0)), document.offsetAt(document.lineAt(last).range.end)];
}
