// "said a New Hampshire Republican", "one Democrat told": a party or faith word after an
// indefinite determiner names an unnamed person, described by the words before it. The
// whole run is that person's label -- not "Hampshire" cut off as a name after "New" was
// dropped as an ordinary word, and not nothing because "Republican" is a keyword.
// Before a person's name, a party word is a label like a title ("ranking Democrat Ola Berg").
import { AFFILIATIONS, ORG_WORDS, SINGLE_INDEFINITES } from './lexicon';
import { F_POSS, Tokens } from './tokens';

/**
 * Where the label starts when the capitalized run [from, to) is "a/one … Republican" (or
 * opens a sentence as "One Democrat"): an unnamed partisan. Else -1.
 */
export function partisanDescriptionStart(tokens: Tokens, from: number, to: number): number {
  if (!AFFILIATIONS.has(tokens.lower(to - 1)) || (tokens.flags[to - 1] & F_POSS) !== 0) return -1;
  if (to - from >= 2 && SINGLE_INDEFINITES.has(tokens.lower(from))) return appositive(tokens, from) ? -1 : from + 1;
  return from > 0 && tokens.isWord(from - 1) && SINGLE_INDEFINITES.has(tokens.lower(from - 1)) && !appositive(tokens, from - 1) ? from : -1;
}

/** "Ola Berg, a Sarasota Republican, said": after a comma the phrase describes the name before it. */
function appositive(tokens: Tokens, determiner: number): boolean {
  return determiner > 0 && (tokens.isPunct(determiner - 1, ',') || tokens.isPunct(determiner - 1, '('));
}

/**
 * "ranking Democrat Ola Berg", "Republican Sen. Ann Dahl": a party word before a person's name
 * (two more capitalized words, no organisation word) labels the person, like a title; the name
 * is what follows it ("Republican National Committee" stays an organisation).
 */
export function partyLabel(tokens: Tokens, k: number, to: number): boolean {
  const w = tokens.lower(k);
  if (w !== 'democrat' && w !== 'republican') return false;
  if (to - k < 3 || (tokens.flags[k] & F_POSS) !== 0) return false;
  for (let j = k + 1; j < to; j++) if (ORG_WORDS.has(tokens.lower(j))) return false;
  return true;
}
