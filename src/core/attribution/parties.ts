// Which party "the party" means when no named body has "party" in its name ("The ANC is not
// saying much. "…," the party said"). Read by descriptions.ts, as companies.ts is for "the company".
import type { Entity } from './coreference';
import { set } from './lexicon/wordSet';
import type { MentionIndex } from './nounPhrases';

/** How far back (tokens) "the party" looks for the party it stands for. */
const PARTY_REACH = 400;

/** Words that make a body's name a political party's: "African National Congress", "New Politics Alliance". */
const PARTY_NAME_WORDS = set('party congress alliance front movement league');

/** The party named last within reach before token `tok` ("the ANC", "the Social Democratic Party"), or -1. */
export function lastParty(index: MentionIndex, entities: Entity[], tok: number): number {
  const { mentions } = index;
  for (let i = index.firstAtOrAfter(tok) - 1; i >= 0 && tok - mentions[i].tokStart <= PARTY_REACH; i--) {
    const m = mentions[i];
    if (m.entity < 0 || (m.kind !== 'organization' && m.kind !== 'name')) continue;
    const e = entities[m.entity];
    if (e.named && (e.kind === 'organization' || e.kind === 'name') && partyName(e.name)) return m.entity;
  }
  return -1;
}

/**
 * A name "the party" may stand for: one with a party word, or a body known by its letters
 * ("the ANC", "NPAD lawmakers"), which stories about parties use for the party itself.
 */
function partyName(name: string): boolean {
  if (/^[A-Z]{2,5}$/.test(name)) return true;
  for (const w of name.toLowerCase().split(' ')) if (PARTY_NAME_WORDS.has(w)) return true;
  return false;
}
