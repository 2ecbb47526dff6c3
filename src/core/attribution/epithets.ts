// "Hamdeen Sabahy … “…,” the leftist leader said", "Katarzyna Jasinska was handing out jackets
// … said the veterinary technician": a definite description whose adjective tells something
// new about the person the story follows, not which office is meant. News copy varies a name
// this way; nobody else in the story need hold the role.
import { DOMAIN_WORDS, NATIONALITIES, PAST_QUALIFIERS, PLACES, RANK_QUALIFIERS, TITLE_WORDS, TOP_MODIFIERS } from './lexicon';
import { set, union } from './lexicon/wordSet';
import { personLike } from './sourceHeads';
import type { Tokens } from './tokens';

/** Adjectives that pick an office or a holder among several, never an epithet: "the new minister", "the deputy chief". */
const SELECTING_WORDS = union(PAST_QUALIFIERS, RANK_QUALIFIERS, set('acting interim new incoming outgoing current other second first same'));

/**
 * Endings of adjectives ("leftist", "veterinary", "tough-talking", "soft-spoken"): a noun
 * before the head ("the city attorney", "the boat captain") names the office instead.
 */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ful|less|ary|ist|ed|ing|ish|an|able|ible)$/;

/**
 * The description [from, to) (its head last) is "the", one or two lower-case adjectives
 * that name no office, country or rank, and a head for a person: "the leftist leader", "the
 * veterinary technician" -- not "the prime minister", "the Norwegian envoy", "the new mayor".
 */
export function isEpithet(tokens: Tokens, from: number, to: number): boolean {
  const modifiers = to - from - 2;
  if (modifiers < 1 || modifiers > 2 || tokens.lower(from) !== 'the' || !personLike(tokens.lower(to - 1))) return false;
  for (let k = from + 1; k < to - 1; k++) {
    if (!tokens.isLowerWord(k)) return false;
    const w = tokens.lower(k);
    if (!ADJECTIVE_ENDING.test(w) || DOMAIN_WORDS.has(w) || NATIONALITIES.has(w) || PLACES.has(w) || TITLE_WORDS.has(w) || TOP_MODIFIERS.has(w) || SELECTING_WORDS.has(w)) return false;
  }
  return true;
}
