// Noun phrases around a cue, the pieces both walks share: what a phrase can name (a mention,
// a pronoun, a relative pronoun, or a role or description: "the spokesman", "one Latino
// conservative"), the mention lookup, and which words may sit inside a phrase. The walks
// themselves are nounPhraseBefore.ts (back from the verb) and nounPhraseAfter.ts (forward
// after it).
import type { Mention } from './mentions';
import { AUTHORED_SOURCES, AUXILIARIES, CUE_FORMS, FUNCTION_WORDS, ISSUING_VERBS, LY_NOUNS, NATIONALITIES, ORG_ROLE_NOUNS, PARTY_EPITHETS, PERSON_ROLE_NOUNS, PERSON_ROLE_PLURALS, PREPOSITIONS, ROLE_MODIFIERS, SOURCE_NOUNS, TITLE_WORDS, VERB_GAP } from './lexicon';
import { union } from './lexicon/wordSet';
import { isAgeNoun, isSourceHead, personLike } from './sourceHeads';
import { F_CAP, QUOTE, Tokens, WORD } from './tokens';

export type SubjectRef =
  | { type: 'mention'; mention: number; tokStart: number; tokEnd: number }
  | { type: 'pronoun'; tok: number; refers: 'person' | 'organization' | 'group' }
  | { type: 'relative'; tok: number; mention: number }
  | { type: 'nominal'; tokStart: number; tokEnd: number; head: string; definite: boolean; person: boolean; named: number }
  | { type: 'clause' } // a participle or coordinated verb: the clause's subject speaks
  | { type: 'none' };

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Determiners that open a description: "the designer", "one Latino conservative", "a source". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'another', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'each', 'every', 'both', 'other', 'most', 'few']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'four', 'five', 'many', 'other', 'most', 'few', 'both']);
/** The most tokens a walk reads as one phrase. */
export const MAX_NP = 10;
/** Words a description may have between its determiner and its head noun. */
export const MAX_MODIFIERS = 4;

/** Mention lookup by the token that ends its name part. */
export class MentionIndex {
  /** The mention ending at each token (the last one when several do), by token: a plain array, cheaper than a map. */
  private byEnd: number[] = [];
  constructor(readonly mentions: Mention[]) {
    mentions.forEach((m, i) => { this.byEnd[m.tokEnd - 1] = i; });
  }
  /** The mention whose name part ends at token `tok`, or -1. */
  endingAt(tok: number): number {
    return this.byEnd[tok] ?? -1;
  }
  /** The mention whose name part starts at token `tok`, or -1 (mentions are in text order). */
  startingAt(tok: number): number {
    const lo = this.firstAtOrAfter(tok);
    return lo < this.mentions.length && this.mentions[lo].tokStart === tok ? lo : -1;
  }
  /** The index of the first mention starting at token `tok` or later (mentions.length if none). */
  firstAtOrAfter(tok: number): number {
    const { mentions } = this;
    let lo = 0, hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].tokStart < tok) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  /**
   * The first person or name mention starting in [from, limit), reached over organisation and
   * place mentions ("Oregon consultant Lund", "Democratic National Committee Chairman Ed Lund")
   * and the tokens `between` accepts; -1 when another token comes first.
   */
  personAhead(from: number, limit: number, between: (k: number) => boolean): number {
    for (let k = from; k < limit; k++) {
      const m = this.startingAt(k);
      if (m < 0) {
        if (!between(k)) return -1;
        continue;
      }
      const { kind, tokEnd } = this.mentions[m];
      if (kind === 'person' || kind === 'name') return m;
      k = tokEnd - 1;
    }
    return -1;
  }
  /** The phrase that is exactly mention `m`'s name part. */
  refOf(m: number): SubjectRef {
    return { type: 'mention', mention: m, tokStart: this.mentions[m].tokStart, tokEnd: this.mentions[m].tokEnd };
  }
}

/**
 * Role nouns (singular and plural), organisation and source nouns and role modifiers: the
 * lower-case words of a role phrase, in one list. The phrase walks ask for nearly every word
 * they pass: one lookup, not five.
 */
export const ROLE_PHRASE_WORDS = union(PERSON_ROLE_NOUNS, PERSON_ROLE_PLURALS, ORG_ROLE_NOUNS, SOURCE_NOUNS, ROLE_MODIFIERS);

/** A capitalized word, or a lower-case one the lexicon knows as a role, source, modifier or nationality. */
export function isNpWord(tokens: Tokens, k: number): boolean {
  if (tokens.kind[k] !== WORD) return false;
  if ((tokens.flags[k] & F_CAP) !== 0) return true;
  return NP_WORDS.has(tokens.lower(k));
}

/** Role phrase words and nationalities (isNpWord): one lookup, not two. */
const NP_WORDS = union(ROLE_PHRASE_WORDS, NATIONALITIES);

/** Function words, verb gaps, prepositions and forms of "be": never a description's word (one lookup, not four). */
const NOT_PLAIN = union(FUNCTION_WORDS, VERB_GAP, PREPOSITIONS, BE);

/** A lower-case word that could head or modify a description ("designer", "longtime"). */
export function isPlainWord(tokens: Tokens, k: number): boolean {
  if (tokens.kind[k] !== WORD) return false;
  const w = tokens.lower(k);
  const cue = CUE_FORMS.get(w);
  return !NOT_PLAIN.has(w) && (cue === undefined || cue === 'base');
}

/** Capitalised title words that may stand between a preposition and a name: "of Turkish Foreign Minister Ola Berg". */
const TITLE_RUN = 4;

/**
 * The token before the run of capitalised title words (at most four) that leads up to the
 * name starting at `start`: the "of" of "reports of Foreign Minister Ola Berg". Never below `floor`.
 */
export function beforeTitle(tokens: Tokens, start: number, floor: number): number {
  let k = start - 1;
  while (k > floor && start - 1 - k < TITLE_RUN && tokens.isCap(k)) k--;
  return k;
}

/** A lower-case word shaped like a participle: "asked", "meeting", "obtained" (not "led", "sing"). */
export function participleShape(tokens: Tokens, k: number): boolean {
  if (!tokens.isLowerWord(k)) return false;
  const w = tokens.lower(k);
  return w.length > 4 && (w.endsWith('ed') || w.endsWith('ing'));
}

/** An adverb in -ly of five letters or more ("privately", "loudly"), not a noun spelled so ("family"). */
export function lyAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !PERSON_ROLE_NOUNS.has(w) && !LY_NOUNS.has(w);
}

/**
 * Plurals that name offices and their business ("the external affairs authority", "the armed
 * forces", "the human rights group"), read as nouns, never as verbs in -s.
 */
const OFFICE_PLURALS = new Set(['affairs', 'news', 'arms', 'sales', 'sports', 'customs', 'rights', 'relations', 'operations', 'services', 'communications', 'forces', 'headquarters']);

/** A lower-case word that can only be a verb here: an auxiliary, a speech verb, an -ed or -s form. */
export function verbLike(tokens: Tokens, k: number): boolean {
  if (!tokens.isLowerWord(k)) return false;
  const w = tokens.lower(k);
  if (AUXILIARIES.has(w) || CUE_FORMS.get(w) === 'finite') return true;
  return w.length > 3 && (w.endsWith('ed') || (w.endsWith('s') && !/(?:ss|us|is|ics)$/.test(w) && !OFFICE_PLURALS.has(w))) && !FUNCTION_WORDS.has(w);
}

/**
 * "fans that throw bottles at referees", "saying that finding parking is", "the fact that
 * Mr. Lind's bill": "that" after a noun or a verb opens a clause; it is a determiner only
 * after a preposition or at the start of a clause ("At that point", "That reporter said").
 */
export function clauseThat(tokens: Tokens, k: number): boolean {
  return tokens.lower(k) === 'that' && tokens.isWord(k - 1) && !PREPOSITIONS.has(tokens.lower(k - 1));
}

/**
 * "The laws require …", "the two leaders agreed": a lower-case plural at `k` followed by a
 * word that reads as its verb ends the noun phrase -- the two are a subject and its verb,
 * not a modifier and its head. A word that can head a source keeps them one phrase ("the
 * sales manager", "the parks department"), and a function word or preposition is no verb.
 */
export function pluralEndsPhrase(tokens: Tokens, k: number): boolean {
  if (!tokens.isLowerWord(k) || !tokens.isLowerWord(k + 1)) return false;
  const plural = tokens.lower(k), next = tokens.lower(k + 1);
  if (!/[^s]s$/.test(plural) || FUNCTION_WORDS.has(plural) || next.endsWith('s')) return false;
  return AUXILIARIES.has(next) || (!FUNCTION_WORDS.has(next) && !PREPOSITIONS.has(next) && !isSourceHead(next));
}

/**
 * A description with a determiner and any head noun: "the designer", "one Latino
 * conservative", "This Berg lookalike". The determiner keeps stray words out.
 */
export function description(tokens: Tokens, end: number, floor: number): SubjectRef {
  if (!isPlainWord(tokens, end) || (tokens.flags[end] & F_CAP) !== 0) return { type: 'none' };
  // "A city inspector's report issued this year described": a participle after the head noun
  // opens a shortened relative clause; the head is the noun before it ("the accused" stays).
  if (tokens.lower(end).endsWith('ed') && end - 1 >= floor && isPlainWord(tokens, end - 1) && !DETERMINERS.has(tokens.lower(end - 1))) return description(tokens, end - 1, floor);
  // "The laws require": the phrase ended at "laws"; "require" is its verb, no head.
  if (end - 1 >= floor && pluralEndsPhrase(tokens, end - 1)) return { type: 'none' };
  for (let k = end - 1; k >= floor && k >= end - 1 - MAX_MODIFIERS; k--) {
    if (tokens.kind[k] !== WORD) break;
    const w = tokens.lower(k);
    if (DETERMINERS.has(w)) {
      if (clauseThat(tokens, k)) break;
      const head = tokens.lower(end);
      return { type: 'nominal', tokStart: k, tokEnd: end + 1, head, definite: !INDEFINITE.has(w), person: personLike(head), named: -1 };
    }
    if (!isPlainWord(tokens, k) && !isNpWord(tokens, k)) break;
  }
  return { type: 'none' };
}

/** What a noun phrase [start, end] names: a mention, a role ("the spokesman"), or nothing. */
export function interpretPhrase(tokens: Tokens, index: MentionIndex, start: number, end: number): SubjectRef {
  // The phrase's last word ends a name: that name speaks.
  const last = index.endingAt(end);
  if (last >= 0 && !index.mentions[last].possessive) {
    return { type: 'mention', mention: last, tokStart: Math.min(start, index.mentions[last].tokStart), tokEnd: end + 1 };
  }
  // Otherwise the head noun is a role or a source: "the spokesman", "Russian presidential
  // spokesman", "the Berg administration", "a statement".
  const head = tokens.lower(end);
  const person = PERSON_ROLE_NOUNS.has(head) || PERSON_ROLE_PLURALS.has(head) || (TITLE_WORDS.has(head) && !ORG_ROLE_NOUNS.has(head) && !NATIONALITIES.has(head)) || partyEpithet(tokens, start, end) || isAgeNoun(head);
  // ("Charities say", "rights groups warned": bodies in the plural speak as described.)
  const bodies = !person && pluralOfBody(head);
  const org = ORG_ROLE_NOUNS.has(head) || SOURCE_NOUNS.has(head) || bodies;
  if (!person && !org) return { type: 'none' };
  const first = tokens.lower(start);
  const definite = !INDEFINITE.has(first) && !(person && isPlural(head)) && !bodies;
  let named = -1;
  for (let k = end - 1; k >= start && named < 0; k--) {
    const m = index.endingAt(k);
    if (m >= 0) named = m;
  }
  const key = head === 'secretary' && end > start && tokens.lower(end - 1) === 'press' ? 'press-secretary' : head;
  return { type: 'nominal', tokStart: start, tokEnd: end + 1, head: key, definite, person: person && !org, named };
}

/** "the Oregon Republican": a definite phrase headed by a party word, one person. */
function partyEpithet(tokens: Tokens, start: number, end: number): boolean {
  return start < end && tokens.lower(start) === 'the' && PARTY_EPITHETS.has(tokens.lower(end));
}

/** "charities", "groups": the plural of a body's noun. */
export function pluralOfBody(head: string): boolean {
  if (head.length < 5 || !head.endsWith('s') || head.endsWith('ss') || ORG_ROLE_NOUNS.has(head)) return false;
  return ORG_ROLE_NOUNS.has(head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.slice(0, -1));
}

function isPlural(head: string): boolean {
  // (Not an office's initials: "the CS", a cabinet secretary.)
  return head === 'officials' || head === 'sources' || head === 'residents' || head === 'spokespeople' || (head.length > 2 && head.endsWith('s') && !head.endsWith('ss') && !head.endsWith('us'));
}

/** The token after a subject phrase. */
export function phraseEnd(ref: SubjectRef): number {
  if (ref.type === 'mention' || ref.type === 'nominal') return ref.tokEnd;
  if (ref.type === 'pronoun' || ref.type === 'relative') return ref.tok + 1;
  return -1;
}

/** Longest quotation (characters, marks included) read as a title inside a phrase. */
const MAX_TITLE_QUOTE = 30;

/**
 * `wearing "Ted Cruz" campaign pins`: a short quotation between two words of one phrase
 * names something; it neither ends a clause nor bounds a subject walk.
 */
export function isEmbeddedTitle(tokens: Tokens, k: number): boolean {
  if (tokens.kind[k] !== QUOTE || k === 0 || k + 1 >= tokens.count) return false;
  if (tokens.end[k] - tokens.start[k] > MAX_TITLE_QUOTE || !tokens.isWord(k - 1) || !tokens.isLowerWord(k + 1)) return false;
  const inner = tokens.text.slice(tokens.start[k], tokens.end[k]);
  return !/[.!?,;:]/.test(inner);
}

/** The prepositions that may name a source's author: the ones `authorPreposition` reads. */
export const AUTHOR_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'from', 'of']);

/**
 * "a statement by X", "a memo from X", "the statement of X": the preposition names the author
 * of the source noun right before it ("of" only for what has an author, not "a poll of voters").
 */
export function authorPreposition(preposition: string, source: string): boolean {
  if (preposition === 'by' || preposition === 'from') return SOURCE_NOUNS.has(source);
  return preposition === 'of' && AUTHORED_SOURCES.has(source);
}

/** "issued by", "released by": an issuing participle at `verb` and "by" after it, whose agent put out the source before it. */
export function issuedByAt(tokens: Tokens, verb: number): boolean {
  return ISSUING_VERBS.has(tokens.lower(verb)) && tokens.isWord(verb + 1) && tokens.lower(verb + 1) === 'by';
}
