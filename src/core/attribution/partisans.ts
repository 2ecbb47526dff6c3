// "said a New Hampshire Republican", "one Democrat told": a party or faith word after an
// indefinite determiner names an unnamed person, described by the words before it. The
// whole run is that person's label -- not "Hampshire" cut off as a name after "New" was
// dropped as an ordinary word, and not nothing because "Republican" is a keyword.
import { AFFILIATIONS } from './lexicon';
import { F_POSS, Tokens } from './tokens';

const INDEFINITES = new Set(['a', 'an', 'one', 'another']);

/**
 * Where the label starts when the capitalized run [from, to) is "a/one … Republican" (or
 * opens a sentence as "One Democrat"): an unnamed partisan. Else -1.
 */
export function partisanDescriptionStart(tokens: Tokens, from: number, to: number): number {
  if (!AFFILIATIONS.has(tokens.lower(to - 1)) || (tokens.flags[to - 1] & F_POSS) !== 0) return -1;
  if (to - from >= 2 && INDEFINITES.has(tokens.lower(from))) return appositive(tokens, from) ? -1 : from + 1;
  return from > 0 && tokens.isWord(from - 1) && INDEFINITES.has(tokens.lower(from - 1)) && !appositive(tokens, from - 1) ? from : -1;
}

/** "Ola Berg, a Sarasota Republican, said": after a comma the phrase describes the name before it. */
function appositive(tokens: Tokens, determiner: number): boolean {
  return determiner > 0 && (tokens.isPunct(determiner - 1, ',') || tokens.isPunct(determiner - 1, '('));
}
