// Evidence from the whole article about which capitalized words are names: a word that opens
// sentences capitalized but also appears in lower case ("However" / "however") is an
// ordinary word; one capitalized inside sentences, where only names are, is likely a name.
import { isLetter } from './chars';
import { BREAK, F_CAP, PUNCT, QUOTE, Tokens, WORD } from './tokens';

export interface CaseEvidence {
  /** Capitalized words the article also writes in lower case. */
  lowerSeen: Set<string>;
  /** Words capitalized inside a sentence (outside headline-style lines). */
  midCaps: Set<string>;
}

/**
 * One pass over the capitalized words: which of those opening a sentence the article also
 * writes in lower case ("However" / "however": not a name), and which capitalized words occur
 * inside sentences (where only names are capitalized). Only candidates are sliced and compared.
 */
export function collectCaseEvidence(tokens: Tokens, titleCase: Uint8Array): CaseEvidence {
  const candidates = new Set<string>();
  const midCaps = new Set<string>();
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== WORD || (tokens.flags[i] & F_CAP) === 0) continue;
    const w = tokens.lower(i);
    // A headline capitalizes by style: its words are candidates, never evidence of a name.
    if (titleCase[tokens.paragraph[i]] || isSentenceStart(tokens, i)) candidates.add(w);
    else midCaps.add(w);
  }
  const lowerSeen = new Set<string>();
  if (!candidates.size) return { lowerSeen, midCaps };
  // Only words shaped like a candidate not yet seen in lower case (first letter and length)
  // are lower-cased and compared: once "the" has turned up, other three-letter t-words are
  // skipped, and the pass ends when every candidate has been seen.
  const unseenOfShape = UNSEEN_OF_SHAPE.fill(0);
  for (const w of candidates) unseenOfShape[shapeKey(w.charCodeAt(0), w.length)]++;
  for (let i = 0; i < tokens.count && lowerSeen.size < candidates.size; i++) {
    // ("Inflation is “expected to fall”" after "“… make sure inflation falls …”": a quotation
    // is one token, so its words are read here.)
    if (tokens.kind[i] === QUOTE) { quotedLowerWords(tokens, i, candidates, lowerSeen, unseenOfShape); continue; }
    if (tokens.kind[i] !== WORD || (tokens.flags[i] & F_CAP) !== 0) continue;
    const first = tokens.text.charCodeAt(tokens.start[i]);
    const key = shapeKey(first, tokens.baseEnd[i] - tokens.start[i]);
    if (unseenOfShape[key] === 0 || !isLetter(first)) continue;
    seeLower(tokens.lower(i), key, candidates, lowerSeen, unseenOfShape);
  }
  return { lowerSeen, midCaps };
}

/** The lower-case words of quotation token `q` that are candidates, added to `lowerSeen`: a character scan, slicing only words of an unseen candidate's shape. */
function quotedLowerWords(tokens: Tokens, q: number, candidates: Set<string>, lowerSeen: Set<string>, unseenOfShape: Uint16Array): void {
  const text = tokens.text;
  const end = tokens.end[q];
  let k = tokens.start[q];
  while (k < end) {
    const first = text.charCodeAt(k);
    if (!isLetter(first)) { k++; continue; }
    let e = k + 1;
    while (e < end && isLetter(text.charCodeAt(e))) e++;
    // A lower-case first letter (ASCII, a plain range test) only: a capital inside a quotation
    // is no evidence of an ordinary word.
    const key = shapeKey(first, e - k);
    if (first >= 97 && first <= 122 && unseenOfShape[key] !== 0) seeLower(text.slice(k, e), key, candidates, lowerSeen, unseenOfShape);
    k = e;
  }
}

/** Lower-case word `w`, of shape `key`, was read: a candidate it spells has now been seen in lower case. */
function seeLower(w: string, key: number, candidates: Set<string>, lowerSeen: Set<string>, unseenOfShape: Uint16Array): void {
  if (!candidates.has(w) || lowerSeen.has(w)) return;
  lowerSeen.add(w);
  unseenOfShape[key]--;
}

/** Reused by every article: a fresh typed array is an allocation outside the heap, slow to make. */
const UNSEEN_OF_SHAPE = new Uint16Array(1 << 10);

/** A word's first letter (either case) and length, as an index into a 1024-entry table. */
function shapeKey(first: number, length: number): number {
  return ((first & 31) << 5) | (length > 31 ? 31 : length);
}

/** The token opens a sentence, a line, or a clause after a colon, bracket, dash or quote. */
export function isSentenceStart(tokens: Tokens, i: number): boolean {
  if (i === 0) return true;
  if (tokens.sentence[i] !== tokens.sentence[i - 1]) return true;
  const k = tokens.kind[i - 1];
  if (k === BREAK) return true;
  if (k === PUNCT) {
    const ch = tokens.text[tokens.start[i - 1]];
    return ch === ':' || ch === '(' || ch === '-' || ch === '—' || ch === '•' || ch === '|' || ch === '"' || ch === '“';
  }
  return false;
}
