// Character classes on UTF-16 code units. Hot loops call these once per character, so every
// answer comes from a table: ASCII is filled up front, any other code unit the first time it
// is asked about (one regular expression test per distinct character, not per occurrence: a
// news article repeats its curly quotes, dashes and accented letters many times).

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

const C_KNOWN = 16;
const C_LETTER = 1;
const C_DIGIT = 2;
const C_UPPER = 4;
const C_LOWER = 8;

/** Class bits of each code unit, C_KNOWN once computed. 64 KiB for the whole BMP. */
const CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 128; c++) t[c] = C_KNOWN;
  for (let c = 65; c <= 90; c++) t[c] |= C_LETTER | C_UPPER;
  for (let c = 97; c <= 122; c++) t[c] |= C_LETTER | C_LOWER;
  for (let c = 48; c <= 57; c++) t[c] |= C_DIGIT;
  return t;
})();

function classOf(c: number): number {
  const known = CLASS[c];
  if (known !== 0) return known;
  let bits = C_KNOWN;
  // Surrogate halves are not letters on their own; astral letters are rare in news text.
  if (c >= 0xc0 && !(c >= 0xd800 && c <= 0xdfff)) {
    const ch = String.fromCharCode(c);
    if (LETTER.test(ch)) bits |= C_LETTER;
    if (UPPER.test(ch)) bits |= C_UPPER;
    if (LOWER.test(ch)) bits |= C_LOWER;
  }
  CLASS[c] = bits;
  return bits;
}

export function isLetter(c: number): boolean {
  return (classOf(c) & C_LETTER) !== 0;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAlnum(c: number): boolean {
  return (classOf(c) & (C_LETTER | C_DIGIT)) !== 0;
}

export function isUpper(c: number): boolean {
  return (classOf(c) & C_UPPER) !== 0;
}

export function isLower(c: number): boolean {
  return (classOf(c) & C_LOWER) !== 0;
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

/** `.` `!` `?`: marks that end a sentence. */
export function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}
