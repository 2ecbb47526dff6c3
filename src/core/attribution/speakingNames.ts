// "Cuban said", "said Cuban, who …", "Small, who attended the rally, said": a lone capital
// that is also an ordinary word, a nationality or a title is still a name when its place in the
// sentence is a speaker's -- next to a speech verb or before a relative clause about a person.
import { CUE_FORMS, VERB_GAP } from './lexicon';
import { BREAK, Tokens } from './tokens';

/** The lone capital [from, to) stands where a speaker's name stands. */
export function speaksAsName(tokens: Tokens, from: number, to: number): boolean {
  return (cueFollows(tokens, to) && !gerundWithObject(tokens, from, to)) || invertedCueBefore(tokens, from, to) || relativeFollows(tokens, to);
}

/** Plurals of things said that are also speech verbs: "questions", "comments", "claims". */
const SAID_THING_PLURALS = new Set(['questions', 'comments', 'claims', 'reports', 'answers', 'remarks', 'tweets', 'posts', 'replies', 'charges', 'statements', 'warnings', 'complaints']);

/**
 * "Answering questions after a lecture, he said": an -ing word and the plural of a thing said
 * are a verb and its object, not a surname and its verb ("Manning says" has no plural noun).
 */
function gerundWithObject(tokens: Tokens, from: number, to: number): boolean {
  const w = tokens.lower(from);
  return to - from === 1 && w.length > 5 && w.endsWith('ing') && tokens.isLowerWord(to) && SAID_THING_PLURALS.has(tokens.lower(to));
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
