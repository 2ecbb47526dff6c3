// Nicknames inside a name: news style sets a nickname in quotation marks between the given
// name and the surname.
import { isUpper } from './chars';
import { isGivenName } from './lexicon';
import { adjacent, QUOTE, Tokens } from './tokens';

/** The longest nickname, quotation marks included: "Buddy", "El Toro". */
const MAX_NICKNAME = 24;

/**
 * "Peter "Buddy" Lund of Tromso carried a sign": a nickname in quotation marks between a given
 * name and a capitalized word belongs to the name.
 */
export function quotedNickname(tokens: Tokens, given: number, q: number): boolean {
  if (tokens.kind[q] !== QUOTE || !tokens.isCap(given) || !adjacent(tokens, given, q) || !adjacent(tokens, q, q + 1) || !tokens.isCap(q + 1)) return false;
  // ("Joko “Jokowi” Widodo": a given name the lexicon does not know, when the nickname is one
  // word and the line is not a headline that capitalises every word.)
  if (!isGivenName(tokens.lower(given)) && (!/^\p{Lu}[\p{L}-]*$/u.test(tokens.text.slice(tokens.start[q] + 1, tokens.end[q] - 1)) || titleCaseLine(tokens.text, tokens.start[q]))) return false;
  const s = tokens.start[q], e = tokens.end[q];
  if (e - s > MAX_NICKNAME) return false;
  const c = tokens.text.charCodeAt(s + 1) === 39 ? tokens.text.charCodeAt(s + 2) : tokens.text.charCodeAt(s + 1); // after '' or a mark
  return isUpper(c); // "Peter 'Ómar' Lund" too: any capital, not only ASCII
}

/** How far either side of a quotation its line is read for headline capitals. */
const LINE_REACH = 400;

/**
 * The line around `i` capitalises its words, as headlines do ("Berg Calls Fare Rise
 * “Disastrous” For Islands"): there a capitalised word in marks is a quoted word. Words of four
 * letters or more are counted, so "of", "the" and "and" left in lower case do not matter.
 */
export function titleCaseLine(text: string, i: number): boolean {
  // (Read within LINE_REACH of `i`: a headline is shorter, and a line of megabytes read whole
  // for each quotation in it would cost quadratic time.)
  let from = i, to = i;
  for (const lo = Math.max(0, i - LINE_REACH); from > lo && text.charCodeAt(from - 1) !== 10; ) from--;
  for (const hi = Math.min(text.length, i + LINE_REACH); to < hi && text.charCodeAt(to) !== 10; ) to++;
  let long = 0, lower = 0;
  for (const m of text.slice(from, to).matchAll(/\p{L}{4,}/gu)) {
    long++;
    if (!isUpper(m[0].charCodeAt(0))) lower++;
  }
  return lower * 4 < long;
}

/** Lower-case particles that may open a surname: "Ronald “Bato” dela Rosa", "Ludwig “Lu” van Berg". */
const SURNAME_PARTICLES = /^(?:de|del|dela|della|da|di|do|dos|du|van|von|der|den|ter|bin|ibn|al|el|la|le)\s+\p{Lu}/u;
/** A nickname is a name of up to three capitalised words: "Bato", "El Toro", "Long Hair". */
const NICKNAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;
/** A capitalised word right before the marks, the given name: "Joaquín", "Jean-Luc", "O’Neil". */
const GIVEN_BEFORE = /(?:^|\s)\p{Lu}[\p{L}'’-]*\s$/u;

/**
 * `Sen. Ola “Bato” Berg`, `Joaquín “El Toro” Lund`, `Ronald “Bato” dela Rosa`: a short
 * capitalised span in marks between a capitalised word and a surname is a nickname inside a
 * name, nobody's words (not on a line that capitalises every word, as headlines do).
 */
export function isNicknameInMarks(text: string, start: number, end: number, outerStart: number, outerEnd: number): boolean {
  if (end - start > MAX_NICKNAME || outerStart === start || outerEnd === end) return false;
  if (!NICKNAME.test(text.slice(start, end))) return false;
  if (!GIVEN_BEFORE.test(text.slice(Math.max(0, outerStart - 30), outerStart))) return false;
  const after = text.slice(outerEnd, outerEnd + 30);
  if (!/^ \p{Lu}\p{Ll}/u.test(after) && !SURNAME_PARTICLES.test(after.slice(1))) return false;
  return !titleCaseLine(text, start);
}
