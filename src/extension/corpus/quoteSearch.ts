// Finding the next or previous quote from an offset, across articles (pure: unit-tested).
import type { CorpusEntry } from './corpusEntry';

export type Direction = 1 | -1;

/** Absolute [start, end) of the quoted words of every quote of one article, in text order. */
function quoteSpans(entry: CorpusEntry, index: number): Array<[number, number]> {
  const key = entry.keys[index];
  const article = entry.corpus.articles[index];
  const analysis = key === undefined ? undefined : entry.analysis(key);
  if (!article || !analysis) return [];
  return analysis.quotes
    .map((q): [number, number] => [article.bodyStart + q.start, article.bodyStart + q.end])
    .sort((a, b) => a[0] - b[0]);
}

/**
 * The first quote starting strictly after `offset` (direction 1) or strictly before it (-1),
 * walking into the following (preceding) articles and wrapping once around the file. Articles
 * are analysed only as the walk reaches them.
 */
export function findQuote(entry: CorpusEntry, offset: number, direction: Direction): [number, number] | undefined {
  const count = entry.articleCount;
  if (!count) return undefined;
  const startIndex = Math.max(0, entry.indexAtOrBefore(offset));
  for (let step = 0; step <= count; step++) {
    const index = (((startIndex + direction * step) % count) + count) % count;
    const spans = quoteSpans(entry, index);
    const wrapped = step > 0 && (direction === 1 ? index <= startIndex : index >= startIndex);
    const candidates = direction === 1 ? spans : [...spans].reverse();
    const hit = candidates.find(([start]) => wrapped || (direction === 1 ? start > offset : start < offset));
    if (hit) return hit;
  }
  return undefined;
}
