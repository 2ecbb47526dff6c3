// Finding articles in a parsed corpus: by offset (binary search; articles are sorted and do
// not overlap) and by name.
import type { Article, ParsedCorpus } from './types';
import { getState } from './state';

/**
 * The article whose range [headerStart, end) holds offset; undefined in the preamble, between a
 * closing line and the next header, and past the end. An offset at EOF belongs to the last
 * article when that article runs to EOF (the cursor after its last character).
 */
export function articleAt(corpus: ParsedCorpus, offset: number): Article | undefined {
  const i = articleIndexAt(corpus, offset);
  return i < 0 ? undefined : corpus.articles[i];
}

/** Index form of articleAt: -1 when no article holds offset. Binary search. */
export function articleIndexAt(corpus: ParsedCorpus, offset: number): number {
  const articles = corpus.articles;
  if (articles.length === 0 || !(offset >= articles[0].headerStart)) return -1;
  let lo = 0;
  let hi = articles.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (articles[mid].headerStart <= offset) lo = mid;
    else hi = mid - 1;
  }
  const a = articles[lo];
  if (offset < a.end) return lo;
  return offset === a.end && a.end === corpus.text.length && a.closeStart === undefined ? lo : -1;
}

/** The first article with this name (names should be unique; duplicates are diagnosed). */
export function findArticle(corpus: ParsedCorpus, name: string): Article | undefined {
  const state = getState(corpus);
  if (state) return state.names.first(name);
  for (const a of corpus.articles) if (a.name === name) return a;
  return undefined;
}

/**
 * The article's body text. After incremental edits this reads only the article's pieces of the
 * text, where `corpus.text.slice` would first make the engine copy the whole edited file.
 */
export function articleBody(corpus: ParsedCorpus, article: Article): string {
  return textSlice(corpus, article.bodyStart, article.bodyEnd);
}

/** corpus.text.slice(start, end), without copying the whole file after incremental edits. */
export function textSlice(corpus: ParsedCorpus, start: number, end: number): string {
  const state = getState(corpus);
  return state ? state.text.slice(start, end) : corpus.text.slice(start, end);
}
