// Recognises the marker lines of the corpus format (GUIDE §1) in a line that starts with '<'
// or '>': headers in all dialects, closing lines, and lines that look like markers but are not
// valid ones (reported, then read as ordinary text). Works on [pos, eol) of a larger string so
// the scanner never slices lines; every loop is bounded by the line, so a long hostile line
// costs time linear in its length and nothing more.
import type { HeaderDialect } from './types';
import type { DiagnosticCode } from './diagnostics';

export interface MarkerProblem {
  code: DiagnosticCode;
  message: string;
  /** Offset in the scanned string, and length. */
  offset: number;
  length: number;
}

export interface HeaderLine {
  kind: 'header';
  dialect: HeaderDialect;
  name: string;
  /** Where the name is (nameEnd = nameStart for an empty name). */
  nameStart: number;
  nameEnd: number;
  attributes: Record<string, string>;
  problems: MarkerProblem[];
}

export type MarkerLine =
  | HeaderLine
  | { kind: 'close' }
  | { kind: 'block-close' }
  | { kind: 'malformed'; code: 'malformed-header' | 'malformed-close'; message: string };

const LT = 60; // <
const GT = 62; // >
const SPACE = 32;
const TAB = 9;
const COLON = 58;
const QUOTE = 34;
const EQUALS = 61;

const isBlank = (c: number): boolean => c === SPACE || c === TAB;

function isKeyStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95; // A-Z a-z _
}

function isKeyChar(c: number): boolean {
  // Letters, digits and _ . : - (keys such as `og:title` or `pub-date` occur in scraped data).
  return isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 58 || c === 45;
}

/** End of the line's content without trailing spaces and tabs. */
function trimmedEnd(src: string, pos: number, eol: number): number {
  let te = eol;
  while (te > pos && isBlank(src.charCodeAt(te - 1))) te--;
  return te;
}

function upperStartsWith(src: string, pos: number, end: number, prefix: string): boolean {
  if (end - pos < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    let c = src.charCodeAt(pos + i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/** Length of a `key="` prefix at p (0 if there is none). */
function attributeStartLength(src: string, p: number, end: number): number {
  if (p >= end || !isKeyStart(src.charCodeAt(p))) return 0;
  let k = p + 1;
  while (k < end && isKeyChar(src.charCodeAt(k))) k++;
  return k + 1 < end && src.charCodeAt(k) === EQUALS && src.charCodeAt(k + 1) === QUOTE ? k + 2 - p : 0;
}

/**
 * Classifies the line [pos, eol) when it starts with '<' or '>'; null when it is ordinary text.
 * `inBlock` says whether a block-form article is open, the only place a bare `>>>` means
 * something.
 */
export function classifyMarkerLine(src: string, pos: number, eol: number, inBlock: boolean): MarkerLine | null {
  const first = src.charCodeAt(pos);
  const te = trimmedEnd(src, pos, eol);
  if (first === GT) {
    return inBlock && te - pos === 3 && src.startsWith('>>>', pos) ? { kind: 'block-close' } : null;
  }
  if (first !== LT || !src.startsWith('<<<', pos)) return null;
  if (src.startsWith('<<<FILE', pos)) {
    const header = parseHeader(src, pos, te);
    if (header) return header;
    return { kind: 'malformed', code: 'malformed-header', message: 'Looks like an article header but is not one: expected `<<<FILE name>>>`, `<<<FILE: name>>>` or `<<<FILE name` (block form); read as body text.' };
  }
  if (src.startsWith('<<<END', pos)) {
    const len = te - pos;
    if ((len === 14 && src.startsWith('<<<END FILE>>>', pos)) || (len === 9 && src.startsWith('<<<END>>>', pos))) {
      return { kind: 'close' };
    }
    return { kind: 'malformed', code: 'malformed-close', message: 'Looks like a closing line but is not one: expected a line holding only `<<<END FILE>>>` or `<<<END>>>`; read as text.' };
  }
  if (upperStartsWith(src, pos, te, '<<<FILE')) {
    return { kind: 'malformed', code: 'malformed-header', message: 'Article headers are written `<<<FILE` in capitals; this line is read as body text.' };
  }
  if (upperStartsWith(src, pos, te, '<<<END')) {
    return { kind: 'malformed', code: 'malformed-close', message: 'Closing lines are written `<<<END FILE>>>` or `<<<END>>>` in capitals; this line is read as text.' };
  }
  return null;
}

/** Parses `<<<FILE…` at pos (content up to te, trailing blanks trimmed); null if malformed. */
function parseHeader(src: string, pos: number, te: number): HeaderLine | null {
  const after = pos + 7;
  let p: number;
  let dialect: HeaderDialect;
  const c = after < te ? src.charCodeAt(after) : -1;
  if (c === COLON) {
    dialect = 'colon';
    p = after + 1;
  } else if (c === SPACE || c === TAB || c === -1) {
    dialect = 'standard';
    p = after;
  } else if (c === GT && te - after === 3 && src.startsWith('>>>', after)) {
    dialect = 'standard'; // `<<<FILE>>>`: a header with an empty name
    p = after;
  } else {
    return null; // `<<<FILES …`, `<<<FILE_x>>>`, …
  }
  while (p < te && isBlank(src.charCodeAt(p))) p++;
  let inner = te;
  if (te - p >= 3 && src.startsWith('>>>', te - 3)) {
    inner = te - 3;
    while (inner > p && isBlank(src.charCodeAt(inner - 1))) inner--;
  } else {
    // No trailing `>>>`: the block form, closed later by a line holding only `>>>`.
    dialect = 'block';
  }

  const problems: MarkerProblem[] = [];
  let nameStart = p;
  let nameEnd = p;
  if (attributeStartLength(src, p, inner) === 0) {
    while (nameEnd < inner && !isBlank(src.charCodeAt(nameEnd))) nameEnd++;
  } else {
    nameStart = nameEnd = p; // `<<<FILE key="v">>>`: attributes but no name
  }
  const attributes = parseAttributes(src, nameEnd, inner, problems);
  return { kind: 'header', dialect, name: src.slice(nameStart, nameEnd), nameStart, nameEnd, attributes, problems };
}

function setAttribute(attributes: Record<string, string>, key: string, value: string): void {
  // A key such as `__proto__` must become data, not change the object's prototype.
  Object.defineProperty(attributes, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `key="value"` pairs separated by blanks; stops at the first thing that is not one. */
function parseAttributes(src: string, p: number, end: number, problems: MarkerProblem[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (;;) {
    while (p < end && isBlank(src.charCodeAt(p))) p++;
    if (p >= end) return attributes;
    const prefix = attributeStartLength(src, p, end);
    let close = -1;
    if (prefix > 0) {
      for (let q = p + prefix; q < end; q++) {
        if (src.charCodeAt(q) === QUOTE) {
          close = q;
          break;
        }
      }
    }
    const next = close + 1;
    if (close < 0 || (next < end && !isBlank(src.charCodeAt(next)))) {
      problems.push({
        code: 'malformed-attributes',
        message: 'Header attributes must be `key="value"` pairs separated by spaces; the rest of the header is ignored.',
        offset: p,
        length: end - p,
      });
      return attributes;
    }
    const key = src.slice(p, p + prefix - 2);
    if (Object.prototype.hasOwnProperty.call(attributes, key)) {
      problems.push({
        code: 'duplicate-attribute',
        message: `Attribute "${key}" is given twice in this header; the first value is kept.`,
        offset: p,
        length: next - p,
      });
    } else {
      setAttribute(attributes, key, src.slice(p + prefix, close));
    }
    p = next;
  }
}
