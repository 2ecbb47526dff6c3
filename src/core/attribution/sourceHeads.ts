// Which description heads can be sources -- who or what may be credited with words -- for
// the rules that would otherwise name "the first", "this year" or "the deal" as a speaker.
// A null speaker is better than a wild one.
import { COMPANY_NOUNS, ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, PERSON_ROLE_PLURALS, SOURCE_NOUNS, TIME_SPANS } from './lexicon';

/** Nouns for people taken together: "the crowd chanted", "the young ones", "the public". */
const COLLECTIVES = new Set(['people', 'crowd', 'crowds', 'audience', 'public', 'couple', 'family', 'staff', 'community', 'media', 'young', 'elderly', 'groups', 'rally']);
/** "The first incident came…", "The second initiative": a number of order is no noun. */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'next', 'latter']);

/**
 * Pictures whose caption or sign speaks ("The photo shows …"); kept out of SOURCE_NOUNS,
 * which also shapes where a subject phrase ends.
 */
const PICTURES = new Set(['photo', 'photos', 'photograph', 'picture', 'image']);

function inSourceLexicon(word: string): boolean {
  return PICTURES.has(word) || PERSON_ROLE_NOUNS.has(word) || PERSON_ROLE_PLURALS.has(word) || ORG_ROLE_NOUNS.has(word) || SOURCE_NOUNS.has(word) || COLLECTIVES.has(word);
}

/**
 * Whether a description's last word can stand for someone or something that speaks, when a
 * speech verb vouches for it ("the actress said", "the 46-year-old told"): anything but a
 * word that cannot be a source -- an ordinal ("The first … shouting"), a span of time, a
 * verb's -ing form, an abstract noun ("their instinctive preference", "the current
 * situation"). A null speaker is better than a wild one.
 */
export function canBeSource(word: string): boolean {
  if (inSourceLexicon(word)) return true;
  if (ORDINALS.has(word) || TIME_SPANS.has(word)) return false;
  return !/(?:ing|ence|ance|ness|ism|ity|ship|tion|sion)s?$/.test(word);
}

/**
 * Whether a description's last word names a source by itself, with no speech verb to vouch
 * for it: a person, role or group ("the spokesman", "critics"), a body ("the campaign"), a
 * document or medium ("a statement", "the ad"). Not "the deal", "the music", "the pro-…
 * narrative", "The laws require" (a subject and its verb).
 */
export function isSourceHead(word: string): boolean {
  if (inSourceLexicon(word)) return true;
  // The person suffixes of personLike; "-ive" only through the lexicon ("representative",
  // "executive"), since "narrative", "initiative" are things.
  return canBeSource(word) && personLike(word) && !/ives?$/.test(word);
}

/** People nouns without a person suffix, singular and plural: "one neighbour told FOX13", "a friend said". */
const PLAIN_PEOPLE_NOUNS = new Set(['neighbour', 'neighbours', 'friend', 'friends', 'fan', 'fans', 'guest', 'guests']);

/** Head nouns for people: designer, investor, activist, politician, resident, spokesman. */
export function personLike(head: string): boolean {
  // Not "amendment", "statement", "committee", "carrier": things and bodies share those endings.
  return PERSON_ROLE_NOUNS.has(head) || PLAIN_PEOPLE_NOUNS.has(head) || isAgeNoun(head) || (/(?:er|or|ist|ian|ant|ent|man|woman|person|ee|ive)s?$/.test(head) && !/(?:ment|mittee)s?$/.test(head) && !ENT_THINGS.has(head.replace(/s$/, '')) && !COMPANY_NOUNS.has(head.replace(/s$/, '')));
}

/** "the 61-year-old": a person named by age, as news copy varies a name. */
export function isAgeNoun(head: string): boolean {
  return head.endsWith('-year-old') && head.charCodeAt(0) >= 48 && head.charCodeAt(0) <= 57;
}

/** Things in "-ent", which "resident" and "student" make look like people: "Those events threatened …". */
const ENT_THINGS = new Set(['event', 'incident', 'accident', 'percent', 'content', 'extent', 'intent', 'component', 'consent', 'dissent', 'precedent', 'present', 'current', 'cent']);
