// The article as a stream of tokens: words and punctuation outside quotations, each
// quotation as one opaque token, and line breaks. Rules that look for speakers and cues
// read this stream, so words inside quotes ("Sergey Lavrov stressed that ...") never count
// as the frame around a quote. Stored as typed arrays: articles can be megabytes.
import { CH, isAlnum, isDigit, isLetter, isSpace, isUpper } from './chars';
import type { QuoteSpan } from './quotes';
import { markSentences } from './sentences';
import { BREAK, F_ALLCAPS, F_BLANK, F_CAP, F_INITIALS, F_POSS, PUNCT, QUOTE, WORD } from './tokenKinds';

export * from './tokenKinds';

export class Tokens {
  count = 0;
  kind!: Uint8Array;
  flags!: Uint8Array;
  start!: Int32Array;
  end!: Int32Array;
  /** End without a possessive 's. */
  baseEnd!: Int32Array;
  /** For QUOTE tokens, the index of the quote; else -1. */
  quote!: Int32Array;
  /** Sentence and paragraph index of each token. */
  sentence!: Int32Array;
  paragraph!: Int32Array;
  /** First token of each sentence, plus a sentinel equal to count. */
  sentenceStarts: number[] = [];
  /** Sized up front (up to a limit): an array filled at scattered indices turns into a slow dictionary. */
  private lowerCache: Array<string | undefined>;
  /** Where firstWord's last search started, and where it stopped. */
  private firstWordFrom = -1;
  private firstWordAt = -1;

  constructor(readonly text: string, capacity: number) {
    this.allocate(capacity);
    this.lowerCache = new Array<string | undefined>(Math.min(capacity, 1 << 14));
  }

  push(kind: number, flags: number, start: number, end: number, baseEnd: number, quote: number): void {
    if (this.count === this.kind.length) this.grow();
    const i = this.count++;
    this.kind[i] = kind;
    this.flags[i] = flags;
    this.start[i] = start;
    this.end[i] = end;
    this.baseEnd[i] = baseEnd;
    this.quote[i] = quote;
  }

  /**
   * One buffer for all the columns: a typed array with a buffer of its own is a separate
   * allocation outside the heap, and six of them cost more than tokenizing a short article.
   */
  private allocate(capacity: number): void {
    const buffer = takeBuffer(capacity * 26);
    this.start = new Int32Array(buffer, 0, capacity);
    this.end = new Int32Array(buffer, capacity * 4, capacity);
    this.baseEnd = new Int32Array(buffer, capacity * 8, capacity);
    this.quote = new Int32Array(buffer, capacity * 12, capacity);
    // Room for the sentence and paragraph columns, filled once every token is in.
    this.sentence = new Int32Array(buffer, capacity * 16, capacity);
    this.paragraph = new Int32Array(buffer, capacity * 20, capacity);
    this.kind = new Uint8Array(buffer, capacity * 24, capacity);
    this.flags = new Uint8Array(buffer, capacity * 25, capacity);
  }

  private grow(): void {
    const { kind, flags, start, end, baseEnd, quote } = this;
    this.allocate(Math.max(16, kind.length * 2));
    this.kind.set(kind);
    this.flags.set(flags);
    this.start.set(start);
    this.end.set(end);
    this.baseEnd.set(baseEnd);
    this.quote.set(quote);
  }

  /**
   * Hands the column buffer back for the next article's tokens: call only when nothing reads
   * these tokens any more (analyzeArticle, once its results are built).
   */
  release(): void {
    const buffer = this.kind.buffer as ArrayBuffer;
    if (buffer.byteLength <= MAX_SPARE_BYTES && (spareBuffer === null || buffer.byteLength > spareBuffer.byteLength)) spareBuffer = buffer;
  }

  /** The token's text in lower case, possessive removed (cached: rules ask repeatedly). */
  lower(i: number): string {
    let s = this.lowerCache[i];
    if (s === undefined) {
      const start = this.start[i], end = this.baseEnd[i];
      s = lowerSlice(this.text, start, end);
      this.lowerCache[i] = s;
    }
    return s;
  }

  /** The token's text as written (possessive removed). */
  word(i: number): string {
    return this.text.slice(this.start[i], this.baseEnd[i]);
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.count && this.kind[i] === WORD;
  }

  /** The first word at or after token `from` and before `limit`, else `limit`: where a sentence's words begin. */
  firstWord(from: number, limit: number): number {
    // Asked for every quote of a sentence, always from the sentence's start: the search goes on
    // from where the last one for the same start stopped, so a sentence of thousands of quotes
    // and no words is read once.
    let k = from === this.firstWordFrom ? this.firstWordAt : from;
    while (k < limit && this.kind[k] !== WORD) k++;
    this.firstWordFrom = from;
    this.firstWordAt = k;
    return k < limit ? k : limit;
  }

  isPunct(i: number, ch: string): boolean {
    return i >= 0 && i < this.count && this.kind[i] === PUNCT && this.text.charCodeAt(this.start[i]) === ch.charCodeAt(0);
  }

  isCap(i: number): boolean {
    return this.isWord(i) && (this.flags[i] & F_CAP) !== 0;
  }

  /** Token `i` opens a line: the text's first token, or the first after a line break. */
  opensLine(i: number): boolean {
    return i === 0 || this.kind[i - 1] === BREAK;
  }

  isLowerWord(i: number): boolean {
    return this.isWord(i) && (this.flags[i] & F_CAP) === 0 && isLetter(this.text.charCodeAt(this.start[i]));
  }

  /** The index of the token at character `pos` (or the last one before it). */
  indexAt(pos: number): number {
    const { start, count } = this;
    let lo = 0, hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (start[mid] <= pos) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }
}

/**
 * A buffer released by the last analysis (Tokens.release), reused by the next: a fresh
 * ArrayBuffer per article is an allocation outside the heap, slow to make and to collect.
 */
let spareBuffer: ArrayBuffer | null = null;
/** Larger buffers (articles of hundreds of kilobytes) are not kept between analyses. */
const MAX_SPARE_BYTES = 1 << 22;

/** A zeroed buffer of at least `bytes` bytes: the spare one when it is large enough, else a new one. */
function takeBuffer(bytes: number): ArrayBuffer {
  const buffer = spareBuffer;
  if (buffer === null || buffer.byteLength < bytes) return new ArrayBuffer(bytes);
  spareBuffer = null;
  // Zeroed like a new buffer: rules read the columns a few tokens past the last one.
  new Uint8Array(buffer, 0, bytes).fill(0);
  return buffer;
}

/** text[start, end) in lower case. */
function lowerSlice(text: string, start: number, end: number): string {
  // Most words are lower-case already; lower-casing a text with curly quotes or dashes
  // (stored two bytes a character) takes the runtime's slow, general Unicode path.
  const s = text.slice(start, end);
  return plainLower(text, start, end) ? s : s.toLowerCase();
}

/** text[start, end) has no upper-case ASCII letter and nothing beyond ASCII. */
function plainLower(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Splits the text into tokens around the given quotes (sorted, non-overlapping). */
export function tokenize(text: string, quotes: QuoteSpan[]): Tokens {
  const n = text.length;
  const tokens = new Tokens(text, Math.min(1 << 20, (n >> 2) + 16));
  let q = 0;
  let nextQuote = quotes.length ? quotes[0].outerStart : Infinity;
  let i = 0;
  while (i < n) {
    if (i >= nextQuote) {
      const quote = quotes[q];
      tokens.push(QUOTE, 0, quote.outerStart, quote.outerEnd, quote.outerEnd, q);
      i = Math.max(i, quote.outerEnd);
      q++;
      nextQuote = q < quotes.length ? quotes[q].outerStart : Infinity;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === CH.LF) {
      // One BREAK token for a run of line breaks; blank when there is more than one.
      let j = i + 1, newlines = 1;
      while (j < n && j < nextQuote && isSpace(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === CH.LF) newlines++;
        j++;
      }
      tokens.push(BREAK, newlines > 1 ? F_BLANK : 0, i, i + 1, i + 1, -1);
      i = j;
      continue;
    }
    if (isSpace(c)) { i++; continue; }
    if (isAlnum(c)) {
      i = scanWord(text, i, tokens);
      continue;
    }
    // Punctuation: one token per character, except runs of dashes (`--`).
    let j = i + 1;
    if (c === 45) while (j < n && text.charCodeAt(j) === 45) j++;
    tokens.push(PUNCT, 0, i, j, j, -1);
    i = j;
  }
  markSentences(tokens, quotes);
  return tokens;
}

function scanWord(text: string, i: number, tokens: Tokens): number {
  const n = text.length;
  const start = i;
  let dots = 0;
  let letters = 0, uppers = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Most characters of most words: a lower-case ASCII letter, settled by one range test.
    if (c >= 97 && c <= 122) { letters++; i++; continue; }
    if (c < 128) {
      // ASCII fast path: one table lookup per character.
      const cls = ASCII_CLASS[c];
      if (cls !== 0) {
        if (cls !== 2) { letters++; if (cls === 4) uppers++; }
        i++;
        continue;
      }
    } else if (isAlnum(c)) {
      if (isLetter(c)) { letters++; if (isUpper(c)) uppers++; }
      i++;
      continue;
    }
    // Joiners inside a word: don’t, Putin’s, Myung-bak, U.S, AT&T.
    const next = i + 1 < n ? text.charCodeAt(i + 1) : NaN;
    if ((c === CH.RSQ || c === CH.SQ || c === 45 || c === 0x2010 || c === 0x2011 || c === 38) && !Number.isNaN(next) && isAlnum(next)) { i++; continue; }
    if (c === 46 && !Number.isNaN(next) && isLetter(next) && i - start <= 3) { dots++; i++; continue; }
    // Numbers keep their separators: 1.6, 1,000, 3:30.
    if ((c === 46 || c === 44 || c === 58) && !Number.isNaN(next) && isDigit(next) && isDigit(text.charCodeAt(i - 1))) { i++; continue; }
    break;
  }
  let end = i;
  let flags = 0;
  let baseEnd = -1;
  if (end < n && text.charCodeAt(end) === 46) {
    // Initials and titles keep their final period: U.S., a.m., J. (in Ola J. Berg),
    // Mr., Sen., Jr. are one word, and the period ends no sentence.
    if (dots > 0 && /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(text.slice(start, end))) {
      end++;
      flags |= F_INITIALS;
    } else if (end - start === 1 && isUpper(text.charCodeAt(start))) {
      end++;
      flags |= F_INITIALS;
    } else if (end - start <= LONGEST_TITLE_ABBREVIATION && TITLE_ABBREVIATIONS.has(lowerSlice(text, start, end))) {
      // (Checked by length first: most words before a period are a sentence's last word.)
      baseEnd = end; // the period is not part of the word's spelling
      end++;
      flags |= F_INITIALS;
    }
  }
  const first = text.charCodeAt(start);
  if (isUpper(first) || articleSurname(text, start, end)) flags |= F_CAP;
  if (letters >= 2 && uppers === letters) flags |= F_ALLCAPS;
  if (baseEnd < 0) baseEnd = end;
  if (end - start > 2 && (flags & F_INITIALS) === 0) {
    const s = text.charCodeAt(end - 1), mark = text.charCodeAt(end - 2);
    if ((s === 115 || s === 83) && (mark === CH.RSQ || mark === CH.SQ)) {
      flags |= F_POSS;
      baseEnd = end - 2;
    } else if ((s === 115 || s === 83) && end < n && (text.charCodeAt(end) === CH.RSQ || text.charCodeAt(end) === CH.SQ) && !(end + 1 < n && isAlnum(text.charCodeAt(end + 1)))) {
      // "Jonas’ campaign": a plural-style possessive takes the mark after the s.
      flags |= F_POSS;
      baseEnd = end;
      end++;
    }
  }
  tokens.push(WORD, flags, start, end, baseEnd, -1);
  return end;
}

/** ASCII word characters: 1 lower-case letter, 2 digit, 4 upper-case letter, 0 other. */
const ASCII_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 97; c <= 122; c++) t[c] = 1;
  for (let c = 48; c <= 57; c++) t[c] = 2;
  for (let c = 65; c <= 90; c++) t[c] = 4;
  return t;
})();

/** Abbreviations written with a period before a name: Mr. Berg, Sen. Lund, Pol. Col. Moe (a Thai police rank), Jon Moe Jr. */
const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'maj', 'prof', 'rev', 'jr', 'sr', 'st', 'mt', 'ft', 'pres', 'supt', 'cmdr', 'cpl', 'pvt', 'hon', 'messrs', 'mmes', 'atty', 'insp', 'det', 'brig', 'cdr', 'amb', 'comr', 'cllr', 'coun', 'pol']);
const LONGEST_TITLE_ABBREVIATION = Math.max(...[...TITLE_ABBREVIATIONS].map((w) => w.length));

/** Two tokens separated by exactly one space or tab on the same line. */
export function adjacent(tokens: Tokens, a: number, b: number): boolean {
  const gap = tokens.start[b] - tokens.end[a];
  if (gap !== 1) return false;
  const c = tokens.text.charCodeAt(tokens.end[a]);
  return c === 32 || c === 9 || c === 0xa0;
}

/**
 * "Omar al-Rashid", "Ali el-Masri": an Arabic surname keeps its lower-case article, joined by
 * a hyphen to the capitalized name; the word is a name, capitalized as far as names go.
 */
function articleSurname(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start);
  return end - start > 4 && (a === 97 || a === 101) && text.charCodeAt(start + 1) === 108 && text.charCodeAt(start + 2) === 45 && isUpper(text.charCodeAt(start + 3));
}

/** The last character of the quotation token `q` inside its closing marks: "," in “separatist acts,”. */
export function lastQuotedChar(tokens: Tokens, q: number): string {
  const text = tokens.text;
  let e = tokens.end[q] - 1;
  while (e > tokens.start[q] && QUOTE_MARKS.includes(text[e])) e--;
  return text[e];
}

const QUOTE_MARKS = '"\'”’»';
