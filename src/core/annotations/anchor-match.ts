// Finding a quote in one article body: every exact occurrence judged by how much of the saved
// prefix/suffix still surrounds it, or failing that an approximate match scored the way
// hypothesis/client's match-quote.ts does (quote, prefix, suffix and position, weighted).
import approxSearch from 'approx-string-match';

export interface BodyMatch {
  start: number;
  end: number;
  /** Exact occurrences: share of prefix+suffix characters that still agree (1 = all). Fuzzy: overall 0..1 score. */
  score: number;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * How much of the saved context still surrounds [start, end): the characters of prefix that
 * agree counting back from the quote, plus those of suffix counting forward, over their total.
 */
export function contextAgreement(body: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  const before = body.slice(Math.max(0, start - prefix.length), start);
  const after = body.slice(end, end + suffix.length);
  return (commonSuffixLength(prefix, before) + commonPrefixLength(suffix, after)) / total;
}

function better(a: BodyMatch, b: BodyMatch | undefined, hint: number): boolean {
  if (!b) return true;
  if (a.score !== b.score) return a.score > b.score;
  const da = Math.abs(a.start - hint);
  const db = Math.abs(b.start - hint);
  return da !== db ? da < db : a.start < b.start;
}

/**
 * The exact occurrence of quote with the best context agreement, then nearest the hint.
 * Searches windows growing around the hint and stops as soon as an occurrence with full
 * context agreement is the nearest candidate, so a quote that only shifted costs O(shift);
 * never looks further than maxRadius from the hint.
 */
export function findExact(body: string, quote: string, hint: number, prefix: string, suffix: string, maxRadius: number): BodyMatch | undefined {
  const last = body.length - quote.length;
  if (last < 0 || quote === '') return undefined;
  hint = Math.min(Math.max(hint, 0), last);
  for (let radius = Math.max(256, quote.length * 4); ; radius *= 4) {
    const r = Math.min(radius, maxRadius);
    const lo = Math.max(0, hint - r);
    const hi = Math.min(last, hint + r);
    let best: BodyMatch | undefined;
    // Search a slice of the window, so a miss costs the window, not the rest of the body.
    const window = body.slice(lo, hi + quote.length);
    for (let j = window.indexOf(quote); j !== -1; j = window.indexOf(quote, j + 1)) {
      const i = lo + j;
      const candidate = { start: i, end: i + quote.length, score: contextAgreement(body, i, i + quote.length, prefix, suffix) };
      if (better(candidate, best, hint)) best = candidate;
    }
    // Every occurrence within r of the hint has been seen, so a perfect one here is the nearest perfect one.
    if ((best && best.score === 1) || (lo === 0 && hi === last) || r >= maxRadius) return best;
  }
}

/** 0..1 similarity of str to the best approximate match of it in text (as match-quote.ts). */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = approxSearch(text, str, str.length);
  return matches.length ? 1 - matches[0].errors / str.length : 0;
}

export interface FuzzyOptions {
  /** Allowed errors as a share of the quote's length. */
  errorRatio: number;
  /** Never allow more errors than this (Myers' cost grows with it). */
  maxErrors: number;
  /** Matches scoring below this are not matches. */
  minScore: number;
}

// Weights from hypothesis/client match-quote.ts: the quote counts most, position least.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * The best approximate match of quote in text[from, to), scored by quote similarity, context
 * and distance to the hint (all offsets into text). Undefined when nothing is close enough.
 */
export function findFuzzy(text: string, from: number, to: number, quote: string, hint: number, prefix: string, suffix: string, options: FuzzyOptions): BodyMatch | undefined {
  const maxErrors = Math.min(Math.floor(quote.length * options.errorRatio), options.maxErrors);
  if (maxErrors < 1 || to - from < quote.length - maxErrors) return undefined;
  const region = text.slice(from, to);
  let matches = approxSearch(region, quote, maxErrors);
  // Repetitive text can give many equally good matches; the few dozen nearest the hint are plenty.
  if (matches.length > 64) {
    const local = hint - from;
    matches = matches.sort((a, b) => Math.abs(a.start - local) - Math.abs(b.start - local)).slice(0, 64);
  }
  let best: BodyMatch | undefined;
  for (const match of matches) {
    const start = from + match.start;
    const end = from + match.end;
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = prefix ? textMatchScore(text.slice(Math.max(from, start - prefix.length), start), prefix) : 1;
    const suffixScore = suffix ? textMatchScore(text.slice(end, Math.min(to, end + suffix.length)), suffix) : 1;
    const positionScore = 1 - Math.abs(start - hint) / Math.max(1, to - from);
    const score = (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT;
    const candidate = { start, end, score };
    if (better(candidate, best, hint)) best = candidate;
  }
  return best && best.score >= options.minScore ? best : undefined;
}
