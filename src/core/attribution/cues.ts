// Speech cues ("said", "told", "according to", ...) in the frame text: which words report
// speech here and which only look like it ("his remarks", "a class called "Perception""),
// with the phrase that does the speaking (found by cueSubjects.ts).
import {
  ARTICLES, AUXILIARIES, BASE_CUES, BEFORE_BASE_FORM, CLAUSE_START_SUBORDINATORS, CUE_FORMS, DAY_OPENERS, EVALUATIVE_CUES, FUNCTION_WORDS, LISTENER_FIRST_CUES, MODALS, NEGATING_ADVERBS, NUMBER_WORDS, OBJECT_PRONOUNS, ORG_ROLE_NOUNS,
  PARTICLE_CUES, PEOPLE_QUANTIFIERS, PERSON_ROLE_NOUNS, PERSON_ROLE_PLURALS, PREPOSITIONS, PRONOUNS, SOURCE_NOUNS, TIME_SPANS, VERB_GAP, WEAK_CUES, WEEKDAYS,
} from './lexicon';
import { set, union } from './lexicon/wordSet';
import { asideBefore, cueSubject } from './cueSubjects';
import { framingEnd, frameCue } from './frames';
import { impliedInfinitive } from './impliedInfinitives';
import { viewCue } from './viewCues';
import { WordShapes } from './wordShapes';
import { nounPhraseAfter } from './nounPhraseAfter';
import { description, lyAdverb, MentionIndex, pluralOfBody, type SubjectRef } from './nounPhrases';
import { surnameAfterName } from './calendarNames';
import { F_CAP, F_POSS, PUNCT, QUOTE, Tokens, WORD } from './tokens';

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

/** Quantifiers that may stand for people before "said" ("Several said", "Two told"). */
const QUANTIFIERS = union(PEOPLE_QUANTIFIERS, NUMBER_WORDS);
/** Words before a verb-looking word that make it a noun: "his remarks", "the reports". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'whose', 'every', 'each', 'no', 'any', 'some', 'such', 'two', 'three', 'several', 'many', 'new', 'latest', 'recent', 'first', 'last', 'earlier', 'previous', 'other', 'further', 'more', 'written', 'joint', 'brief', 'short', 'long', 'own']);
/** Noun markers that are adverbs before a verb: "first said", "earlier told". */
const ADVERB_MARKERS = set('first last earlier further');
/** How many tokens a weak cue ("hoped", "denied") may stand before the quote it introduces. */
const WEAK_REACH = 6;
/** How far an evaluative cue ("called … "a disaster"") may stand before its quote. */
const EVALUATIVE_REACH = 60;

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
    if (tokens.kind[i] !== WORD || !CUE_SHAPES.fits(tokens, i)) continue;
    const w = tokens.lower(i);
    // Cue words are lower-case, except a sentence-opening "According to".
    if (!headline && (tokens.flags[i] & F_CAP) !== 0 && w !== 'according' && w !== 'in') continue;
    const view = w === 'in' ? viewCue(tokens, index, i, from, to) : null;
    if (view) {
      cues.push({ tok: i, tokEnd: i + view.length, text: tokens.text.slice(tokens.start[i], tokens.end[i + view.length - 1]).toLowerCase(), form: 'according', passive: false, subject: view.subject });
      i += view.length - 1;
      continue;
    }
    const phrase = phraseCue(tokens, i, to);
    if (!phrase && !headline && (tokens.flags[i] & F_CAP) !== 0) continue;
    if (phrase) {
      cues.push({ tok: i, tokEnd: i + phrase, text: phrase === 2 ? 'according to' : 'in the words of', form: 'according', passive: false, subject: objectPronoun(tokens, i + phrase) ?? nounPhraseAfter(tokens, index, i + phrase, to) });
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
    const { subject, passive } = cueSubject(tokens, index, i, tokEnd, form, from, to);
    const cue: Cue = { tok: i, tokEnd, text, form, passive, subject };
    // "a class called "Perception"", "called off the deal": naming or a phrasal verb, not speech.
    // A person or a pronoun as the subject makes it speech again: "what Mayor Berg called
    // "a new era"", "a plan he called "reckless"".
    if (NAMING.has(w) && ((tokens.kind[tokEnd] === QUOTE && !speakerSubject(index, cue.subject)) || PHRASAL.has(tokens.isWord(tokEnd) ? tokens.lower(tokEnd) : '') || (articleThenQuote(tokens, tokEnd) && afterPlainNoun(tokens, i)))) continue;
    // Verbs that only sometimes report speech need a quotation or a that-clause close by.
    if (WEAK_CUES.has(w) && !introducesSpeech(tokens, tokEnd, to, WEAK_REACH) && !followsQuote(tokens, cue) && !thatAfterObject(tokens, w, tokEnd, to)) continue;
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

/** Cue words by shape: this loop sees every word, and two in three cannot be a cue by shape alone. */
const CUE_SHAPES = new WordShapes([...CUE_FORMS.keys(), 'according', 'in']);

const NAMING = new Set(['called', 'dubbed', 'named', 'labeled', 'labelled', 'termed', 'titled', 'branded', 'known']);
const PHRASAL = new Set(['off', 'up', 'in', 'back', 'out', 'for']);

/** A subject that can only be someone speaking: a name (not a place) or a pronoun. */
function speakerSubject(index: MentionIndex, subject: SubjectRef): boolean {
  if (subject.type === 'pronoun') return subject.refers !== 'organization';
  return subject.type === 'mention' && index.mentions[subject.mention].kind !== 'place';
}

/**
 * "According to him, …", "according to her.": a pronoun ending the phrase is who speaks
 * ("according to her lawyers" is a phrase of its own). "him" and "them" are never
 * determiners, so the clause may follow without a comma ("According to him Norland must …").
 */
function objectPronoun(tokens: Tokens, k: number): SubjectRef | null {
  if (!tokens.isLowerWord(k)) return null;
  const w = tokens.lower(k);
  const refers = !tokens.isWord(k + 1) || w !== 'her' ? OBJECT_PRONOUNS.get(w) : undefined;
  return refers ? { type: 'pronoun', tok: k, refers } : null;
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
  // ("‘up in the air’ says an aide": "says" is never a noun.)
  if (tokens.kind[i - 1] !== QUOTE || !tokens.lower(i).endsWith('s') || tokens.lower(i) === 'says') return false;
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
  // "Mrs Berg’s claim", "the ministry’s warnings": a possessor owns a noun, never a verb.
  if (prevIsWord && (tokens.flags[i - 1] & F_POSS) !== 0) return false;
  if (form === 'base') {
    // "will say" reports speech; "to say" (an infinitive) does not by itself.
    const aux = wordBeforeAdverbs(tokens, i, from);
    if (BEFORE_BASE_FORM.has(aux)) return MODALS.has(aux) || impliedInfinitive(tokens, i - 1, from) >= 0;
    // "Officials say", "Critics argue", "They insist": a plain subject right before -- or
    // before an aside ("The lawmakers, however, argue").
    const s = asideBefore(tokens, i, from) ? i - 4 : i - 1;
    if (!BASE_CUES.has(tokens.lower(i)) || s < from || tokens.kind[s] !== WORD) return false;
    if (pluralSubject(tokens, s)) return true;
    // "Supporters of the new bill say", "Half of the voters in Bergen say": the head before "of".
    const of = ofBefore(tokens, s, from);
    return of > from && (pluralSubject(tokens, of - 1) || PEOPLE_QUANTIFIERS.has(tokens.lower(of - 1)));
  }
  // ("Several said", "Many told": a quantifier standing for people, before a verb that is
  // never a noun.)
  // ("An said": capitalized before "said" or "told", never an article, An is a surname.)
  const saidOrTold = tokens.lower(i) === 'said' || tokens.lower(i) === 'told';
  // ("Berg first said", "Lund earlier told": before a verb that is never a noun, these are adverbs.)
  if (NOUN_MARKERS.has(prev) && prev !== 'that' && !((QUANTIFIERS.has(prev) || ADVERB_MARKERS.has(prev) || (prev === 'an' && tokens.isCap(i - 1))) && saidOrTold) && !surnameMarker(tokens, i - 1, form)) return false;
  const w = tokens.lower(i);
  // "The trial of accused killer Ola Berg": after a preposition the word is an adjective
  // ("as noted by" still reports).
  if (form === 'finite' && prevIsWord && tokens.isLowerWord(i - 1) && PREPOSITIONS.has(prev) && prev !== 'as' && prev !== 'than') return false;
  // "A man accused of murder", "Council leader accused of ‘stifling democracy’": whoever made
  // the accusation is not named there; the one accused says nothing.
  if (w === 'accused' && tokens.isWord(i + 1) && tokens.lower(i + 1) === 'of') return false;
  // "…, with a grim profit warning.": a participle ending the sentence after an article and
  // plain words takes no complement; it is the noun closing a compound ("quoted him as
  // saying." and "was referring." stay verbs).
  if (form === 'participle' && tokens.isPunct(i + 1, '.') && compoundAfterArticle(tokens, i, from)) return false;
  if (form === 'finite' && w.endsWith('s') && prevIsWord) {
    // Third-person forms double as plural nouns: only a subject-like word may precede them.
    // "the Oslo attacks", "a Berg tweets": a determiner before the name makes a compound noun.
    // ("local and STD calls and data", "Berg claims of …": a plural noun before "and" or "of".)
    const next = tokens.isWord(i + 1) ? tokens.lower(i + 1) : '';
    if (next === 'of' || next === 'and' || next === 'were' || next === 'are' || next === 'have') return false;
    if ((tokens.flags[i - 1] & F_CAP) !== 0) {
      // ("in Imo and Bayelsa states": two names joined by "and" would take "state", not "states".)
      if (tokens.isLowerWord(i - 2) && tokens.lower(i - 2) === 'and' && tokens.isCap(i - 3)) return false;
      return ((!FUNCTION_WORDS.has(prev) || surnameAfterName(tokens, i - 1, from)) && !(tokens.isWord(i - 2) && NOUN_MARKERS.has(tokens.lower(i - 2)))) || prev === 'it' || prev === 'he' || prev === 'she';
    }
    const subjectLike = PRONOUNS.has(prev) || prev === 'who' || prev === 'which' || prev === 'that' || PERSON_ROLE_NOUNS.has(prev) ||
      ORG_ROLE_NOUNS.has(prev) || SOURCE_NOUNS.has(prev) || VERB_GAP.has(prev) || (prev.endsWith('ly') && prev.length > 4);
    // "on member states", "to party members": a bare noun after a preposition is a modifier,
    // never the subject of a verb.
    if (subjectLike && !PRONOUNS.has(prev) && tokens.isLowerWord(i - 2) && PREPOSITIONS.has(tokens.lower(i - 2))) return false;
    if (!subjectLike) {
      // "The narrator continues": a description whose head names someone or something that speaks.
      const d = description(tokens, i - 1, Math.max(from, i - 6));
      if (d.type !== 'nominal' || !(d.person || ORG_ROLE_NOUNS.has(d.head) || SOURCE_NOUNS.has(d.head))) return false;
    }
    // "… said that reports can take weeks": opening a clause with a modal after it, the word is
    // the clause's plural subject ("a rise the council predicts will …" has its subject).
    if (MODALS.has(next) && (prev === 'that' || CLAUSE_START_SUBORDINATORS.has(prev))) return false;
  }
  return true;
}

/** "a grim profit warning": an article, then up to two plain lower-case words, before token `i`. */
function compoundAfterArticle(tokens: Tokens, i: number, from: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 3; k--) {
    if (!tokens.isLowerWord(k)) return false;
    const w = tokens.lower(k);
    if (ARTICLES.has(w)) return k < i - 1;
    if (FUNCTION_WORDS.has(w) || AUXILIARIES.has(w) || PREPOSITIONS.has(w)) return false;
  }
  return false;
}

/**
 * "Long replied:", "Short told the court": a capitalized adjective before a past-tense speech
 * verb is a surname, as a past form ("replied", never "replies") cannot be the noun it would
 * modify. Right after a quotation any form is ("“…,” Long says."): no noun phrase opens there.
 */
function surnameMarker(tokens: Tokens, k: number, form: string): boolean {
  if (form !== 'finite' || !tokens.isCap(k) || !NAME_LIKE_MARKERS.has(tokens.lower(k))) return false;
  const w = tokens.lower(k + 1);
  return w.endsWith('ed') || w === 'said' || w === 'told' || w === 'wrote' || (k > 0 && tokens.kind[k - 1] === QUOTE);
}

/** Noun markers that are also surnames: "Ann Long", "Tom Short", "Eva New". */
const NAME_LIKE_MARKERS = set('long short brief new');

/**
 * The word before a base form, past up to two adverbs: "Ola Berg could only quip", "will
 * later say", "would also tell" are a modal's verb as much as "will say" is. A negating
 * adverb stops the walk ("would never say" reports nothing said), and so does anything else.
 */
function wordBeforeAdverbs(tokens: Tokens, i: number, from: number): string {
  let k = i - 1;
  for (let n = 0; n < 2 && k > from && tokens.isLowerWord(k) && plainAdverb(tokens.lower(k)); n++) k--;
  return k >= from && tokens.kind[k] === WORD ? tokens.lower(k) : '';
}

/** An adverb that may stand between a modal and its verb without denying it ("only", "later", "likely"). */
function plainAdverb(w: string): boolean {
  if (NEGATING_ADVERBS.has(w) || AUXILIARIES.has(w)) return false;
  return VERB_GAP.has(w) || lyAdverb(w);
}

/** A word that may be the plain subject of a base-form verb: "they", "Officials", "critics". */
function pluralSubject(tokens: Tokens, s: number): boolean {
  if (tokens.kind[s] !== WORD) return false;
  const subject = tokens.lower(s);
  if (subject === 'they' || subject === 'we' || subject === 'you' || subject === 'i') return true;
  if ((tokens.flags[s] & F_CAP) !== 0) return !FUNCTION_WORDS.has(subject);
  // ("Critics say": the plural of a role noun.)
  return subject.length > 3 && subject.endsWith('s') && !subject.endsWith('ss') && (PERSON_ROLE_NOUNS.has(subject) || PERSON_ROLE_PLURALS.has(subject) || ORG_ROLE_NOUNS.has(subject) || /(?:ers|ors|ists|ans|ents|ants)$/.test(subject) || pluralOfBody(subject));
}

/** The "of" a few plain words before token `s` ("of the new bill"), else -1. */
function ofBefore(tokens: Tokens, s: number, from: number): number {
  for (let k = s - 1; k > from && k >= s - 5; k--) {
    if (!tokens.isLowerWord(k)) return -1;
    if (tokens.lower(k) === 'of') return k;
  }
  return -1;
}

/** A that-clause, a colon or a quotation within `reach` tokens after the verb. */
function introducesSpeech(tokens: Tokens, i: number, to: number, reach: number): boolean {
  // ("reported on Monday that …")
  const when = afterWhen(tokens, i, to);
  for (let k = i; k < to && k < i + reach; k++) {
    const kind = tokens.kind[k];
    if (kind === QUOTE) return !(reach <= WEAK_REACH && k === i && infinitiveQuote(tokens, k));
    if (kind === PUNCT) {
      const ch = tokens.text[tokens.start[k]];
      if (ch === ':') return true;
      if (ch !== ',' && reach <= WEAK_REACH) return false;
    }
    if (kind === WORD && (k === i || k === when) && tokens.lower(k) === 'that') return true;
    // "agreed to meet "soon"": an infinitive, not reported speech.
    if (kind === WORD && reach <= WEAK_REACH && tokens.lower(k) === 'to') return false;
  }
  return false;
}

/**
 * `will continue "to build the road"`, `agreed "to talk"`: a quotation opening with "to" right
 * after a weak verb is the verb's infinitive -- the quoted words are someone else's, reported
 * inside a clause, not what the verb's subject said.
 */
function infinitiveQuote(tokens: Tokens, k: number): boolean {
  const text = tokens.text;
  let c = tokens.start[k];
  const end = Math.min(tokens.end[k], c + 4);
  while (c < end && !/[A-Za-z]/.test(text[c])) c++;
  return text.slice(c, c + 3).toLowerCase() === 'to ';
}

/** Words that open a phrase of when: "on Monday", "last week", "earlier this month", "late Friday". */
const WHEN_OPENERS = union(DAY_OPENERS, set('earlier'));

/**
 * "The Bergen Herald reported on Monday that …": the token after a short phrase of when that
 * starts at `i` (a weekday, or a span after "last"/"this"), else `i`; a that-clause after it
 * is still the verb's.
 */
function afterWhen(tokens: Tokens, i: number, to: number): number {
  let k = i;
  while (k < to && k < i + 2 && tokens.isLowerWord(k) && WHEN_OPENERS.has(tokens.lower(k))) k++;
  if (k < to && tokens.isWord(k) && WEEKDAYS.has(tokens.lower(k))) k++;
  else if (k === i || !(k < to && tokens.isLowerWord(k) && TIME_SPANS.has(tokens.lower(k)))) return i;
  else k++;
  // ("on Tuesday night")
  if (k < to && tokens.isLowerWord(k) && TIME_SPANS.has(tokens.lower(k))) k++;
  return k;
}

/** How many words the listener of "assured … that" may take. */
const LISTENER_REACH = 8;

/**
 * "Ola Berg assured the town's residents that …": after these verbs the people told come
 * first, then what they were told; a "that" past a few plain words still opens the speech.
 */
function thatAfterObject(tokens: Tokens, w: string, i: number, to: number): boolean {
  if (!LISTENER_FIRST_CUES.has(w)) return false;
  for (let k = i; k < to && k <= i + LISTENER_REACH; k++) {
    if (tokens.kind[k] !== WORD) return false;
    if (tokens.lower(k) === 'that') return k > i;
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
