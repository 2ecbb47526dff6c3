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
  if (tokens.kind[q] !== QUOTE || !isGivenName(tokens.lower(given)) || !adjacent(tokens, given, q) || !adjacent(tokens, q, q + 1) || !tokens.isCap(q + 1)) return false;
  const s = tokens.start[q], e = tokens.end[q];
  if (e - s > MAX_NICKNAME) return false;
  const c = tokens.text.charCodeAt(s + 1) === 39 ? tokens.text.charCodeAt(s + 2) : tokens.text.charCodeAt(s + 1); // after '' or a mark
  return isUpper(c); // "Peter 'Ómar' Lund" too: any capital, not only ASCII
}
