// Poll and crowd reporting credits words to a share of people: "most said they were "quite
// uneasy"", "Roughly six in 10 said", "9 percent said "very unlikely"". Such a quantity,
// standing alone as the subject of a speech verb, is the group that speaks.
import { isDigit } from './chars';
import { APPROXIMATORS, NUMBER_WORDS, PEOPLE_QUANTIFIERS } from './lexicon';
import type { SubjectRef } from './nounPhrases';
import { Tokens, WORD } from './tokens';

/** Words after which a new clause (and its subject) begins: "…, and 14 percent said". */
const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/** A word starting with a digit: "200", "14", "1,000". */
export function startsWithDigit(tokens: Tokens, k: number): boolean {
  return tokens.kind[k] === WORD && isDigit(tokens.text.charCodeAt(tokens.start[k]));
}

function isNumber(tokens: Tokens, k: number): boolean {
  return startsWithDigit(tokens, k) || (tokens.kind[k] === WORD && NUMBER_WORDS.has(tokens.lower(k)));
}

/** The quantity phrase ending at token `end` ("most", "14 percent", "four in 10"), or none. */
export function quantityPhrase(tokens: Tokens, end: number, floor: number): SubjectRef {
  if (tokens.kind[end] !== WORD) return { type: 'none' };
  const w = tokens.lower(end);
  let start = -1;
  if (PEOPLE_QUANTIFIERS.has(w)) start = end;
  else if (w === 'percent' && end - 1 >= floor && isNumber(tokens, end - 1)) start = end - 1;
  else if (isNumber(tokens, end) && end - 2 >= floor && tokens.isWord(end - 1) && tokens.lower(end - 1) === 'in' && isNumber(tokens, end - 2)) start = end - 2;
  if (start < 0) return { type: 'none' };
  if (start - 1 >= floor && tokens.isWord(start - 1) && APPROXIMATORS.has(tokens.lower(start - 1))) start--;
  // Only a phrase that opens its clause: "the rest of most" or "voted for some" is no subject.
  if (start - 1 >= floor && tokens.kind[start - 1] === WORD && !CLAUSE_LINKS.has(tokens.lower(start - 1))) return { type: 'none' };
  return { type: 'nominal', tokStart: start, tokEnd: end + 1, head: w, definite: false, person: true, named: -1 };
}
