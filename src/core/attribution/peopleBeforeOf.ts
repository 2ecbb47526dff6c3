// "Supporters of the new bill say", "The suspect in the attack in Ikeda, Osaka Prefecture, has
// told", "The Minister of the Shura and Representatives Councils underlined": the phrase right
// before a verb may end in places, things or bodies tied to the people before them; those
// people speak. Read by cueSubjects.ts.
import { isGivenName, ORG_ROLE_NOUNS } from './lexicon';
import { mayNamePerson } from './mentions';
import { nounPhraseBefore } from './nounPhraseBefore';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { PLACE_UNITS } from './placeNames';
import { personLike } from './sourceHeads';
import { Tokens, WORD } from './tokens';

/**
 * "Supporters of the new bill say", "Half of the voters in Bergen say": a thing, a place or
 * a body after "of" or "in" ends the phrase, but the people before the preposition speak.
 */
export function peopleBeforeOf(tokens: Tokens, index: MentionIndex, subject: SubjectRef, floor: number): SubjectRef {
  const role = roleBeforeJoinedName(tokens, index, subject, floor);
  if (role) return role;
  let found = subject;
  for (let n = 0; n < PHRASES_BEFORE; n++) {
    const notPeople = found.type === 'nominal' ? !personLike(found.head) : found.type === 'mention' && !mayNamePerson(index.mentions[found.mention]);
    if (!notPeople || (found.type !== 'nominal' && found.type !== 'mention')) break;
    let p = found.tokStart - 1;
    // ("The suspect in the attack in Ikeda, Osaka Prefecture, has told …": a place set off by
    // commas only says where the place before it lies.)
    if (found.type === 'mention' && index.mentions[found.mention].kind === 'place' && tokens.isPunct(p, ',')) {
      const before = nounPhraseBefore(tokens, index, p - 1, floor);
      if (before.type !== 'mention' || index.mentions[before.mention].kind === 'person') break;
      p = before.tokStart - 1;
    }
    if (p - 1 < floor || !tokens.isLowerWord(p) || !PEOPLE_PREPOSITIONS.has(tokens.lower(p))) break;
    found = nounPhraseBefore(tokens, index, p - 1, floor);
    // ("The suspect in last Friday's massacre at …": a phrase no rule reads, the possessive's
    // here, is stepped over to the preposition before it.)
    if (found.type === 'none') {
      const q = prepositionBefore(tokens, p - 1, floor);
      if (q < 0) break;
      found = nounPhraseBefore(tokens, index, q - 1, floor);
    }
  }
  // ("The police in Zamfara State have confirmed …": a body before "in" and a place, or any
  // name that is nobody's, speaks for itself.)
  const nobody = (subject.type === 'mention' && !mayNamePerson(index.mentions[subject.mention])) || ((subject.type === 'mention' || subject.type === 'nominal') && PLACE_UNITS.has(tokens.lower(subject.tokEnd - 1)));
  return (found.type === 'nominal' && (personLike(found.head) || (nobody && ORG_ROLE_NOUNS.has(found.head)))) || found.type === 'mention' ? found : subject;
}

/**
 * "The Union minister of state for food processing and Jal Shakti told", "The Minister of the
 * Shura and Representatives Councils underlined": an untitled name joined by "and" to a thing
 * or body after a role's "of" or "for" completes the role's phrase; the role speaks. Else null.
 */
function roleBeforeJoinedName(tokens: Tokens, index: MentionIndex, subject: SubjectRef, floor: number): SubjectRef | null {
  if (subject.type !== 'mention') return null;
  // (Not a person's name: titled, longer than two words, or opening with a given name.)
  const m = index.mentions[subject.mention];
  if (m.kind === 'person' || m.words.length > 2 || isGivenName(m.words[0])) return null;
  const and = subject.tokStart - 1;
  if (and - 1 <= floor || !tokens.isLowerWord(and) || tokens.lower(and) !== 'and') return null;
  const first = nounPhraseBefore(tokens, index, and - 1, floor);
  // (A role's phrase may take in its "of" already: "The Minister of the Shura".)
  if (first.type === 'nominal' && personLike(first.head)) return roleOfOrFor(tokens, first.tokEnd) ? first : null;
  if (first.type === 'mention' && index.mentions[first.mention].kind === 'person') return null;
  // (Or be a phrase no rule reads, "food processing": step back to its preposition.)
  const p = first.type === 'nominal' || first.type === 'mention' ? first.tokStart - 1 : prepositionBefore(tokens, and - 1, floor);
  if (p - 1 < floor || !roleOfOrFor(tokens, p)) return null;
  const before = nounPhraseBefore(tokens, index, p - 1, floor);
  if (before.type !== 'nominal' && before.type !== 'mention') return null;
  const holder = peopleBeforeOf(tokens, index, before, floor);
  return holder.type === 'nominal' && personLike(holder.head) ? holder : null;
}

/** "of" or "for" at `k`, the prepositions that carry a role's phrase ("minister of state for ports"). */
function roleOfOrFor(tokens: Tokens, k: number): boolean {
  if (!tokens.isLowerWord(k)) return false;
  const w = tokens.lower(k);
  return w === 'of' || w === 'for';
}

/** How many words back a preposition may stand before a phrase no rule reads. */
const PREPOSITION_REACH = 4;

/** The nearest of the PEOPLE_PREPOSITIONS among the few words ending at `k` (no punctuation between), else -1. */
function prepositionBefore(tokens: Tokens, k: number, floor: number): number {
  for (let j = k; j > floor && k - j < PREPOSITION_REACH && tokens.kind[j] === WORD; j--) {
    if (tokens.isLowerWord(j) && PEOPLE_PREPOSITIONS.has(tokens.lower(j))) return j;
  }
  return -1;
}

/** How many phrases of places and things "the people before the preposition" may stand before. */
const PHRASES_BEFORE = 4;

/** Prepositions that tie such a phrase to the people before it ("Half of the voters in Bergen", "the minister for ports"). */
const PEOPLE_PREPOSITIONS = new Set(['of', 'in', 'at', 'for']);
