// The plain nouns an article introduces a named person with ("Nils Holm, a farmer in Norland,",
// "veteran farmer Nils Holm", "Holm, head of the Bergen choir,"), so that "the farmer" later
// is that person. Roles the lexicon knows ("the minister") are the role holders' business
// (roleHolders.ts); these are the nouns it does not know, which the article itself shows to
// be a person's: farmer, nurse, coach, banker.
import { notOnePerson, type Entity } from './coreference';
import { ARTICLES, ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, PREPOSITIONS, SOURCE_NOUNS } from './lexicon';
import type { Mention } from './mentions';
import { isPlainWord, verbLike } from './nounPhrases';
import { personLike } from './sourceHeads';
import { adjacent, BREAK, type Tokens } from './tokens';

/** Words an appositive may have before its head noun stops: "a 60-year-old dairy farmer". */
const APPOSITIVE_WORDS = 5;
/** Prepositions a head without an article must be followed by: "Holm, head of the choir". */
const BARE_HEAD_PREPOSITIONS = new Set(['of', 'at', 'for']);

/** Who was introduced with a noun, and where: the holders of each noun in article order. */
export type AppositiveNouns = ReadonlyMap<string, ReadonlyArray<{ entity: number; pos: number }>>;

/** The nouns each named person is introduced with, read once per article from its mentions. */
export function appositiveNouns(tokens: Tokens, mentions: Mention[], entities: Entity[]): AppositiveNouns {
  const found = new Map<string, { entity: number; pos: number }[]>();
  const add = (head: number, m: Mention): void => {
    const noun = tokens.lower(head);
    // (Not a role, a body or a source: "the minister", "the party" have rules of their own.)
    if (!PERSON_ROLE_NOUNS.has(noun) && !ORG_ROLE_NOUNS.has(noun) && !SOURCE_NOUNS.has(noun)) addHolder(found, noun, m);
  };
  for (const m of mentions) {
    if (m.entity < 0 || m.possessive || (m.kind !== 'person' && m.kind !== 'name')) continue;
    const e = entities[m.entity];
    if (!e.named || notOnePerson(e)) continue;
    const after = headAfter(tokens, m.tokEnd);
    if (after >= 0) add(after, m);
    const before = m.tokStart - 1;
    // "veteran farmer Nils Holm": a lower-case noun right before the name.
    if (tokens.isLowerWord(before) && adjacent(tokens, before, m.tokStart) && isPlainWord(tokens, before) && !verbLike(tokens, before)) add(before, m);
  }
  return found;
}

/** Remembers that mention `m` was introduced with `noun`. */
export function addHolder(found: Map<string, { entity: number; pos: number }[]>, noun: string, m: Mention): void {
  let list = found.get(noun);
  if (!list) found.set(noun, (list = []));
  list.push({ entity: m.entity, pos: m.start });
}

/**
 * ", a farmer in Norland,", ", the coach of Bergen FC,", ", a former banker.", ", head of
 * …": the head noun of an appositive opening at the comma `comma`, or -1. The head is the last
 * lower-case word before a preposition, a comma, a full stop or "who"; without an article it
 * must be followed by "of", "at" or "for" ("Berg, however, said" is no appositive).
 */
export function headAfter(tokens: Tokens, comma: number): number {
  if (!tokens.isPunct(comma, ',')) return -1;
  let k = comma + 1;
  const article = tokens.isLowerWord(k) && ARTICLES.has(tokens.lower(k));
  if (article) k++;
  let head = -1;
  let stop = false;
  for (const last = k + APPOSITIVE_WORDS; k < last && tokens.isWord(k); k++) {
    const w = tokens.lower(k);
    if ((stop = PREPOSITIONS.has(w) || w === 'who')) break;
    if (tokens.isLowerWord(k) && isPlainWord(tokens, k) && (!verbLike(tokens, k) || pluralModifier(tokens, k))) head = k;
    else if (!tokens.isCap(k)) return -1;
  }
  if (head < 0 || head !== k - 1) return -1;
  if (!article) return stop && BARE_HEAD_PREPOSITIONS.has(tokens.lower(k)) ? head : -1;
  return stop || k >= tokens.count || tokens.isPunct(k, ',') || tokens.isPunct(k, '.') || tokens.kind[k] === BREAK ? head : -1;
}

/**
 * "the teachers union", "a farmers association": a plural of people before another noun is
 * its modifier, though its -s reads like a verb's.
 */
function pluralModifier(tokens: Tokens, k: number): boolean {
  return tokens.isLowerWord(k + 1) && isPlainWord(tokens, k + 1) && personLike(tokens.lower(k).replace(/s$/, ''));
}

/**
 * The person introduced with `noun` last before `pos`, and where; null when nobody was. With
 * `sole`, null too when two people were ("Bergen coach Ola Berg and Tromso coach Ann Dahl …
 * the Bergen coach said" needs the place, which the noun alone does not tell).
 */
export function introducedAs(nouns: AppositiveNouns, noun: string, pos: number, sole: boolean): { entity: number; pos: number } | null {
  const list = nouns.get(noun);
  if (!list) return null;
  let best: { entity: number; pos: number } | null = null;
  for (const intro of list) {
    if (intro.pos >= pos) break;
    if (sole && best && best.entity !== intro.entity) return null;
    best = intro;
  }
  return best;
}
