// Speech cues ("said", "told", "according to", ...) in the frame text, and where to look for
// the noun phrase that does the speaking (read by nounPhrases.ts): before the verb ("Kremlin
// spokesman Dmitry Peskov told"), after it ("said Peskov", "according to the ministry"), the
// clause's subject ("…, adding that"), a "by" agent, or nobody (a passive: "it was noted
// that"). Every walk is bounded to a few tokens inside the sentence.
import {
  AUXILIARIES, BASE_CUES, BEFORE_BASE_FORM, CUE_FORMS, EVALUATIVE_CUES, FUNCTION_WORDS, MODALS, ORG_ROLE_NOUNS, PARTICLE_CUES,
  PERSON_ROLE_NOUNS, PERSON_ROLE_PLURALS, PRONOUNS, SOURCE_NOUNS, TIME_SPANS, VERB_GAP, WEAK_CUES, WEEKDAYS,
} from './lexicon';
import { isAsideDash } from './dashes';
import { set, union } from './lexicon/wordSet';
import { framingEnd, frameCue } from './frames';
import { BE, description, MentionIndex, nounPhraseAfter, nounPhraseBefore, phraseEnd, type SubjectRef } from './nounPhrases';
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

/** Words before a verb-looking word that make it a noun: "his remarks", "the reports". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'whose', 'every', 'each', 'no', 'any', 'some', 'such', 'two', 'three', 'several', 'many', 'new', 'latest', 'recent', 'first', 'last', 'earlier', 'previous', 'other', 'further', 'more', 'written', 'joint', 'brief', 'short', 'long', 'own']);
/** How many tokens a weak cue ("hoped", "denied") may stand before the quote it introduces. */
const WEAK_REACH = 6;
/** How far an evaluative cue ("called … "a disaster"") may stand before its quote. */
const EVALUATIVE_REACH = 60;
/**
 * Nouns of a short "in the …" phrase between an auxiliary and its verb ("has in the past
 * described", "said in the morning"): spans of time, plus the occasions of speech.
 */
const IN_THE_NOUNS = union(TIME_SPANS, set('past meantime meanwhile end interview statement letter'));

/** A lower-case word that can only be a verb here: an auxiliary, a speech verb, an -ed or -s form. */
export function verbLike(tokens: Tokens, k: number): boolean {
  if (!tokens.isLowerWord(k)) return false;
  const w = tokens.lower(k);
  if (AUXILIARIES.has(w) || CUE_FORMS.get(w) === 'finite') return true;
  return w.length > 3 && (w.endsWith('ed') || (w.endsWith('s') && !/(?:ss|us|is|ics)$/.test(w))) && !FUNCTION_WORDS.has(w);
}

/** Every cue in sentence `s`, in order, with its subject phrase. */
export function findCues(tokens: Tokens, index: MentionIndex, s: number, titleCase: Uint8Array): Cue[] {
  const from = tokens.sentenceStarts[s];
  const to = tokens.sentenceStarts[s + 1];
  const cues: Cue[] = [];
  // "Holm Says …": in a headline a capitalized word may be the verb.
  const headline = from < to && titleCase[tokens.paragraph[from]] === 1;
  for (let i = from; i < to; i++) {
    if (tokens.kind[i] === QUOTE && !headline) {
      const frame = frameCue(tokens, index, i, to);
      if (frame) {
        cues.push(frame);
        i = frame.tokEnd - 1;
      }
      continue;
    }
    if (tokens.kind[i] !== WORD || !CUE_SHAPES[shapeOf(tokens, i)]) continue;
    const w = tokens.lower(i);
    // Cue words are lower-case, except a sentence-opening "According to".
    if (!headline && (tokens.flags[i] & F_CAP) !== 0 && w !== 'according' && w !== 'in') continue;
    const phrase = phraseCue(tokens, i, to);
    if (!phrase && !headline && (tokens.flags[i] & F_CAP) !== 0) continue;
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
      const modal = before >= floor && tokens.kind[before] === WORD && BEFORE_BASE_FORM.has(tokens.lower(before));
      cue.subject = before < floor ? { type: 'none' } : nounPhraseBefore(tokens, index, modal ? skipGap(tokens, before - 1, floor) : before, floor);
    } else {
      // "…, said Steve Elmendorf, deputy …": after a comma or a quote, a name or role that
      // ends its clause right after the verb is the subject (not "said the talks were …").
      // (The floor stops at a quotation, so the quotation itself sits just below it.)
      // "''… 'old-school,''' said Gregory": a nested quote's closing marks may leave a stray
      // mark between the quotation and the verb.
      const last = strayMark(tokens, before) ? before - 1 : before;
      const afterQuote = last >= from && (tokens.kind[last] === QUOTE || (tokens.isPunct(last, ',') && tokens.kind[last - 1] === QUOTE));
      const inverted = (INVERTIBLE.has(w) || afterQuote) && invertedPosition(tokens, last, floor) ? appositiveName(tokens, index, nounPhraseAfter(tokens, index, tokEnd, to)) : { type: 'none' as const };
      const closesClause = inverted.type !== 'none' && endsClause(tokens, phraseEnd(inverted), to);
      cue.subject = closesClause ? inverted : nounPhraseBefore(tokens, index, before, floor);
      if (!closesClause) cue.subject = relativeClauseHead(tokens, index, before, floor, cue.subject);
      // Nothing before the verb: the phrase after it speaks -- for verbs that invert; others
      // take an object there (`"…," thanked the mayor for …`), unless the phrase ends the clause.
      if (cue.subject.type === 'none' && inverted.type !== 'none' && (INVERTIBLE.has(w) || closesClause)) cue.subject = inverted;
      // "The mayor did not name anyone, but told her supporters": a second verb of the clause.
      if (cue.subject.type === 'none' && before >= floor && tokens.kind[before] === WORD && CONJUNCTIONS.has(tokens.lower(before))) cue.subject = { type: 'clause' };
      // "an inquiry often labeled as a "farce" by critics": a participle with its agent.
      if (cue.subject.type === 'none' && w.endsWith('ed')) {
        const agent = passiveAgent(tokens, index, tokEnd, to);
        if (agent.type !== 'none') cue.subject = agent;
      }
    }
    // "a class called "Perception"", "called off the deal": naming or a phrasal verb, not speech.
    // A person or a pronoun as the subject makes it speech again: "what Mayor Berg called
    // "a new era"", "a plan he called "reckless"".
    if (NAMING.has(w) && ((tokens.kind[tokEnd] === QUOTE && !speakerSubject(index, cue.subject)) || PHRASAL.has(tokens.isWord(tokEnd) ? tokens.lower(tokEnd) : '') || (articleThenQuote(tokens, tokEnd) && afterPlainNoun(tokens, i)))) continue;
    // Verbs that only sometimes report speech need a quotation or a that-clause close by.
    if (WEAK_CUES.has(w) && !introducesSpeech(tokens, tokEnd, to, WEAK_REACH) && !followsQuote(tokens, cue)) continue;
    if (EVALUATIVE_CUES.has(w) && !introducesSpeech(tokens, tokEnd, to, EVALUATIVE_REACH) && !followsQuote(tokens, cue)) continue;
    cues.push(cue);
    i = tokEnd - 1;
  }
  return cues;
}

/**
 * `"How are you today?" Eva Holm, a retired nurse, said.`: a quotation ending in a question
 * or an exclamation mark, then a capitalized name, reads as the end of a sentence -- but the
 * next sentence opening with the speaker and their verb is the quotation's frame. The cue of
 * sentence `s`, when it opens right after the quotation at token `q`.
 */
export function cueOpeningSentence(tokens: Tokens, index: MentionIndex, q: number, s: number, titleCase: Uint8Array): Cue | null {
  const from = tokens.sentenceStarts[s], to = tokens.sentenceStarts[s + 1];
  if (from !== q + 1 || from >= to || tokens.kind[from] !== WORD || tokens.paragraph[from] !== tokens.paragraph[q] || !framingEnd(tokens, q)) return null;
  const frame = frameCue(tokens, index, q, to);
  if (frame) return frame;
  const first = findCues(tokens, index, s, titleCase)[0];
  if (!first || first.passive || first.form !== 'finite') return null;
  const subject = first.subject;
  return (subject.type === 'mention' || subject.type === 'nominal') && subject.tokStart === from ? first : null;
}

/** Words of a time phrase before "ago" besides its span: "less than two weeks", "a few days". */
const AGO_WORDS = union(TIME_SPANS, set('a an few several many some less more than about nearly almost just only one two three four five six seven eight nine ten twelve twenty thirty'));

/** A word of a time phrase before "ago", a number included ("20 years ago"). */
function agoWord(w: string): boolean {
  return AGO_WORDS.has(w) || /^\d+$/.test(w);
}

/**
 * A word's shape: its first two letters (either case) and its length. Two words in three
 * cannot be a cue by shape alone, which saves lower-casing them: this loop sees every word.
 */
function shapeOf(tokens: Tokens, i: number): number {
  const start = tokens.start[i], length = tokens.baseEnd[i] - start;
  return shape(tokens.text.charCodeAt(start), length > 1 ? tokens.text.charCodeAt(start + 1) : 0, length);
}

function shape(first: number, second: number, length: number): number {
  return ((first & 31) << 10) | ((second & 31) << 5) | (length > 31 ? 31 : length);
}

const CUE_SHAPES = (() => {
  const shapes = new Uint8Array(1 << 15);
  for (const w of [...CUE_FORMS.keys(), 'according', 'in']) shapes[shape(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length)] = 1;
  return shapes;
})();

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'yet', 'nor']);

const NAMING = new Set(['called', 'dubbed', 'named', 'labeled', 'labelled', 'termed', 'titled', 'branded', 'known']);
const PHRASAL = new Set(['off', 'up', 'in', 'back', 'out', 'for']);

/** How far back from the verb a restrictive relative clause's "who" is looked for. */
const RELATIVE_REACH = 15;

/**
 * "A city official who spoke on condition of anonymity said": a relative clause with no
 * commas between the subject and its verb. The phrase before "who" speaks, not the last
 * noun of the clause ("anonymity") -- unless the clause's own subject stands right after
 * "who" ("the man who Berg said was …").
 */
function relativeClauseHead(tokens: Tokens, index: MentionIndex, before: number, floor: number, found: SubjectRef): SubjectRef {
  if (found.type === 'pronoun' || found.type === 'relative' || found.type === 'clause') return found;
  for (let k = before - 1; k > floor && k >= before - RELATIVE_REACH; k--) {
    if (tokens.kind[k] !== WORD) return found;
    if (tokens.lower(k) !== 'who') continue;
    if ((found.type === 'mention' || found.type === 'nominal') && found.tokStart <= k + 1) return found;
    const head = nounPhraseBefore(tokens, index, k - 1, floor);
    if (head.type === 'mention' && index.mentions[head.mention].kind !== 'place') return head;
    return head.type === 'nominal' && head.person ? head : found;
  }
  return found;
}

/** A subject that can only be someone speaking: a name (not a place) or a pronoun. */
function speakerSubject(index: MentionIndex, subject: SubjectRef): boolean {
  if (subject.type === 'pronoun') return subject.refers !== 'organization';
  return subject.type === 'mention' && index.mentions[subject.mention].kind !== 'place';
}

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

/** "the tax rule called an "exemption"": a naming verb, an article, the name in quotes. */
function articleThenQuote(tokens: Tokens, k: number): boolean {
  return tokens.isWord(k) && (tokens.lower(k) === 'a' || tokens.lower(k) === 'an' || tokens.lower(k) === 'the') && tokens.kind[k + 1] === QUOTE;
}

/** The word before the verb is a common noun ("rule called"), not its subject or an auxiliary. */
function afterPlainNoun(tokens: Tokens, i: number): boolean {
  if (!tokens.isLowerWord(i - 1)) return false;
  const w = tokens.lower(i - 1);
  return !AUXILIARIES.has(w) && !VERB_GAP.has(w) && !PRONOUNS.has(w) && !FUNCTION_WORDS.has(w) && !w.endsWith('ly');
}

/**
 * `asking too many "gotcha" questions`: a plural noun right after a quotation.
 * A verb there (`"…," says Peskov`) follows a comma or the quotation's own punctuation.
 */
function nounAfterQuote(tokens: Tokens, i: number): boolean {
  if (tokens.kind[i - 1] !== QUOTE || !tokens.lower(i).endsWith('s')) return false;
  const text = tokens.text;
  let e = tokens.end[i - 1] - 1;
  while (e > tokens.start[i - 1] && /["'”’»\s]/.test(text[e])) e--;
  return !/[,.?!:;—–-]/.test(text[e]);
}

/** Nouns spelled like verbs ("his remarks", "investigative reports") are not cues. */
function isVerbUse(tokens: Tokens, i: number, from: number, form: string): boolean {
  const prevIsWord = i - 1 >= from && tokens.kind[i - 1] === WORD;
  const prev = prevIsWord ? tokens.lower(i - 1) : '';
  if (form === 'finite' && i - 1 >= from && nounAfterQuote(tokens, i)) return false;
  if (form === 'base') {
    // "will say" reports speech; "to say" (an infinitive) does not by itself.
    if (BEFORE_BASE_FORM.has(prev)) return MODALS.has(prev);
    // "Officials say", "Critics argue", "They insist": a plain subject right before.
    if (!BASE_CUES.has(tokens.lower(i)) || !prevIsWord) return false;
    if (prev === 'they' || prev === 'we' || prev === 'you' || prev === 'i') return true;
    if ((tokens.flags[i - 1] & F_CAP) !== 0) return !FUNCTION_WORDS.has(prev);
    // ("Critics say": the plural of a role noun.)
    return prev.length > 3 && prev.endsWith('s') && !prev.endsWith('ss') && (PERSON_ROLE_NOUNS.has(prev) || PERSON_ROLE_PLURALS.has(prev) || ORG_ROLE_NOUNS.has(prev) || /(?:ers|ors|ists|ans|ents|ants)$/.test(prev));
  }
  if (NOUN_MARKERS.has(prev) && prev !== 'that') return false;
  if (prevIsWord && (tokens.flags[i - 1] & F_POSS) !== 0) return false;
  const w = tokens.lower(i);
  if (form === 'finite' && w.endsWith('s') && prevIsWord) {
    // Third-person forms double as plural nouns: only a subject-like word may precede them.
    // "the Oslo attacks", "a Berg tweets": a determiner before the name makes a compound noun.
    if ((tokens.flags[i - 1] & F_CAP) !== 0) return (!FUNCTION_WORDS.has(prev) && !(tokens.isWord(i - 2) && NOUN_MARKERS.has(tokens.lower(i - 2)))) || prev === 'it' || prev === 'he' || prev === 'she';
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
    // "The ministry less than two weeks ago said": a time phrase ending in "ago".
    if (w === 'ago') {
      k--;
      for (let n = 0; n < 4 && k >= floor && tokens.kind[k] === WORD && agoWord(tokens.lower(k)); n++) k--;
      steps++;
      continue;
    }
    if ((tokens.flags[k] & F_CAP) !== 0) {
      // "Priebus later Thursday told", "Trump on Saturday tweeted": a day between subject and verb.
      if (!WEEKDAYS.has(w)) break;
      k--;
      if (k >= floor && tokens.isWord(k) && (tokens.lower(k) === 'on' || tokens.lower(k) === 'last' || tokens.lower(k) === 'this')) k--;
      steps++;
      continue;
    }
    // "has in the past described": a short time phrase between the auxiliary and the verb.
    if (k - 2 >= floor && IN_THE_NOUNS.has(w) && tokens.lower(k - 1) === 'the' && tokens.lower(k - 2) === 'in') { k -= 3; steps++; continue; }
    // "The senator last week said", "the mayor earlier this month told".
    if (k - 1 >= floor && TIME_SPANS.has(w) && (tokens.lower(k - 1) === 'last' || tokens.lower(k - 1) === 'this')) {
      k -= 2;
      if (k >= floor && tokens.isWord(k) && tokens.lower(k) === 'earlier') k--;
      steps++;
      continue;
    }
    if (w === 'himself' || w === 'herself' || w === 'itself' || w === 'themselves') { k--; steps++; continue; }
    if (!(VERB_GAP.has(w) || (w.endsWith('ly') && w.length > 4 && !PERSON_ROLE_NOUNS.has(w)))) break;
    k--;
    steps++;
  }
  return k;
}

const DESCRIPTION_OPENERS = new Set(['a', 'an', 'another', 'one', 'the']);

/**
 * "said a local farmer, Jonas Dahl": a description or an organisation followed by a person's
 * name in apposition stands for that person.
 */
function appositiveName(tokens: Tokens, index: MentionIndex, ref: SubjectRef): SubjectRef {
  const organization = ref.type === 'mention' && index.mentions[ref.mention].kind === 'organization';
  // "said another Twitter user, Ann Lee": a name used as a modifier inside a description.
  const modifier = ref.type === 'mention' && index.mentions[ref.mention].kind !== 'person' && DESCRIPTION_OPENERS.has(tokens.lower(ref.tokStart));
  if (ref.type !== 'nominal' && !organization && !modifier) return ref;
  let end = phraseEnd(ref);
  while (modifier && end < phraseEnd(ref) + 2 && tokens.isLowerWord(end)) end++;
  if (!tokens.isPunct(end, ',')) return ref;
  const name = nounPhraseAfter(tokens, index, end + 1, Math.min(tokens.count, end + 6));
  if (name.type !== 'mention' || name.tokStart !== end + 1) return ref;
  const m = index.mentions[name.mention];
  return m.kind === 'person' || (m.kind === 'name' && m.tokEnd - m.tokStart >= 2) ? name : ref;
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

/** When it was said, right after the speaker: a day or a word placing it in time ("said Peskov Monday", "said Holm earlier"). */
const CALENDAR_WORDS = union(WEEKDAYS, set('today yesterday tonight recently earlier later last this'));

/** A lone quotation mark right after a quotation: left over from marks nested inside it. */
function strayMark(tokens: Tokens, k: number): boolean {
  if (k < 1 || tokens.kind[k] !== PUNCT || tokens.kind[k - 1] !== QUOTE) return false;
  const ch = tokens.text[tokens.start[k]];
  return ch === "'" || ch === '"' || ch === '’' || ch === '”';
}

/** "…," said Peskov / "…," says the Kremlin: the verb comes first after a comma or a quote. */
function invertedPosition(tokens: Tokens, before: number, floor: number): boolean {
  if (before < floor) return true;
  if (tokens.kind[before] === QUOTE) return true;
  return tokens.isPunct(before, ',') || isAsideDash(tokens, before);
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
