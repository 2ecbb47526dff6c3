// Character classes on UTF-16 code units. Hot loops call these once per character, so the
// ASCII cases are answered by comparisons and only other code units reach a regular expression.

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** ASCII classes: 1 letter, 2 digit, 4 upper, 8 lower. */
const ASCII = (() => {
  const t = new Uint8Array(128);
  for (let c = 65; c <= 90; c++) t[c] = 1 | 4;
  for (let c = 97; c <= 122; c++) t[c] = 1 | 8;
  for (let c = 48; c <= 57; c++) t[c] = 2;
  return t;
})();

export function isLetter(c: number): boolean {
  if (c < 128) return (ASCII[c] & 1) !== 0;
  // Surrogate halves are not letters on their own; astral letters are rare in news text.
  return c >= 0xc0 && !(c >= 0xd800 && c <= 0xdfff) && LETTER.test(String.fromCharCode(c));
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAlnum(c: number): boolean {
  if (c < 128) return (ASCII[c] & 3) !== 0;
  return isLetter(c);
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return c >= 0xc0 && UPPER.test(String.fromCharCode(c));
}

export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return c >= 0xc0 && LOWER.test(String.fromCharCode(c));
}

/** Horizontal or vertical white space, including the no-break and typographic spaces. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Spaces and tabs, not line breaks. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0xfeff;
}

export const CH = {
  LF: 10,
  CR: 13,
  DQ: 0x22, // "
  SQ: 0x27, // '
  LDQ: 0x201c, // “
  RDQ: 0x201d, // ”
  LOW_DQ: 0x201e, // „
  LSQ: 0x2018, // ‘
  RSQ: 0x2019, // ’
  LAQ: 0xab, // «
  RAQ: 0xbb, // »
  GRAVE: 0x60, // `
} as const;

/** Characters that may sit before an opening quotation mark. */
export function opensBefore(c: number): boolean {
  return Number.isNaN(c) || isSpace(c) || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 || c === 58 || c === CH.LDQ || c === CH.DQ || c === CH.LAQ;
}
