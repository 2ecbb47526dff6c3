// Which firm "the company", or which public body "the agency", means when no named body goes by
// the noun ("Lenovo plans to launch a phone, what the company is calling …"). Read by
// descriptions.ts.
import { notOnePerson, personless, type Entity } from './coreference';
import { COMPANY_NOUNS, LOCATIVE_PREPOSITIONS, NEWS_AGENCY_NAMES } from './lexicon';
import { set } from './lexicon/wordSet';
import type { Mention } from './mentions';
import type { MentionIndex } from './nounPhrases';
import type { Tokens } from './tokens';

/** Words in a firm's name that make it one: "Nordgas Holdings", "Berg Motor Co". */
const CORPORATE_WORDS = set('co corp corporation inc ltd llc plc holdings motors technologies systems airlines airways group');
/** Nouns for a public body: "the agency", "the regulator". */
const AGENCY_NOUNS = set('agency regulator');
/** Mentions looked back over for the firm "the company" means. */
const COMPANY_REACH = 40;

/** The last body named before token `tok` that "the company" or "the agency" (`head`) means, or -1. */
export function lastBodyCalled(head: string, tokens: Tokens, index: MentionIndex, entities: Entity[], tok: number): number {
  if (COMPANY_NOUNS.has(head)) return lastCompany(tokens, index, entities, tok);
  return AGENCY_NOUNS.has(head) ? lastAgency(tokens, index, entities, tok) : -1;
}

/**
 * The last body named before token `tok` that may be a company -- an organisation with a
 * corporate word in its name ("Nordgas Holdings"), else the last one-word name with nothing of
 * a person about it ("Lenovo", "TSMC"), which is marked a body. -1 if none within reach.
 */
function lastCompany(tokens: Tokens, index: MentionIndex, entities: Entity[], tok: number): number {
  const { mentions } = index;
  // (A firm named as one, "Welspun Energy Ltd", within reach outranks a nearer bare word.)
  let bare: Entity | null = null;
  for (let i = index.firstAtOrAfter(tok) - 1, n = 0; i >= 0 && n < COMPANY_REACH; i--, n++) {
    const m = mentions[i];
    const e = m.entity >= 0 ? entities[m.entity] : null;
    if (!e || !e.named) continue;
    if (e.kind === 'organization' && m.words.some((w) => CORPORATE_WORDS.has(w))) return m.entity;
    // ("The MoU was signed in Raipur": a name after "in" is where, not who.)
    if (bare || afterPlacePreposition(tokens, m)) continue;
    if (e.kind === 'name' && !e.name.includes(' ') && personless(e) && !notOnePerson(e)) bare = e;
  }
  if (!bare) return -1;
  bare.body = true;
  return bare.id;
}

/**
 * The last body named before token `tok` that "the agency" may mean: an organisation named in
 * more than one word or in initials, or initials with nothing of a person about them ("the FAA
 * said … the agency told"). -1 if none within reach.
 */
function lastAgency(tokens: Tokens, index: MentionIndex, entities: Entity[], tok: number): number {
  const { mentions } = index;
  for (let i = index.firstAtOrAfter(tok) - 1, n = 0; i >= 0 && n < COMPANY_REACH; i--, n++) {
    const m = mentions[i];
    const e = m.entity >= 0 ? entities[m.entity] : null;
    if (!e || !e.named || afterPlacePreposition(tokens, m)) continue;
    // (Not a news agency relaying the story, "AFP"; not a bare word taken for a body, "Office".)
    if (NEWS_AGENCY_NAMES.has(e.name.toLowerCase())) continue;
    const acronym = /^[A-Z]{3,6}$/.test(e.name);
    if ((e.kind === 'organization' && (acronym || e.name.includes(' '))) || (e.kind === 'name' && acronym && personless(e))) return m.entity;
  }
  return -1;
}

/** The mention follows a preposition of place ("in Raipur"): it names where, not who. */
function afterPlacePreposition(tokens: Tokens, m: Mention): boolean {
  return m.tokStart > 0 && LOCATIVE_PREPOSITIONS.has(tokens.lower(m.tokStart - 1));
}
