// The checks that need the whole file, not one segment: duplicate article names and mixed
// line endings. Both work from the per-segment summaries the scanner keeps, so the incremental
// parser can redo them without reading the text again.
import type { Article, Diagnostic } from './types';
import { makeDiagnostic } from './diagnostics';
import { BREAK_NAMES, type SegmentInfo } from './scan';

export function duplicateNameDiagnostic(article: Article, segment: SegmentInfo): Diagnostic {
  return makeDiagnostic('duplicate-name',
    `Another article earlier in this file is already named "${article.name}"; names must be unique, since links and annotations find articles by name.`,
    article.headerStart + segment.nameOffset, segment.nameLength, article.headerLine, segment.nameOffset);
}

export function addBreakTotals(totals: number[], segments: readonly SegmentInfo[], sign: 1 | -1): void {
  for (const seg of segments) {
    for (let s = 0; s < 3; s++) {
      const b = seg.breaks[s];
      if (b) totals[s] += sign * b.count;
    }
  }
}

/**
 * One warning at the first line break whose style differs from the file's first line break,
 * with the counts of each style; undefined when the file uses one style. Costs O(1) when the
 * file is consistent, and a walk over the segments summaries only when it is mixed.
 */
export function mixedLineEndings(articles: readonly Article[], segments: readonly SegmentInfo[], totals: readonly number[]): Diagnostic | undefined {
  if ((totals[0] > 0 ? 1 : 0) + (totals[1] > 0 ? 1 : 0) + (totals[2] > 0 ? 1 : 0) < 2) return undefined;
  let firstStyle = -1;
  for (let i = 0; i < segments.length; i++) {
    const breaks = segments[i].breaks;
    if (firstStyle < 0) {
      let best = Infinity;
      for (let s = 0; s < 3; s++) {
        const b = breaks[s];
        if (b && b.offset < best) {
          best = b.offset;
          firstStyle = s;
        }
      }
    }
    if (firstStyle < 0) continue;
    let other = -1;
    for (let s = 0; s < 3; s++) {
      const b = breaks[s];
      if (s !== firstStyle && b && (other < 0 || b.offset < breaks[other]!.offset)) other = s;
    }
    if (other < 0) continue;
    const b = breaks[other]!;
    const segStart = i === 0 ? 0 : articles[i - 1].headerStart;
    const segLine = i === 0 ? 0 : articles[i - 1].headerLine;
    const counts = [0, 1, 2].filter((s) => totals[s] > 0).map((s) => `${BREAK_NAMES[s]} ×${totals[s]}`).join(', ');
    return makeDiagnostic('mixed-line-endings',
      `Mixed line endings: this line ends with ${BREAK_NAMES[other]} but the file's first line ends with ${BREAK_NAMES[firstStyle]} (${counts}). Offsets may differ between tools that normalise them.`,
      segStart + b.offset, other === 0 ? 2 : 1, segLine + b.line, b.column);
  }
  return undefined;
}
