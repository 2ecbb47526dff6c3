// An unnamed speaker is shown by the description the article gives it: "a spokesman for the
// Bergen city government" says more to a reader, and to a reviewer, than "spokesman".
import { CUE_FORMS, LY_NOUNS, PREPOSITIONS, SUBORDINATORS } from './lexicon';
import { set } from './lexicon/wordSet';
import { BE } from './nounPhrases';
import { Tokens, WORD } from './tokens';

/** Prepositions that attach a body or a place to a role: "spokesman for", "secretary of", "official at". */
const QUALIFIERS = set('for of at from in');
/** Qualifying phrases read after the head: "an executive at a TV station in Tromso". */
const MAX_QUALIFIERS = 2;
/** Words a qualifying phrase may hold after its preposition. */
const MAX_QUALIFIER_WORDS = 6;
/** Words that end a description: verbs of saying and being, auxiliaries, prepositions (the qualifiers among them), clause openers. */
const STOPS = set("has have had do does did not don't doesn't didn't will would can could may might should must who which whose where when while and or but");

/**
 * The end (exclusive) of the description whose head ends at `to`, with the prepositional
 * phrases that qualify it: "spokesman for the HKSAR government", "secretary of State".
 */
export function qualifiedEnd(tokens: Tokens, to: number): number {
  let end = to;
  for (let q = 0; q < MAX_QUALIFIERS && tokens.isLowerWord(end) && QUALIFIERS.has(tokens.lower(end)); q++) {
    let k = end + 1;
    let last = -1;
    while (k < tokens.count && k - end <= MAX_QUALIFIER_WORDS && tokens.kind[k] === WORD && !endsDescription(tokens, k)) last = k++;
    if (last < 0) break;
    end = last + 1;
  }
  return end;
}

function endsDescription(tokens: Tokens, k: number): boolean {
  const w = tokens.lower(k);
  if (tokens.isCap(k)) return false;
  // (A negated auxiliary, "didn't", "won’t", is a verb too.)
  return (w.endsWith('ly') && !LY_NOUNS.has(w)) || /n['’]t$/.test(w) || PREPOSITIONS.has(w) || STOPS.has(w) || BE.has(w) || SUBORDINATORS.has(w) || CUE_FORMS.has(w);
}
