// "FULL TEXT." or "WHAT WE KNOW" alone on a line: a section heading in capitals names nobody.
// Read as a name it would stand, genderless, closest to the next "he" or "she".
import { BREAK, F_ALLCAPS, Tokens } from './tokens';

/** The words [from, to) are all in capitals and are their paragraph's only words. */
export function isCapitalHeading(tokens: Tokens, from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let k = from; k < to; k++) if ((tokens.flags[k] & F_ALLCAPS) === 0) return false;
  if (!tokens.opensLine(from)) return false;
  let k = to;
  if (tokens.isPunct(k, '.') || tokens.isPunct(k, ':')) k++;
  return k >= tokens.count || tokens.kind[k] === BREAK;
}
