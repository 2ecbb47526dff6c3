// "The delay dragged on until Mr. Lund was called in to explain it." ¶ "He said …": when a
// sentence's own subject is no person, the person who is the subject of one of its clauses is
// the one a reader keeps in mind for the next "he" or "she".
import { notOnePerson, type Entity } from './coreference';
import { subjectStart } from './cueChoice';
import type { Cue } from './cues';
import { CLAUSE_START_SUBORDINATORS, COORDINATORS, IRREGULAR_PASTS, PERSON_ROLE_NOUNS, PERSON_ROLE_PLURALS, PREPOSITIONS, QUESTION_CUES, TITLE_WORDS } from './lexicon';
import { participleShape, verbLike, type MentionIndex } from './nounPhrases';
import { mentionRef, type Ref } from './refs';
import { BREAK, QUOTE, Tokens } from './tokens';

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers']);

/** The first named person in [from, to) followed by a verb and not the object of a preposition. */
export function clauseSubjectPerson(tokens: Tokens, index: MentionIndex, entities: Entity[], from: number, to: number): Ref | null {
  // "… her first vote in years, and she doubts Lund will …": a "she" already
  // keeps its person in mind.
  for (let k = from; k < to; k++) if (tokens.isWord(k) && PERSONAL.has(tokens.lower(k))) return null;
  const { mentions } = index;
  // "Berg's promise to stay calm was soon forgotten.": a sentence about what a person did.
  const owner = openingPossessor(tokens, index, entities, from, to);
  if (owner) return owner;
  for (let i = index.firstAtOrAfter(from); i < mentions.length && mentions[i].tokStart < to; i++) {
    const m = mentions[i];
    if (m.tokEnd >= to || m.entity < 0 || m.possessive || (m.kind !== 'person' && m.kind !== 'name')) continue;
    const e = entities[m.entity];
    if (!e.named || notOnePerson(e)) continue;
    if (m.tokStart > from && tokens.isWord(m.tokStart - 1) && PREPOSITIONS.has(tokens.lower(m.tokStart - 1))) continue;
    if (verbLike(tokens, m.tokEnd) || (tokens.isLowerWord(m.tokEnd) && IRREGULAR_PASTS.has(tokens.lower(m.tokEnd))) || invertedSubject(tokens, m.tokStart, from)) return mentionRef(m);
  }
  return null;
}

/**
 * "Near the door was Ola Berg, a ferry pilot.", "Among them was Berg.": in a sentence
 * with no person as subject, a name right after "was" or "is" is the subject, put last.
 */
function invertedSubject(tokens: Tokens, k: number, from: number): boolean {
  const w = k > from && tokens.isWord(k - 1) ? tokens.lower(k - 1) : '';
  return w === 'was' || w === 'is';
}

/**
 * "As for Trump, he said …": the person a sentence opens by naming as its topic, else null.
 * `holder` is the sentence's view holder ("To Holm, …", from uncued.viewHolder), or -1.
 */
export function topicPerson(tokens: Tokens, index: MentionIndex, entities: Entity[], from: number, to: number, holder: number): Ref | null {
  let k = from;
  while (k < to && !tokens.isWord(k)) k++;
  if (k + 2 >= to || tokens.lower(k) !== 'as' || tokens.lower(k + 1) !== 'for') {
    // "To Holm, the ruling came too late. "…," she said": the holder of the view is the
    // person in mind, whoever the grammatical subject is.
    const e = holder >= 0 ? index.mentions[holder].entity : -1;
    return e >= 0 && entities[e].named ? mentionRef(index.mentions[holder]) : null;
  }
  const i = index.startingAt(k + 2);
  if (i < 0) return null;
  const m = index.mentions[i];
  if (m.tokStart !== k + 2 || m.entity < 0 || m.possessive || !tokens.isPunct(m.tokEnd, ',') || !entities[m.entity].named) return null;
  return mentionRef(m);
}

/** Words a sentence may open with before its fronted clause: "And when …", "Later, when …". */
const CLAUSE_LEAD_IN = 2;
/** How far (tokens) the fronted clause may run before its comma. */
const FRONTED_CLAUSE_REACH = 40;

/**
 * "When I emailed Ola Berg about it, he replied …", "After reporters asked Berg, he said":
 * a clause opening the sentence brings the person it names to mind, so the "he" of the main
 * clause means them rather than the last subject. Not a clause without a subject of its own
 * ("After meeting Berg, he said", "When asked by Berg, he said": the main clause's subject
 * met or was asked), not an agent ("When the bill was signed by Berg"), and not a clause
 * that has a pronoun before the name ("When he called Berg, he said": the earlier person is
 * still in mind).
 */
export function frontedClausePerson(tokens: Tokens, index: MentionIndex, entities: Entity[], from: number, to: number): Ref | null {
  let k = tokens.firstWord(from, to);
  for (let n = 0; n < CLAUSE_LEAD_IN && k < to && !CLAUSE_START_SUBORDINATORS.has(tokens.lower(k)); n++) {
    // ("And when …", "Later, when …")
    k = COORDINATORS.has(tokens.lower(k)) ? k + 1 : tokens.isPunct(k + 1, ',') ? k + 2 : to;
  }
  if (k + 1 >= to || !tokens.isWord(k) || !CLAUSE_START_SUBORDINATORS.has(tokens.lower(k))) return null;
  if (participleShape(tokens, k + 1)) return null;
  const end = Math.min(to, k + FRONTED_CLAUSE_REACH);
  const { mentions } = index;
  let i = index.firstAtOrAfter(k + 1);
  for (let t = k + 1; t < end; t++) {
    if (tokens.isPunct(t, ',') || tokens.kind[t] === QUOTE || tokens.kind[t] === BREAK) return null;
    if (tokens.isWord(t) && PERSONAL.has(tokens.lower(t))) return null;
    while (i < mentions.length && mentions[i].tokStart < t) i++;
    if (i >= mentions.length || mentions[i].tokStart !== t) continue;
    const m = mentions[i++];
    t = m.tokEnd - 1;
    if (m.entity < 0 || m.possessive || (m.kind !== 'person' && m.kind !== 'name')) continue;
    // ("by Berg": the agent; "the Berg case", "the South China Sea": no person.)
    const before = tokens.lower(m.tokStart - 1);
    if (before === 'by' || before === 'the' || (m.tokStart - 1 > k && tokens.isCap(m.tokStart - 1) && !TITLE_WORDS.has(before))) continue;
    const e = entities[m.entity];
    if (!e.named || notOnePerson(e)) continue;
    // The clause must end (at a comma) for the main clause to follow it.
    for (let c = m.tokEnd; c < end; c++) if (tokens.isPunct(c, ',')) return mentionRef(m);
    return null;
  }
  return null;
}

/** The named person whose possessive opens the sentence ("Berg's promise …"), else null. */
function openingPossessor(tokens: Tokens, index: MentionIndex, entities: Entity[], from: number, to: number): Ref | null {
  let first = tokens.firstWord(from, to);
  // ("Indeed, Berg's goal is …": an adverb set off by a comma comes first.)
  if (first + 2 < to && tokens.isPunct(first + 1, ',') && index.startingAt(first) < 0) first += 2;
  const opening = first < to ? index.startingAt(first) : -1;
  const owner = opening >= 0 ? index.mentions[opening] : null;
  if (owner?.possessive && (owner.kind === 'person' || owner.kind === 'name') && owner.entity >= 0 && entities[owner.entity].named && !notOnePerson(entities[owner.entity])) return mentionRef(owner);
  return null;
}

/**
 * "Dahl's next step is not known, but she said …", "Going by Berg's budget, as he says …": the
 * first person a sentence names, before its "he" or "she", named as the owner of a thing
 * keeps that person in mind for the pronoun. Not a person the possessive names ("Dahl's
 * spokeswoman said she …": the spokeswoman is "she"), and not after a person named plainly.
 */
export function possessorTopic(tokens: Tokens, index: MentionIndex, entities: Entity[], from: number, to: number): Ref | null {
  // Only the sentence's first person or name can be the topic: find it among the mentions
  // first, so a sentence naming nobody is not read word by word.
  const i = firstPersonMention(index, from, to);
  if (i < 0) return null;
  const m = index.mentions[i];
  // A quotation or a "he"/"she" before the name comes first.
  for (let t = from; t <= m.tokStart; t++) if (tokens.kind[t] === QUOTE || subjectPronoun(tokens, t)) return null;
  if (!m.possessive || m.entity < 0 || !entities[m.entity].named || notOnePerson(entities[m.entity])) return null;
  const head = m.tokEnd;
  if (head >= to || !tokens.isLowerWord(head) || PERSON_ROLE_NOUNS.has(tokens.lower(head)) || PERSON_ROLE_PLURALS.has(tokens.lower(head))) return null;
  for (let k = head; k < to; k++) if (subjectPronoun(tokens, k)) return mentionRef(m);
  return null;
}

/**
 * The first mention of a person or a name starting in [from, to), else -1. Of several mentions
 * starting at one token only the first counts: a reader stepping through the tokens meets it first.
 */
function firstPersonMention(index: MentionIndex, from: number, to: number): number {
  const { mentions } = index;
  let previousStart = -1;
  for (let i = index.firstAtOrAfter(from); i < mentions.length && mentions[i].tokStart < to; i++) {
    const m = mentions[i];
    if (m.tokStart === previousStart) continue;
    previousStart = m.tokStart;
    if (m.kind === 'person' || m.kind === 'name') return i;
  }
  return -1;
}

function subjectPronoun(tokens: Tokens, k: number): boolean {
  if (!tokens.isWord(k)) return false;
  const w = tokens.lower(k);
  return w === 'he' || w === 'she';
}

/**
 * "He noted that Berg himself has admitted the budget is short. "…," he said": the speaker of a
 * sentence (its first cue's subject) stays in mind above the people whose words it reports
 * (a later cue's subject); not an asker, whom the one asked answers next ("Lund asked Berg
 * which towns he could win"). `last` is the subject of the sentence's last cue.
 */
export function reportingSpeaker(tokens: Tokens, entities: Entity[], first: Cue | null, resolved: ReadonlyMap<Cue, Ref | null>, last: Ref | null, lastCue: Cue | null): Ref | null {
  const ref = first ? resolved.get(first) : null;
  if (!first || !ref || !last || ref.entity === last.entity || !entities[ref.entity].named) return null;
  if (lastCue && lastCue !== first && closesReport(tokens, lastCue)) return null;
  return QUESTION_CUES.has(tokens.lower(first.tok)) ? null : ref;
}

/**
 * "Lifeguards confirmed the sighting at 1:15 p.m., Berg said.": a cue set after a comma at the
 * close of its sentence reports everything before it, so its subject is the sentence's speaker.
 */
function closesReport(tokens: Tokens, cue: Cue): boolean {
  const s = cue.subject;
  if (s.type !== 'mention' && s.type !== 'pronoun' && s.type !== 'nominal') return false;
  const start = Math.min(cue.tok, subjectStart(cue));
  const end = Math.max(cue.tokEnd, s.type === 'pronoun' ? s.tok + 1 : s.tokEnd);
  if (start === 0 || !tokens.isPunct(start - 1, ',')) return false;
  const to = tokens.sentenceStarts[tokens.sentence[cue.tok] + 1];
  for (let k = end; k < to; k++) if (tokens.kind[k] === QUOTE || (tokens.isWord(k) && tokens.lower(k) === 'that')) return false;
  return true;
}
