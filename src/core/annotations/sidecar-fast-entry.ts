// The fast reader for one sidecar entry written the way we write them: `- key: value` then
// `key: value` lines at one indentation, each value a single-line scalar (plain, "double" or
// 'single' quoted), comments and blank lines anywhere. Anything else returns undefined and
// the entry is read by the `yaml` package instead, so this reader never has to be clever:
// it only has to be right about what it accepts (the tests compare it with `yaml`).
import type { RawField } from './sidecar-raw';
import { ANNOTATION_FIELDS } from './types';
import { readDoubleQuoted, readSingleQuoted, resolvePlain } from './yaml-scalar';

// Tabs, control characters, non-characters, lone surrogates and lone CRs: legal or not, let
// `yaml` judge. The quick test finds none in ordinary text in one pass; only text with
// surrogates (emoji) or CRs needs the exact one.
// eslint-disable-next-line no-control-regex
const MAYBE_UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const UNUSUAL = /\r(?!\n)|[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

function hasUnusualCharacter(source: string): boolean {
  return MAYBE_UNUSUAL.test(source) && UNUSUAL.test(source);
}

/** End of the plain key [A-Za-z_][A-Za-z0-9_-]* starting at p, or p when there is none. */
function keyEnd(text: string, p: number): number {
  let c = text.charCodeAt(p);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  if (!letter) return p;
  let q = p + 1;
  for (; ; q++) {
    c = text.charCodeAt(q);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45)) return q;
  }
}
// A plain scalar starting with one of these is something else (or needs rules we skip).
const INDICATOR = new Set('-?:,[]{}#&*!|>\'"%@`');

const SPACE = 32;
const HASH = 35;
const COLON = 58;

// The known field names, by first character: matched in place so that reading the usual keys
// allocates nothing.
const KNOWN_KEYS = new Map<number, string[]>();
for (const key of ANNOTATION_FIELDS) {
  const list = KNOWN_KEYS.get(key.charCodeAt(0)) ?? [];
  list.push(key);
  KNOWN_KEYS.set(key.charCodeAt(0), list);
}

/** The key text[p, q): a known field name, or a new string that must read as a string (not null, true, 12...). */
function keyAt(text: string, p: number, q: number): string | undefined {
  for (const known of KNOWN_KEYS.get(text.charCodeAt(p)) ?? []) {
    if (known.length === q - p && text.startsWith(known, p)) return known;
  }
  const key = text.slice(p, q);
  return typeof resolvePlain(key) === 'string' ? key : undefined;
}

/** Reads `key: value` at `p` on a line whose content ends at `contentEnd`. */
export function readField(text: string, p: number, contentEnd: number): RawField | undefined {
  let q = keyEnd(text, p);
  if (q === p || text.charCodeAt(q) !== COLON) return undefined;
  const key = keyAt(text, p, q);
  if (key === undefined) return undefined;
  q++;
  const colonEnd = q;
  if (q < contentEnd && text.charCodeAt(q) !== SPACE) return undefined;
  while (q < contentEnd && text.charCodeAt(q) === SPACE) q++;

  if (q >= contentEnd || text.charCodeAt(q) === HASH) {
    return { key, value: null, keyOffset: p, valueOffset: colonEnd, valueEnd: colonEnd, inline: true, lineEnd: contentEnd };
  }
  const first = text[q];
  let value: unknown;
  let valueEnd: number;
  if (first === '"' || first === "'") {
    const quoted = first === '"' ? readDoubleQuoted(text, q, contentEnd) : readSingleQuoted(text, q, contentEnd);
    if (!quoted) return undefined;
    value = quoted.value;
    valueEnd = quoted.end;
    // Only spaces, then optionally a comment separated by at least one space, may follow.
    let r = valueEnd;
    while (r < contentEnd && text.charCodeAt(r) === SPACE) r++;
    if (r < contentEnd && (text.charCodeAt(r) !== HASH || r === valueEnd)) return undefined;
  } else {
    if (INDICATOR.has(first)) return undefined;
    // One pass: the value ends where ' #' starts a comment; ': ' inside would make it a mapping.
    let end = q;
    for (let previous = 0; end < contentEnd; end++) {
      const c = text.charCodeAt(end);
      if (c === HASH && previous === SPACE) break;
      if (c === SPACE && previous === COLON) return undefined;
      previous = c;
    }
    while (end > q && text.charCodeAt(end - 1) === SPACE) end--;
    if (text.charCodeAt(end - 1) === COLON) return undefined;
    value = resolvePlain(text.slice(q, end));
    valueEnd = end;
  }
  return { key, value, keyOffset: p, valueOffset: q, valueEnd, inline: true, lineEnd: contentEnd };
}

/**
 * Reads the item whose `-` is at `dash` and whose lines end at `end` (after the last line's
 * break). Returns undefined for anything beyond the simple layout, duplicate keys included
 * (the `yaml` package then reports them with its own wording).
 */
export function readEntryFast(text: string, dash: number, end: number): { fields: RawField[]; keyIndent: number } | undefined {
  const fields: RawField[] = [];
  const lineStart0 = text.lastIndexOf('\n', dash - 1) + 1;
  if (hasUnusualCharacter(text.slice(lineStart0, end))) return undefined;
  let keyIndent = -1;
  let lineStart = lineStart0;
  while (lineStart < end) {
    let lf = text.indexOf('\n', lineStart);
    if (lf === -1 || lf >= end) lf = end;
    let contentEnd = lf;
    if (contentEnd > lineStart && text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
    let p = lineStart;
    if (lineStart === lineStart0) {
      p = dash + 1;
      if (text.charCodeAt(p) !== SPACE) return undefined;
      while (text.charCodeAt(p) === SPACE) p++;
      if (p >= contentEnd) return undefined;
      keyIndent = p - lineStart;
    } else {
      while (p < contentEnd && text.charCodeAt(p) === SPACE) p++;
      if (p >= contentEnd) {
        lineStart = lf + 1;
        continue;
      }
    }
    if (text.charCodeAt(p) === HASH && lineStart !== lineStart0) {
      lineStart = lf + 1;
      continue;
    }
    if (p - lineStart !== keyIndent) return undefined;
    const field = readField(text, p, contentEnd);
    if (!field) return undefined;
    fields.push(field);
    lineStart = lf + 1;
  }
  // Entries hold a dozen fields: a pairwise check is cheaper than a Set per entry.
  for (let i = 1; i < fields.length; i++) {
    for (let j = 0; j < i; j++) if (fields[i].key === fields[j].key) return undefined;
  }
  return { fields, keyIndent };
}
