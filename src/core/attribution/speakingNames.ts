// "Cuban said", "said Cuban, who …", "Small, who attended the rally, said": a lone capital
// that is also an ordinary word, a nationality or a title is still a name when its place in the
// sentence is a speaker's -- next to a speech verb or before a relative clause about a person.
import { CUE_FORMS, VERB_GAP } from './lexicon';
import { BREAK, Tokens } from './tokens';

/** The lone capital [from, to) stands where a speaker's name stands. */
export function speaksAsName(tokens: Tokens, from: number, to: number): boolean {
  return cueFollows(tokens, to) || invertedCueBefore(tokens, from, to) || relativeFollows(tokens, to);
}

/** A finite speech verb right after the chunk: "Cuban said", "Will wrote". */
function cueFollows(tokens: Tokens, k: number): boolean {
  // "Cuban also complained": step over an adverb or two.
  for (let steps = 0; steps < 2 && tokens.isLowerWord(k) && (VERB_GAP.has(tokens.lower(k)) || tokens.lower(k).endsWith('ly')); steps++) k++;
  return tokens.isLowerWord(k) && CUE_FORMS.get(tokens.lower(k)) === 'finite';
}

/**
 * `"…," said Cuban, who …`: a lone capitalized word between a speech verb and a comma or the
 * end of the sentence is the speaker's surname, even when it is also a nationality or a title.
 */
function invertedCueBefore(tokens: Tokens, from: number, to: number): boolean {
  if (!tokens.isLowerWord(from - 1) || CUE_FORMS.get(tokens.lower(from - 1)) !== 'finite') return false;
  return to >= tokens.count || tokens.isPunct(to, ',') || tokens.isPunct(to, '.') || tokens.kind[to] === BREAK;
}

/** "Small, who attended the rally, said": a capital before ", who" is someone's name. */
function relativeFollows(tokens: Tokens, k: number): boolean {
  return tokens.isPunct(k, ',') && tokens.isLowerWord(k + 1) && tokens.lower(k + 1) === 'who';
}
