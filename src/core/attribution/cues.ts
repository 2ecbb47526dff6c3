// Speech cues ("said", "told", "according to", ...) in the frame text, and the noun phrase
// that does the speaking: before the verb ("Kremlin spokesman Dmitry Peskov told"), after it
// ("said Peskov", "according to the ministry"), a pronoun ("he added"), a role or a
// description ("the spokesman stressed", "one Latino conservative has dubbed"), or nothing (a
// passive: "it was noted that"). Every walk is bounded to a few tokens inside the sentence.
import type { Mention } from './entities';
import {
  BASE_CUES, CUE_FORMS, EVALUATIVE_CUES, FUNCTION_WORDS, NATIONALITIES, ORG_ROLE_NOUNS, PARTICLE_CUES,
  PERSON_ROLE_NOUNS, PRONOUNS, PREPOSITIONS, ROLE_MODIFIERS, SOURCE_NOUNS, TITLE_WORDS, VERB_GAP, WEAK_CUES,
} from './lexicon';
import { BREAK, F_CAP, F_POSS, PUNCT, QUOTE, Tokens, WORD } from './tokens';

export type CueForm = 'finite' | 'participle' | 'according' | 'base';

export interface Cue {
  /** Token range of the cue words ("according to" is two). */
  tok: number;
  tokEnd: number;
  /** Lower-case cue as written: "said", "tweets", "according to", "pointed out". */
  text: string;
  form: CueForm;
  passive: boolean;
  subject: SubjectRef;
}

export type SubjectRef =
  | { type: 'mention'; mention: number; tokStart: number; tokEnd: number }
  | { type: 'pronoun'; tok: number; refers: 'person' | 'organization' | 'group' }
  | { type: 'relative'; tok: number; mention: number }
  | { type: 'nominal'; tokStart: number; tokEnd: number; head: string; definite: boolean; person: boolean; named: number }
  | { type: 'clause' } // a participle or coordinated verb: the clause's subject speaks
  | { type: 'none' };

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'must', 'did', 'does', 'do', 'to']);
/** Words before a verb-looking word that make it a noun: "his remarks", "the reports". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'whose', 'every', 'each', 'no', 'any', 'some', 'such', 'two', 'three', 'several', 'many', 'new', 'latest', 'recent', 'first', 'last', 'earlier', 'previous', 'other', 'further', 'more', 'written', 'joint', 'brief', 'short', 'long', 'own']);
/** Determiners that open a description: "the designer", "one Latino conservative", "a source". */
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'another', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'each', 'every', 'both', 'other', 'most', 'few']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'four', 'five', 'many', 'other', 'most', 'few', 'both']);
/** How many tokens a weak cue ("hoped", "denied") may stand before the quote it introduces. */
const WEAK_REACH = 6;
/** How far an evaluative cue ("called … "a disaster"") may stand before its quote. */
const EVALUATIVE_REACH = 60;
const MAX_NP = 10;
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_NOUNS = new Set(['past', 'meantime', 'meanwhile', 'end', 'interview', 'statement', 'letter', 'morning', 'evening', 'afternoon', 'night']);
/** Words a description may have between its determiner and its head noun. */
const MAX_MODIFIERS = 4;

export const AUXILIARIES = new Set(['was', 'is', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'did', 'does', 'do', 'were', 'are', 'must']);

/** A lower-case word that can only be a verb here: an auxiliary, a speech verb, an -ed or -s form. */
export function verbLike(tokens: Tokens, k: number): boolean {
  if (!tokens.isLowerWord(k)) return false;
  const w = tokens.lower(k);
  if (AUXILIARIES.has(w) || CUE_FORMS.get(w) === 'finite') return true;
  return w.length > 3 && (w.endsWith('ed') || (w.endsWith('s') && !/(?:ss|us|is|ics)$/.test(w))) && !FUNCTION_WORDS.has(w);
}

/** Mention lookup by the token that ends its name part. */
export class MentionIndex {
  private byEnd = new Map<number, number>();
  constructor(readonly mentions: Mention[]) {
    mentions.forEach((m, i) => this.byEnd.set(m.tokEnd - 1, i));
  }
  endingAt(tok: number): number {
    return this.byEnd.get(tok) ?? -1;
  }
}

/** Every cue in sentence `s`, in order, with its subject phrase. */
export function findCues(tokens: Tokens, index: MentionIndex, s: number): Cue[] {
  const from = tokens.sentenceStarts[s];
  const to = tokens.sentenceStarts[s + 1];
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    if (tokens.kind[i] !== WORD) continue;
    const w = tokens.lower(i);
    // Cue words are lower-case, except a sentence-opening "According to".
    if ((tokens.flags[i] & F_CAP) !== 0 && w !== 'according' && w !== 'in') continue;
    const phrase = phraseCue(tokens, i, to);
    if (!phrase && (tokens.flags[i] & F_CAP) !== 0) continue;
    if (phrase) {
      cues.push({ tok: i, tokEnd: i + phrase, text: phrase === 2 ? 'according to' : 'in the words of', form: 'according', passive: false, subject: nounPhraseAfter(tokens, index, i + phrase, to) });
      i += phrase - 1;
      continue;
    }
    const form = CUE_FORMS.get(w);
    if (!form) continue;
    let tokEnd = i + 1;
    let text = w;
    const particle = PARTICLE_CUES.get(w);
    if (particle) {
      if (!(tokens.isWord(i + 1) && tokens.lower(i + 1) === particle)) continue;
      tokEnd = i + 2;
      text = `${w} ${particle}`;
    }
    if (!isVerbUse(tokens, i, from, form)) continue;
    const cue: Cue = { tok: i, tokEnd, text, form, passive: false, subject: { type: 'none' } };
    const floor = clauseFloor(tokens, i, from);
    const before = skipGap(tokens, i - 1, floor);
    const afterBe = before >= floor && tokens.kind[before] === WORD && BE.has(tokens.lower(before));
    if (form === 'finite' && afterBe && !w.endsWith('s')) {
      // "it was noted that", "he was told": nobody named speaks -- unless an agent follows
      // ("labeled as a "witch hunt" by Democrats").
      cue.passive = true;
      const agent = passiveAgent(tokens, index, tokEnd, to);
      if (agent.type !== 'none') {
        cue.passive = false;
        cue.subject = agent;
      }
    } else if (form === 'participle' && afterBe) {
      // "Peskov was saying": a progressive, the subject stands before "was".
      cue.subject = nounPhraseBefore(tokens, index, skipGap(tokens, before - 1, floor), floor);
    } else if (form === 'participle') {
      cue.subject = participleSubject(tokens, index, i, floor);
    } else if (form === 'base') {
      const modal = before >= floor && tokens.kind[before] === WORD && MODALS.has(tokens.lower(before));
      cue.subject = before < floor ? { type: 'none' } : nounPhraseBefore(tokens, index, modal ? skipGap(tokens, before - 1, floor) : before, floor);
    } else {
      // "…, said Steve Elmendorf, deputy …": after a comma or a quote, a name or role that
      // ends its clause right after the verb is the subject (not "said the talks were …").
      const afterQuote = before >= floor && (tokens.kind[before] === QUOTE || (tokens.isPunct(before, ',') && tokens.kind[before - 1] === QUOTE));
      const inverted = (INVERTIBLE.has(w) || afterQuote) && invertedPosition(tokens, before, floor) ? nounPhraseAfter(tokens, index, tokEnd, to) : { type: 'none' as const };
      const closesClause = inverted.type !== 'none' && endsClause(tokens, phraseEnd(inverted), to);
      cue.subject = closesClause ? inverted : nounPhraseBefore(tokens, index, before, floor);
      if (cue.subject.type === 'none' && inverted.type !== 'none') cue.subject = inverted;
      if (cue.subject.type === 'none' && before >= floor && tokens.kind[before] === WORD && tokens.lower(before) === 'and') cue.subject = { type: 'clause' };
    }
    // "a class called "Perception"", "called off the deal": naming or a phrasal verb, not speech.
    if (NAMING.has(w) && (tokens.kind[tokEnd] === QUOTE || PHRASAL.has(tokens.isWord(tokEnd) ? tokens.lower(tokEnd) : ''))) continue;
    // Verbs that only sometimes report speech need a quotation or a that-clause close by.
    if (WEAK_CUES.has(w) && !introducesSpeech(tokens, tokEnd, to, WEAK_REACH) && !followsQuote(tokens, cue)) continue;
    if (EVALUATIVE_CUES.has(w) && !introducesSpeech(tokens, tokEnd, to, EVALUATIVE_REACH) && !followsQuote(tokens, cue)) continue;
    cues.push(cue);
    i = tokEnd - 1;
  }
  return cues;
}

const NAMING = new Set(['called', 'dubbed', 'named', 'labeled', 'labelled', 'termed', 'titled', 'branded', 'known']);
const PHRASAL = new Set(['off', 'up', 'in', 'back', 'out', 'for']);

/** The agent of a passive cue: "by X" within a few tokens (a quotation may come between). */
function passiveAgent(tokens: Tokens, index: MentionIndex, from: number, to: number): SubjectRef {
  for (let k = from; k < to && k < from + 8; k++) {
    if (tokens.kind[k] === PUNCT && tokens.text[tokens.start[k]] !== ',') break;
    if (tokens.isWord(k) && tokens.lower(k) === 'by') {
      const agent = nounPhraseAfter(tokens, index, k + 1, to);
      return agent.type === 'mention' || agent.type === 'nominal' ? agent : { type: 'none' };
    }
  }
  return { type: 'none' };
}

/** "according to" (2 tokens) and "in the words of" (4 tokens) at token i, else 0. */
function phraseCue(tokens: Tokens, i: number, to: number): number {
  const w = tokens.lower(i);
  if (w === 'according' && i + 1 < to && tokens.isWord(i + 1) && tokens.lower(i + 1) === 'to') return 2;
  if (w === 'in' && i + 3 < to && tokens.isWord(i + 3) && tokens.lower(i + 1) === 'the' && tokens.lower(i + 2) === 'words' && tokens.lower(i + 3) === 'of') return 4;
  return 0;
}

/** Nouns spelled like verbs ("his remarks", "investigative reports") are not cues. */
function isVerbUse(tokens: Tokens, i: number, from: number, form: string): boolean {
  const prevIsWord = i - 1 >= from && tokens.kind[i - 1] === WORD;
  const prev = prevIsWord ? tokens.lower(i - 1) : '';
  if (form === 'base') {
    if (MODALS.has(prev)) return prev !== 'to';
    // "Officials say", "Critics argue", "They insist": a plain subject right before.
    if (!BASE_CUES.has(tokens.lower(i)) || !prevIsWord) return false;
    if (prev === 'they' || prev === 'we' || prev === 'you' || prev === 'i') return true;
    if ((tokens.flags[i - 1] & F_CAP) !== 0) return !FUNCTION_WORDS.has(prev);
    return prev.length > 3 && prev.endsWith('s') && !prev.endsWith('ss') && (PERSON_ROLE_NOUNS.has(prev) || ORG_ROLE_NOUNS.has(prev) || /(?:ers|ors|ists|ans|ents|ants)$/.test(prev));
  }
  if (NOUN_MARKERS.has(prev) && prev !== 'that') return false;
  if (prevIsWord && (tokens.flags[i - 1] & F_POSS) !== 0) return false;
  const w = tokens.lower(i);
  if (form === 'finite' && w.endsWith('s') && prevIsWord) {
    // Third-person forms double as plural nouns: only a subject-like word may precede them.
    if ((tokens.flags[i - 1] & F_CAP) !== 0) return !FUNCTION_WORDS.has(prev) || prev === 'it' || prev === 'he' || prev === 'she';
    const subjectLike = PRONOUNS.has(prev) || prev === 'who' || prev === 'which' || prev === 'that' || PERSON_ROLE_NOUNS.has(prev) ||
      ORG_ROLE_NOUNS.has(prev) || SOURCE_NOUNS.has(prev) || VERB_GAP.has(prev) || (prev.endsWith('ly') && prev.length > 4);
    if (!subjectLike) {
      // "The narrator continues": a description whose head names someone or something that speaks.
      const d = description(tokens, i - 1, Math.max(from, i - 6));
      if (d.type !== 'nominal' || !(d.person || ORG_ROLE_NOUNS.has(d.head) || SOURCE_NOUNS.has(d.head))) return false;
    }
    const next = tokens.isWord(i + 1) ? tokens.lower(i + 1) : '';
    if (next === 'of' || next === 'and' || next === 'were' || next === 'are' || next === 'have') return false;
  }
  return true;
}

/** A that-clause, a colon or a quotation within `reach` tokens after the verb. */
function introducesSpeech(tokens: Tokens, i: number, to: number, reach: number): boolean {
  for (let k = i; k < to && k < i + reach; k++) {
    const kind = tokens.kind[k];
    if (kind === QUOTE) return true;
    if (kind === PUNCT) {
      const ch = tokens.text[tokens.start[k]];
      if (ch === ':') return true;
      if (ch !== ',' && reach <= WEAK_REACH) return false;
    }
    if (kind === WORD && k === i && tokens.lower(k) === 'that') return true;
    // "agreed to meet "soon"": an infinitive, not reported speech.
    if (kind === WORD && reach <= WEAK_REACH && tokens.lower(k) === 'to') return false;
  }
  return false;
}

/** `"…," Bolton charged`: the cue's phrase comes right after a closing quotation mark. */
function followsQuote(tokens: Tokens, cue: Cue): boolean {
  let k = cue.tok;
  const s = cue.subject;
  if ((s.type === 'mention' || s.type === 'nominal') && s.tokStart < k) k = s.tokStart;
  else if (s.type === 'pronoun' && s.tok < k) k = s.tok;
  k--;
  if (tokens.isPunct(k, ',')) k--;
  return k >= 0 && tokens.kind[k] === QUOTE;
}

/** The subject walk stops at the previous quotation or line break inside the sentence. */
function clauseFloor(tokens: Tokens, i: number, from: number): number {
  for (let k = i - 1; k >= from && k >= i - 40; k--) {
    if (tokens.kind[k] === QUOTE || tokens.kind[k] === BREAK) return k + 1;
  }
  return Math.max(from, i - 40);
}

/** Steps back over auxiliaries and adverbs ("has repeatedly", "also"). */
function skipGap(tokens: Tokens, k: number, floor: number): number {
  let steps = 0;
  while (k >= floor && steps < 4 && tokens.kind[k] === WORD) {
    const w = tokens.lower(k);
    if ((tokens.flags[k] & F_CAP) !== 0) {
      // "Priebus later Thursday told", "Trump on Saturday tweeted": a day between subject and verb.
      if (!DAYS.has(w)) break;
      k--;
      if (k >= floor && tokens.isWord(k) && (tokens.lower(k) === 'on' || tokens.lower(k) === 'last' || tokens.lower(k) === 'this')) k--;
      steps++;
      continue;
    }
    // "has in the past described": a short time phrase between the auxiliary and the verb.
    if (k - 2 >= floor && TIME_NOUNS.has(w) && tokens.lower(k - 1) === 'the' && tokens.lower(k - 2) === 'in') { k -= 3; steps++; continue; }
    if (w === 'himself' || w === 'herself' || w === 'itself' || w === 'themselves') { k--; steps++; continue; }
    if (!(VERB_GAP.has(w) || (w.endsWith('ly') && w.length > 4 && !PERSON_ROLE_NOUNS.has(w)))) break;
    k--;
    steps++;
  }
  return k;
}

/** The token after a subject phrase. */
function phraseEnd(ref: SubjectRef): number {
  if (ref.type === 'mention' || ref.type === 'nominal') return ref.tokEnd;
  if (ref.type === 'pronoun' || ref.type === 'relative') return ref.tok + 1;
  return -1;
}

/** Punctuation, the sentence's end or a relative clause follows: the phrase closes its clause. */
function endsClause(tokens: Tokens, k: number, to: number): boolean {
  if (k < 0) return false;
  if (k >= to || tokens.kind[k] === BREAK || tokens.kind[k] === PUNCT) return true;
  const w = tokens.lower(k);
  return w === 'who' || w === 'whose' || w === 'in' || w === 'on' || w === 'at' || w === 'during' || w === 'after' || w === 'before' || w === 'when' || w === 'according' || CALENDAR_WORDS.has(w);
}

/** Verbs that invert after a quote ("said Peskov"); "told CNN", "asked him" take objects instead. */
const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'continued', 'continues', 'explained', 'noted', 'recalled', 'insisted', 'declared', 'stated', 'concluded', 'replied', 'countered', 'cautioned', 'warned', 'predicted', 'observed', 'argued', 'tweeted', 'quipped', 'remarked', 'acknowledged', 'admitted', 'offered', 'opined', 'reported', 'reports', 'announced', 'conceded', 'suggested', 'joked', 'stressed', 'emphasized', 'emphasised', 'claimed', 'complained', 'boasted', 'beamed', 'exclaimed', 'shouted', 'yelled', 'posted', 'asked']);

const CALENDAR_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently', 'earlier', 'later', 'last', 'this']);

/** "…," said Peskov / "…," says the Kremlin: the verb comes first after a comma or a quote. */
function invertedPosition(tokens: Tokens, before: number, floor: number): boolean {
  if (before < floor) return true;
  if (tokens.kind[before] === QUOTE) return true;
  return tokens.kind[before] === PUNCT && (tokens.text[tokens.start[before]] === ',' || tokens.text[tokens.start[before]] === '—');
}

function isNpWord(tokens: Tokens, k: number): boolean {
  if (tokens.kind[k] !== WORD) return false;
  if ((tokens.flags[k] & F_CAP) !== 0) return true;
  const w = tokens.lower(k);
  return PERSON_ROLE_NOUNS.has(w) || ORG_ROLE_NOUNS.has(w) || SOURCE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || NATIONALITIES.has(w);
}

/** A lower-case word that could head or modify a description ("designer", "longtime"). */
function isPlainWord(tokens: Tokens, k: number): boolean {
  if (tokens.kind[k] !== WORD) return false;
  const w = tokens.lower(k);
  const cue = CUE_FORMS.get(w);
  return !FUNCTION_WORDS.has(w) && !VERB_GAP.has(w) && !PREPOSITIONS.has(w) && (cue === undefined || cue === 'base') && !BE.has(w);
}

/** The noun phrase ending at token `end` (inclusive), walking back no further than `floor`. */
export function nounPhraseBefore(tokens: Tokens, index: MentionIndex, end: number, floor: number, depth = 0): SubjectRef {
  // Each step below may look once more further left; a few steps are all real text needs.
  if (end < floor || depth > 3) return { type: 'none' };
  // "Sen. John Cornyn (R-Texas) told": step over a short parenthesis.
  if (tokens.isPunct(end, ')')) {
    let k = end - 1;
    while (k >= floor && k > end - 8 && !tokens.isPunct(k, '(')) k--;
    if (k >= floor && tokens.isPunct(k, '(')) return nounPhraseBefore(tokens, index, k - 1, floor, depth + 1);
    return { type: 'none' };
  }
  // "Peskov, however, stressed" / "Harry Bond, 30, of Raleigh, N.C., who was polled, said":
  // the subject is the first phrase of the comma-separated chain.
  if (tokens.isPunct(end, ',')) return commaChain(tokens, index, end, floor, depth + 1);
  if (tokens.kind[end] !== WORD) return { type: 'none' };
  const w = tokens.lower(end);
  const pronoun = PRONOUNS.get(w);
  if (pronoun && (tokens.flags[end] & F_POSS) === 0) return { type: 'pronoun', tok: end, refers: pronoun };
  if (w === 'who' || w === 'which' || w === 'that') {
    // "Putin, who ...", "a headline that said": the relative pronoun stands for the phrase before.
    const k = tokens.isPunct(end - 1, ',') ? end - 2 : end - 1;
    const mention = index.endingAt(k);
    if (mention >= 0 && !index.mentions[mention].possessive) return { type: 'relative', tok: end, mention };
    if (w === 'that' && !tokens.isWord(k)) return { type: 'none' };
    const before = k >= floor ? nounPhraseBefore(tokens, index, k, floor, depth + 1) : { type: 'none' as const };
    return before.type === 'nominal' ? before : { type: 'none' };
  }
  let k = end;
  while (k >= floor && end - k < MAX_NP && isNpWord(tokens, k)) k--;
  // Include a leading article or possessive determiner: "the ministry", "his spokesman".
  let start = k + 1;
  if (k >= floor && tokens.kind[k] === WORD && DETERMINERS.has(tokens.lower(k))) start = k;
  let ref: SubjectRef = start <= end ? interpretPhrase(tokens, index, start, end) : { type: 'none' };
  if (ref.type === 'none') ref = description(tokens, end, floor);
  else if (ref.type === 'nominal' && !DETERMINERS.has(tokens.lower(ref.tokStart))) {
    // "The weather service": plain modifiers back to a determiner belong to the phrase.
    const wider = description(tokens, end, floor);
    if (wider.type === 'nominal' && wider.tokStart < ref.tokStart) ref = { ...ref, tokStart: wider.tokStart, definite: wider.definite };
  }
  // "Paul Sperry of Counter Jihad said": the phrase was the object of a preposition.
  const p = ref.type === 'nominal' || ref.type === 'mention' ? ref.tokStart - 1 : -1;
  if (p > floor && tokens.kind[p] === WORD && OF_PHRASE.has(tokens.lower(p))) {
    const head = nounPhraseBefore(tokens, index, p - 1, floor, depth + 1);
    if (head.type === 'mention' || head.type === 'nominal') return head;
  }
  return ref;
}

const OF_PHRASE = new Set(['of', 'for', 'at', 'from', 'with']);

/** The subject of `A, B, C, said`: the first of the comma-separated phrases that names someone. */
function commaChain(tokens: Tokens, index: MentionIndex, end: number, floor: number, depth: number): SubjectRef {
  const commas: number[] = [end];
  for (let k = end - 1; k >= floor && k > end - 30 && commas.length < 6; k--) {
    if (tokens.kind[k] === QUOTE && tokens.isPunct(k + 1, ',') && tokens.isPunct(k - 1, ',')) continue; // `, "The Apprentice,"`
    if (tokens.kind[k] === QUOTE) break;
    if (tokens.isPunct(k, ',')) commas.push(k);
  }
  if (commas.length < 2 && !(commas[0] - 1 >= floor)) return { type: 'none' };
  // Segments from the left: [floor or after the leftmost comma's predecessor, comma).
  let fallback: SubjectRef = { type: 'none' };
  let left = commas.length >= 2 ? Math.max(floor, leftBoundary(tokens, commas[commas.length - 1], floor)) : floor;
  for (let c = commas.length - 1; c >= 0; c--) {
    const segEnd = commas[c] - 1;
    if (segEnd >= left) {
      const ref = nounPhraseBefore(tokens, index, segEnd, left, depth);
      // Only a segment that is a noun phrase from its first word ("Jay DiPietro"), not one that
      // merely ends in a name ("At Boca West", "where it costs … Trump").
      const whole = ref.type === 'pronoun' ? ref.tok === left : (ref.type === 'mention' || ref.type === 'nominal') && onlyModifiers(tokens, left, ref.tokStart);
      if (whole && (ref.type === 'pronoun' || (ref.type === 'mention' && index.mentions[ref.mention].kind !== 'place'))) return ref;
      if (fallback.type === 'none' && ref.type !== 'none' && whole) fallback = ref;
    }
    left = commas[c] + 1;
  }
  return fallback;
}

/** Tokens [from, to) could all modify a name ("Former House speaker"): no verb, preposition or clause word. */
function onlyModifiers(tokens: Tokens, from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let k = from; k < to; k++) {
    if (!(isNpWord(tokens, k) || isPlainWord(tokens, k)) || DETERMINERS.has(tokens.lower(k)) && k > from) return false;
  }
  return true;
}

/** Where the phrase before the chain's first comma starts: the clause start or a quotation. */
function leftBoundary(tokens: Tokens, comma: number, floor: number): number {
  let k = comma - 1;
  while (k >= floor && k > comma - MAX_NP - 2 && tokens.kind[k] === WORD) k--;
  return k + 1;
}

/**
 * A description with a determiner and any head noun: "the designer", "one Latino
 * conservative", "This Trump doppelganger". The determiner keeps stray words out.
 */
function description(tokens: Tokens, end: number, floor: number): SubjectRef {
  if (!isPlainWord(tokens, end) || (tokens.flags[end] & F_CAP) !== 0) return { type: 'none' };
  for (let k = end - 1; k >= floor && k >= end - 1 - MAX_MODIFIERS; k--) {
    if (tokens.kind[k] !== WORD) break;
    const w = tokens.lower(k);
    if (DETERMINERS.has(w)) {
      const head = tokens.lower(end);
      return { type: 'nominal', tokStart: k, tokEnd: end + 1, head, definite: !INDEFINITE.has(w), person: personLike(head), named: -1 };
    }
    if (!isPlainWord(tokens, k) && !isNpWord(tokens, k)) break;
  }
  return { type: 'none' };
}

/** The noun phrase starting at token `start`: "Kremlin spokesman Dmitry Peskov", "the ministry". */
export function nounPhraseAfter(tokens: Tokens, index: MentionIndex, start: number, to: number): SubjectRef {
  if (start >= to || tokens.kind[start] !== WORD) return { type: 'none' };
  const w = tokens.lower(start);
  const pronoun = PRONOUNS.get(w);
  if (pronoun) return { type: 'pronoun', tok: start, refers: pronoun };
  let k = start;
  if (DETERMINERS.has(w)) k++;
  let end = -1;
  // Names, roles and plain modifiers before them: "said Democratic strategist David Axelrod";
  // after the first name or role only names and roles ("one Democrat familiar with …" stops).
  let headSeen = false;
  while (k < to && k - start < MAX_NP && (isNpWord(tokens, k) || (!headSeen && isPlainWord(tokens, k)))) {
    if (isNpWord(tokens, k) && !ROLE_MODIFIERS.has(tokens.lower(k))) headSeen = true;
    end = k++;
  }
  if (end < 0) return { type: 'none' };
  // "according to calculations by Amy Glasmeier": the agent after "by".
  if (!headSeen && tokens.isWord(end + 1) && tokens.lower(end + 1) === 'by') {
    const agent = nounPhraseAfter(tokens, index, end + 2, to);
    if (agent.type === 'mention') return agent;
  }
  // "said Sen. Jim Whelan who…", "according to the news outlet": the last name or head noun.
  for (let e = end; e >= start; e--) {
    const ref = interpretPhrase(tokens, index, start, e);
    if (ref.type !== 'none') return ref;
    if (DETERMINERS.has(w)) {
      const d = description(tokens, e, start);
      if (d.type !== 'none') return d;
    }
  }
  return { type: 'none' };
}

/** What a noun phrase [start, end] names: a mention, a role ("the spokesman"), or nothing. */
function interpretPhrase(tokens: Tokens, index: MentionIndex, start: number, end: number): SubjectRef {
  // The phrase's last word ends a name: that name speaks.
  const last = index.endingAt(end);
  if (last >= 0 && !index.mentions[last].possessive) {
    return { type: 'mention', mention: last, tokStart: Math.min(start, index.mentions[last].tokStart), tokEnd: end + 1 };
  }
  // Otherwise the head noun is a role or a source: "the spokesman", "Russian presidential
  // spokesman", "the Trump administration", "a statement".
  const head = tokens.lower(end);
  const person = PERSON_ROLE_NOUNS.has(head) || (TITLE_WORDS.has(head) && !ORG_ROLE_NOUNS.has(head) && !NATIONALITIES.has(head));
  const org = ORG_ROLE_NOUNS.has(head) || SOURCE_NOUNS.has(head);
  if (!person && !org) return { type: 'none' };
  const first = tokens.lower(start);
  const definite = !INDEFINITE.has(first) && !(person && isPlural(head));
  let named = -1;
  for (let k = end - 1; k >= start && named < 0; k--) {
    const m = index.endingAt(k);
    if (m >= 0) named = m;
  }
  const key = head === 'secretary' && end > start && tokens.lower(end - 1) === 'press' ? 'press-secretary' : head;
  return { type: 'nominal', tokStart: start, tokEnd: end + 1, head: key, definite, person: person && !org, named };
}

function isPlural(head: string): boolean {
  return head === 'officials' || head === 'sources' || head === 'residents' || head === 'spokespeople' || (head.endsWith('s') && !head.endsWith('ss') && !head.endsWith('us'));
}

/** Head nouns for people: designer, investor, activist, politician, resident, spokesman. */
function personLike(head: string): boolean {
  return PERSON_ROLE_NOUNS.has(head) || /(?:er|or|ist|ian|ant|ent|man|woman|person|ee|ive)s?$/.test(head);
}

/** "…, adding that" / "was quoted as saying": the speaker is the clause's subject. */
function participleSubject(tokens: Tokens, index: MentionIndex, i: number, floor: number): SubjectRef {
  // "X was quoted as saying"
  if (i - 2 >= floor && tokens.lower(i - 1) === 'as' && tokens.lower(i - 2) === 'quoted') {
    let k = i - 3;
    if (k >= floor && BE.has(tokens.lower(k))) k--;
    return nounPhraseBefore(tokens, index, skipGap(tokens, k, floor), floor);
  }
  // "with Trump reportedly yelling", "with the union calling it …": the phrase before speaks.
  const before = skipGap(tokens, i - 1, floor);
  if (before >= floor && tokens.kind[before] === WORD) {
    const ref = nounPhraseBefore(tokens, index, before, floor);
    const start = ref.type === 'mention' || ref.type === 'nominal' ? ref.tokStart : -1;
    if (start > floor && tokens.isWord(start - 1) && tokens.lower(start - 1) === 'with') return ref;
  }
  return { type: 'clause' };
}
