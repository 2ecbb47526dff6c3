// "The rancor is so blatant that Mr. Trump was asked about it." ¶ "He said …": when a
// sentence's own subject is no person, the person who is the subject of one of its clauses is
// the one a reader keeps in mind for the next "he" or "she".
import { isGroup, type Entity } from './coreference';
import { PREPOSITIONS } from './lexicon';
import { verbLike, type MentionIndex } from './nounPhrases';
import { mentionRef, type Ref } from './salience';
import { Tokens } from './tokens';

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers']);

/** The first named person in [from, to) followed by a verb and not the object of a preposition. */
export function clauseSubjectPerson(tokens: Tokens, index: MentionIndex, entities: Entity[], from: number, to: number): Ref | null {
  // "… the first time she had been involved, and she doubts Clinton can …": a "she" already
  // keeps its person in mind.
  for (let k = from; k < to; k++) if (tokens.isWord(k) && PERSONAL.has(tokens.lower(k))) return null;
  const { mentions } = index;
  // "Berg's promise to stay calm was soon forgotten.": a sentence about what a person did.
  const first = tokens.firstWord(from, to);
  const opening = first < to ? index.startingAt(first) : -1;
  const owner = opening >= 0 ? mentions[opening] : null;
  if (owner?.possessive && (owner.kind === 'person' || owner.kind === 'name') && owner.entity >= 0 && entities[owner.entity].named && !isGroup(entities[owner.entity])) return mentionRef(owner);
  for (let i = index.firstAtOrAfter(from); i < mentions.length && mentions[i].tokStart < to; i++) {
    const m = mentions[i];
    if (m.tokEnd >= to || m.entity < 0 || m.possessive || (m.kind !== 'person' && m.kind !== 'name')) continue;
    const e = entities[m.entity];
    if (!e.named || isGroup(e)) continue;
    if (m.tokStart > from && tokens.isWord(m.tokStart - 1) && PREPOSITIONS.has(tokens.lower(m.tokStart - 1))) continue;
    if (verbLike(tokens, m.tokEnd)) return mentionRef(m);
  }
  return null;
}

/** "As for Trump, he said …": the person a sentence opens by naming as its topic, else null. */
export function topicPerson(tokens: Tokens, index: MentionIndex, entities: Entity[], from: number, to: number): Ref | null {
  let k = from;
  while (k < to && !tokens.isWord(k)) k++;
  if (k + 2 >= to || tokens.lower(k) !== 'as' || tokens.lower(k + 1) !== 'for') return null;
  const i = index.startingAt(k + 2);
  if (i < 0) return null;
  const m = index.mentions[i];
  if (m.tokStart !== k + 2 || m.entity < 0 || m.possessive || !tokens.isPunct(m.tokEnd, ',') || !entities[m.entity].named) return null;
  return mentionRef(m);
}
