// Quote kinds: 'headline' for quotes in the title block above the story, 'full' for
// sentence-like quotes, 'partial' for fragments woven into reported speech.
import { isDigit, isLower, isSpace, isUpper } from './chars';
import type { QuoteSpan } from './quotes';
import { BREAK, PUNCT, QUOTE, Tokens, WORD } from './tokens';
import type { QuoteKind } from './types';

/** Quotes in the article's headline block: lines before the first body paragraph that end without a period. */
export function headlineLimit(text: string): number {
  let lineStart = 0;
  for (let line = 0; line < MAX_HEADLINE_LINES && lineStart < text.length; line++) {
    const lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd - lineStart > MAX_HEADLINE_CHARS) return lineStart; // a long line is body text
    let e = lineEnd;
    while (e > lineStart && (isSpace(text.charCodeAt(e - 1)) || CLOSERS.includes(text[e - 1]))) e--;
    if (lineEnd - lineStart >= 100 && e > lineStart && '.!?'.includes(text[e - 1])) return lineStart;
    lineStart = lineEnd + 1;
  }
  return Math.min(lineStart, text.length);
}

/** Headlines sit in the first lines and are short. */
const MAX_HEADLINE_LINES = 30;
const MAX_HEADLINE_CHARS = 400;
const CLOSERS = '"”’\')';

export function kindOf(text: string, span: QuoteSpan, tokens: Tokens, t: number, headlineEnd: number): QuoteKind {
  if (span.outerStart < headlineEnd) {
    let e = text.indexOf('\n', span.outerEnd);
    if (e < 0 || e > headlineEnd) e = Math.min(text.length, headlineEnd);
    while (e > span.outerEnd && (isSpace(text.charCodeAt(e - 1)) || CLOSERS.includes(text[e - 1]))) e--;
    if (e <= span.outerEnd || !'.!?'.includes(text[e - 1])) return 'headline';
  }
  let k = span.start;
  while (k < span.end && !(isUpper(text.charCodeAt(k)) || isLower(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)))) k++;
  const capital = k < span.end && !isLower(text.charCodeAt(k));
  if (!capital) return 'partial';
  // Sentence-like: it opens its paragraph or follows a colon, a comma or another quote.
  let p = t - 1;
  if (p < 0 || tokens.kind[p] === BREAK || tokens.kind[p] === QUOTE || tokens.sentence[p] !== tokens.sentence[t]) return 'full';
  if (tokens.kind[p] === PUNCT && ':,'.includes(tokens.text[tokens.start[p]])) return 'full';
  if (tokens.kind[p] === WORD) {
    // `said "We…"`, `told reporters "We…"`: a capital after a cue verb is still a full quote.
    p = t - 1;
    return /^(?:said|says|told|added|asked|wrote|tweeted|declared|stated|replied)$/.test(tokens.lower(p)) ? 'full' : 'partial';
  }
  return 'partial';
}

