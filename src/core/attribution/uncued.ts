// Quotes without a cue of their own: a label before a colon ("Ryan: ‘…’"), a quote that
// continues the speaker of the quote or paragraph before it, the subject of the sentence or
// of a paragraph ending in a colon, and a chain of paragraphs sharing one speaker.
import type { Cue } from './cues';
import { isDash } from './dashes';
import { mayNamePerson, type Mention } from './mentions';
import { nounPhraseAfter } from './nounPhraseAfter';
import { nounPhraseBefore } from './nounPhraseBefore';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { isSourceHead } from './sourceHeads';
import type { QuoteSpan } from './quotes';
import type { Ref } from './refs';
import type { Salience } from './salience';
import { coordinated, type SentenceSubject } from './subjects';
import { headlineLead } from './headlineLabels';
import { CLAUSE_START_SUBORDINATORS, COORDINATORS, HONORIFICS, IRREGULAR_PASTS, SPEECH_NOUNS, SUBORDINATORS, THING_HEADS } from './lexicon';
import { set, union } from './lexicon/wordSet';
import { BREAK, F_POSS, PUNCT, QUOTE, Tokens, WORD } from './tokens';

/** A quote's speaker, the cue that names it, and how sure the rule is. */
export interface Attribution {
  ref: Ref | null;
  cue: Cue | null;
  confidence: number;
}

/** The sentence around a quote, as the rules for quotes without a cue see it. */
export interface SentenceView {
  tokens: Tokens;
  index: MentionIndex;
  mentions: Mention[];
  state: Salience;
  /** First token of the sentence. */
  from: number;
  subject: SentenceSubject | null;
  subjectRef: Ref | null;
  /** The last speaker attributed in the current paragraph. */
  paraSpeaker: Ref | null;
  /** The last sentence subject of the current paragraph, when it names someone (not a place). */
  paraSubject: Ref | null;
}

/**
 * No cue and no speaker carried over from a quote before: the sentence's subject, a name
 * before a colon, or the paragraph's speaker, in that order.
 */
export function withoutCue(view: SentenceView, t: number): { ref: Ref; confidence: number } | null {
  const { tokens, index, mentions, state, from, subject, subjectRef, paraSpeaker, paraSubject } = view;
  const holder = viewHolder(tokens, index, from, t);
  if (holder >= 0) {
    // "To Holm, Berg is the "patient" mayor who …": the person the sentence opens with
    // holds the view, so the words are theirs, not the grammatical subject's.
    const ref = state.resolve(index.refOf(holder), tokens.start[t], null);
    if (ref) return { ref, confidence: 0.4 };
  }
  if (subjectRef && subject && subject.tok < t && (subject.ref.type === 'pronoun' || (subject.ref.type === 'mention' && !coordinated(tokens, subject.ref.tokEnd) && !datelineLabel(tokens, mentions, subject.ref, t) && !placeUndergoing(tokens, mentions, subject.ref) && !namesThing(index, subject.ref.mention)))) {
    // "Lund praised his coach as a "truly patient man"": no speech verb, but a fragment
    // inside a sentence about one named subject is that subject's word, weakly. The same
    // holds when the subject is a pronoun standing for them ("He admired the "quiet
    // strength" of the crews"): news prose picks up a person with "he" sentence after sentence.
    return { ref: subjectRef, confidence: 0.4 };
  }
  const opener = clauseOpenerSubject(tokens, index, mentions, from, t);
  if (opener >= 0) {
    // "When Dahl left the podium -- "See you all in May!" -- the hall stood up": the
    // quote belongs to the clause it sits in, whose subject follows "when".
    const ref = state.resolve(index.refOf(opener), tokens.start[t], null);
    if (ref) return { ref, confidence: 0.4 };
  }
  const main = mainSubjectAfter(tokens, index, from, t);
  if (main.type === 'pronoun' || (main.type === 'mention' && isPersonOrName(mentions[main.mention]))) {
    // "After weeks of arguing over who is "ready," Dahl turned on Lund": a
    // clause opening the sentence has the main clause's subject as its own.
    const ref = state.resolve(main, tokens.start[t], null);
    if (ref) return { ref, confidence: 0.4 };
  }
  if (tokens.isPunct(t - 1, ':')) {
    // "…does not surprise pollster Anna Vik: "…"": the person named right
    // before the colon introduces the quote.
    let named = nounPhraseBefore(tokens, index, t - 2, from);
    // "Frank Lind and Jim Berg: "…"": the first of two names leads.
    if (named.type === 'mention' && tokens.isWord(named.tokStart - 1) && tokens.lower(named.tokStart - 1) === 'and') {
      const first = nounPhraseBefore(tokens, index, named.tokStart - 2, from);
      if (first.type === 'mention') named = first;
    }
    const m = named.type === 'mention' ? mentions[named.mention] : null;
    if (m && mayNamePerson(m)) {
      const ref = state.resolve(named, tokens.start[t], null);
      if (ref) return { ref, confidence: 0.5 };
    }
  }
  if (subjectRef && subject && subject.tok < t && tokens.isPunct(t - 1, ':') && !(subject.ref.type === 'mention' && datelineLabel(tokens, mentions, subject.ref, t))) {
    // "She then turned to the crowd: "…"": a colon hands the quote to the sentence's subject.
    return { ref: subjectRef, confidence: 0.6 };
  }
  // Only a subject that names a source by itself: with no speech verb, "The deal is a
  // "pre-agreement"" or "The music seemed to match" credits nobody.
  if (subjectRef && subject?.ref.type === 'nominal' && isSourceHead(tokens.lower(subject.ref.tokEnd - 1)) && subject.tok < t && !coordinated(tokens, subject.ref.tokEnd) && !subordinateBetween(tokens, subject.ref.tokEnd, t)) {
    // "The union wants a "fair deal" for drivers", "The ad accuses her of "lying"": a
    // description or a document as subject owns the fragment, as a name would -- unless the
    // fragment sits in a clause of its own ("The remarks came after the two leaders agreed to
    // meet "soon"").
    return { ref: subjectRef, confidence: 0.4 };
  }
  if (paraSpeaker) {
    // "…, she said. Only a wall can stop what she called "the next flood"": a later quote in
    // the paragraph of a speaker is still theirs.
    return { ref: paraSpeaker, confidence: 0.5 };
  }
  if (paraSubject && !subject && t - from <= 2 && onlyGlue(tokens, from, t)) {
    // "Professor Eva Holm agreed. "Voters are running out of time."": a sentence that is
    // only a quotation, after a sentence about a named person, gives that person's words.
    return { ref: paraSubject, confidence: 0.45 };
  }
  return null;
}

/** How far before a quote a possessor's speech noun may stand: "Berg's repeated claim that "…"". */
const POSSESSOR_REACH = 12;
/** Words between a possessive name and its speech noun: "Berg's latest unsupported claim". */
const POSSESSOR_MODIFIERS = 3;

/**
 * A name in the possessive ahead of a speech noun that leads to the quote ("Moe's
 * attack on "easy money"", "Lund's plea for a "fresh start"") or right before a
 * quote that a speech noun follows ("Dahl's "no new tolls" pledge"); the mention, or -1.
 */
export function speechPossessor(tokens: Tokens, index: MentionIndex, from: number, t: number, nouns: ReadonlySet<string> = SPEECH_NOUNS): number {
  if (t - 1 >= from && tokens.isWord(t + 1) && nouns.has(tokens.lower(t + 1))) {
    const m = possessiveSpeaker(tokens, index, t - 1);
    if (m >= 0) return m;
  }
  let noun = -1;
  for (let k = t - 1; k >= from && k >= t - POSSESSOR_REACH; k--) {
    if (tokens.kind[k] === QUOTE) return -1;
    if (tokens.kind[k] !== WORD) continue;
    if ((tokens.flags[k] & F_POSS) !== 0) return noun >= 0 && noun - k <= POSSESSOR_MODIFIERS + 1 ? possessiveSpeaker(tokens, index, k) : -1;
    // "described Berg's claim as “a toy boat”": words labelling the claim are someone else's.
    if (nouns.has(tokens.lower(k))) noun = tokens.lower(k + 1) === 'as' ? -1 : k;
  }
  return -1;
}

/** The possessive mention ending at token k, when it names someone who can speak. */
export function possessiveSpeaker(tokens: Tokens, index: MentionIndex, k: number): number {
  if ((tokens.flags[k] & F_POSS) === 0) return -1;
  const m = index.endingAt(k);
  return m >= 0 && index.mentions[m].possessive && index.mentions[m].kind !== 'place' ? m : -1;
}

/**
 * Words that open an adverbial at the start of a sentence: a subordinate clause, or a
 * preposition heading a phrase that sets the scene ("Despite the rain, …", "In his speech, …").
 */
const LEADING_OPENERS = union(CLAUSE_START_SUBORDINATORS, set('despite in by upon following'));

/** How far after a quote the comma closing a leading adverbial may stand. */
const ADVERBIAL_TAIL = 15;

/**
 * The sentence opens with an adverbial (`After …,`) that holds the quote: the phrase after
 * the comma that closes it, the main clause's subject.
 */
function mainSubjectAfter(tokens: Tokens, index: MentionIndex, from: number, t: number): SubjectRef {
  const first = openerWord(tokens, from, t);
  if (first >= t || !LEADING_OPENERS.has(tokens.lower(first))) return { type: 'none' };
  const sentence = tokens.sentence[t];
  for (let k = t + 1; k < tokens.count && k <= t + ADVERBIAL_TAIL && tokens.sentence[k] === sentence; k++) {
    if (tokens.kind[k] === QUOTE || tokens.kind[k] === BREAK) break;
    if (!tokens.isPunct(k, ',')) continue;
    let end = k + 1;
    while (end < tokens.count && tokens.sentence[end] === sentence && end - k < 12) end++;
    return nounPhraseAfter(tokens, index, k + 1, end);
  }
  return { type: 'none' };
}

/** The sentence's first word (before the quote at `t`) after a linking conjunction: "But while …", "And in …". */
function openerWord(tokens: Tokens, from: number, t: number): number {
  const first = tokens.firstWord(from, t);
  return tokens.isWord(first + 1) && LINKING.has(tokens.lower(first)) ? first + 1 : first;
}

/** A conjunction linking the sentence to the one before ("But while …"), or "so" ("So when …"). */
const LINKING = union(COORDINATORS, set('so'));

/**
 * "To Holm,", "For Oslo consultant Lund,": a person after a sentence-opening "To" or "For" and
 * before a comma ahead of token `t`; the mention or -1.
 */
export function viewHolder(tokens: Tokens, index: MentionIndex, from: number, t: number): number {
  const to = tokens.firstWord(from, t);
  const opener = to < t ? tokens.text.slice(tokens.start[to], tokens.end[to]) : '';
  if (opener !== 'To' && opener !== 'For') return -1;
  const m = index.personAhead(to + 1, Math.min(t, to + 6), (k) => tokens.isLowerWord(k));
  if (m < 0) return -1;
  const mention = index.mentions[m];
  return tokens.isPunct(mention.tokEnd, ',') && !mention.possessive && mention.tokEnd < t ? m : -1;
}

function isPersonOrName(m: Mention): boolean {
  return m.kind === 'person' || m.kind === 'name';
}

/** "When Berg …", "While Mr. Lund, …, laid out …": a name right after a sentence-opening conjunction, before the quote; the mention or -1. */
function clauseOpenerSubject(tokens: Tokens, index: MentionIndex, mentions: Mention[], from: number, t: number): number {
  const first = openerWord(tokens, from, t);
  if (first + 1 >= t || !CLAUSE_START_SUBORDINATORS.has(tokens.lower(first))) return -1;
  let k = first + 1;
  while (k < t && tokens.isWord(k) && TITLE_LEAD.has(tokens.lower(k).replace('.', ''))) k++;
  const m = index.startingAt(k);
  if (m < 0 || mentions[m].tokEnd > t || mentions[m].possessive || (mentions[m].kind !== 'person' && mentions[m].kind !== 'name')) return -1;
  return m;
}

const TITLE_LEAD = new Set(['the', 'then', 'former', ...HONORIFICS]);

/** How far back from a quote a clause opener is looked for: enough for a sentence, bounded. */
const CLAUSE_REACH = 40;

/** An adverbial clause opens between the subject and the quote. */
function subordinateBetween(tokens: Tokens, from: number, to: number): boolean {
  for (let k = Math.max(from, to - CLAUSE_REACH); k < to; k++) if (tokens.kind[k] === WORD && SUBORDINATORS.has(tokens.lower(k))) return true;
  return false;
}

/** Who spoke, or was spoken about, in the paragraph before the current one. */
export interface ParagraphSpeakers {
  /** The last speaker of the previous paragraph (or its subject when it ended in a colon). */
  previous: Ref | null;
  /** The named subject of the previous paragraph when nobody spoke in it. */
  previousSubject: Ref | null;
}

/** No cue: a quote carries on the speaker of the quote or paragraph before it. */
export function continuation(
  tokens: Tokens, spans: QuoteSpan[], results: Attribution[], quoteTok: Int32Array, q: number, prevQuote: number,
  t: number, sentenceFrom: number, speakers: ParagraphSpeakers, passive: boolean,
): { ref: Ref; confidence: number } | null {
  const { previous: prevParaSpeaker, previousSubject: prevParaSubject } = speakers;
  const prev = prevQuote >= 0 ? results[prevQuote] : null;
  if (spans[q].continues && prev?.ref) return { ref: prev.ref, confidence: 0.85 };
  const para = tokens.paragraph[t];
  const opensSentence = t - sentenceFrom <= 4 && onlyGlue(tokens, sentenceFrom, t);
  if (prev?.ref && tokens.paragraph[quoteTok[prevQuote]] === para) return { ref: prev.ref, confidence: opensSentence ? 0.75 : 0.6 };
  // A paragraph that opens with a quote continues the previous paragraph's speaker.
  let k = t - 1;
  while (k >= 0 && tokens.kind[k] === PUNCT && tokens.paragraph[k] === para) k--;
  const opensParagraph = k < 0 || tokens.paragraph[k] !== para;
  if (opensParagraph && prevParaSpeaker) return { ref: prevParaSpeaker, confidence: 0.65 };
  if (opensParagraph && prevParaSubject && !passive) return { ref: prevParaSubject, confidence: 0.45 };
  // "it was noted that "…"": reported speech with no one named carries on the last speaker.
  if (passive && prevParaSpeaker) return { ref: prevParaSpeaker, confidence: 0.5 };
  return null;
}

/** `NAME: "…"` at the start of a sentence (headlines, transcripts): the name speaks. */
export function labelBefore(tokens: Tokens, index: MentionIndex, state: Salience, from: number, t: number): Ref | null {
  let k = t - 1;
  if (k < from || !tokens.isPunct(k, ':')) return null;
  k--;
  const ref = nounPhraseBefore(tokens, index, k, from);
  if (ref.type !== 'mention' || namesThing(index, ref.mention)) return null;
  const lead = headlineLead(tokens, index, tokens.firstWord(from, t), ref);
  if (lead) return state.resolve(lead, tokens.start[t], null);
  const dash = isDash(tokens, ref.tokStart - 1);
  if (ref.tokStart !== tokens.firstWord(from, t) && !dash) return null;
  return state.resolve(ref, tokens.start[t], null);
}

/** How far into its sentence a label's colon may stand: "Gov. Ada Berg (D-Ore.):". */
const LABEL_REACH = 8;

/**
 * `OK Gov Berg: Lund Is 'Trying To Heal,' 'That Is His Message.'`: a sentence opening with a
 * name and a colon is that person's line, so its quotes without a cue of their own are theirs
 * even when words come between the colon and the quote.
 */
export function openingLabel(tokens: Tokens, index: MentionIndex, state: Salience, from: number, t: number): Ref | null {
  const first = tokens.firstWord(from, t);
  for (let k = first + 1; k < t && k <= first + LABEL_REACH; k++) {
    if (tokens.kind[k] === QUOTE || tokens.kind[k] === BREAK) return null;
    if (!tokens.isPunct(k, ':')) continue;
    const ref = nounPhraseBefore(tokens, index, k - 1, from);
    if (ref.type !== 'mention' || ref.tokStart !== nameStart(tokens, first) || namesThing(index, ref.mention)) return null;
    const lead = headlineLead(tokens, index, first, ref);
    if (lead) return state.resolve(lead, tokens.start[t], null);
    return state.resolve(ref, tokens.start[t], null);
  }
  return null;
}

/**
 * "Harbour Summit: Norland pushes for “open waters”", "Peace Forum: …": a name whose last word
 * names an event, an agreement or a place (lexicon THING_HEADS) heads a section as a label, and
 * as a sentence's subject it owns no fragment; it does not speak.
 */
function namesThing(index: MentionIndex, mention: number): boolean {
  const words = index.mentions[mention].words;
  return THING_HEADS.has(words[words.length - 1]);
}

/** Where a label's name starts: after "Quote from" ("Quote from Berg: “…”"), else at its first word. */
function nameStart(tokens: Tokens, first: number): number {
  const w = tokens.lower(first);
  const by = tokens.isWord(first + 1) ? tokens.lower(first + 1) : '';
  return (w === 'quote' || w === 'quotes') && (by === 'from' || by === 'by') ? first + 2 : first;
}

/** The paragraph before the one starting at token `from` ends with a colon. */
export function endsWithColon(tokens: Tokens, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && tokens.kind[k] === BREAK) k--;
  return tokens.isPunct(k, ':');
}

/**
 * A quote running over several paragraphs often names its speaker only at its last part
 * (`"…\n\n"…," she said`): every part of the chain takes the speaker of its first
 * attributed part.
 */
export function shareAcrossParagraphs(spans: QuoteSpan[], results: Attribution[]): void {
  let first = 0;
  for (let q = 0; q <= spans.length; q++) {
    if (q < spans.length && spans[q].continues) continue;
    // [first, q) is one chain.
    if (q - first > 1) {
      const source = results.slice(first, q).find((r) => r.ref && r.cue);
      if (source) for (let k = first; k < q; k++) if (!results[k].cue) results[k] = { ref: source.ref, cue: null, confidence: Math.min(0.85, source.confidence) };
    }
    first = q;
  }
}

/** How far into its sentence a quote may stand for the sentence to be read as naming nobody before it. */
const NAMELESS_REACH = 40;

/**
 * No person or name other than `speaker` stands in the sentence before the quote at `t`
 * ("Those storms could push farmers into "…"", "Berg and others prefer the term "…""),
 * unlike "Dahl and Lund agreed to meet "soon"", whose people own the words.
 */
export function namesNobodyElse(index: MentionIndex, speaker: Ref, from: number, t: number): boolean {
  if (t - from > NAMELESS_REACH) return false;
  for (let m = index.firstAtOrAfter(from); m < index.mentions.length && index.mentions[m].tokStart < t; m++) {
    const { kind, entity } = index.mentions[m];
    if ((kind === 'person' || kind === 'name') && entity !== speaker.entity) return false;
  }
  return true;
}

/** Only punctuation that may stand between a quotation and its cue. */
export function onlyGlue(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens.kind[k] !== PUNCT) return false;
    const ch = tokens.text[tokens.start[k]];
    // Commas, dashes, and stray marks left by nested quotes (`'old-school,'''`).
    if (!',—–-()\'"’”‘“'.includes(ch)) return false;
  }
  return true;
}

/**
 * `Bergen/01.08.18/NNA: "…"`, `Bergen, 1 August (NNA): "…"`: a place followed by nothing but
 * numbers, capitalised words and punctuation up to the quote is a dateline, not a subject.
 */
function datelineLabel(tokens: Tokens, mentions: Mention[], ref: { mention: number; tokEnd: number }, t: number): boolean {
  if (ref.tokEnd >= t) return false;
  // (A name the lexicon does not know as a place is one when a date follows it.)
  let date = mentions[ref.mention].kind === 'place';
  for (let k = ref.tokEnd; k < t; k++) {
    if (tokens.isLowerWord(k)) return false;
    if (/\d/.test(tokens.text.slice(tokens.start[k], tokens.end[k]))) date = true;
  }
  return date;
}

/**
 * "Rome was chosen as the venue “for technical reasons”", "Oslo was battered by a “once-in-a-century”
 * storm": a place that undergoes the verb (a passive) did not say the fragment.
 */
function placeUndergoing(tokens: Tokens, mentions: Mention[], ref: { mention: number; tokEnd: number }): boolean {
  if (mentions[ref.mention].kind !== 'place') return false;
  const be = ref.tokEnd;
  return tokens.isLowerWord(be) && PASSIVE_BE.has(tokens.lower(be)) && tokens.isLowerWord(be + 1) && (/(?:ed|en)$/.test(tokens.lower(be + 1)) || IRREGULAR_PASTS.has(tokens.lower(be + 1)));
}

const PASSIVE_BE = set('was were is are been');
