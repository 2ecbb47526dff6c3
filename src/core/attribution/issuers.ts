// "The Norland ministry on Monday issued a statement …" and later "the statement said": a
// written source introduced as what someone issued, released or published speaks for its
// issuer, as a spokesman does for the person who sent him.
import { cueSubject } from './cueSubjects';
import { ARTICLES, CUE_FORMS, ISSUED_DETERMINERS, ISSUING_VERBS, SOURCE_NOUNS, VERB_GAP } from './lexicon';
import { set, union } from './lexicon/wordSet';
import { nounPhraseAfter } from './nounPhraseAfter';
import { nounPhraseBefore } from './nounPhraseBefore';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { QUOTE, Tokens, WORD } from './tokens';
import { WordShapes } from './wordShapes';

/** Plain words allowed between the determiner and the source noun: "a lengthy written statement". */
const MAX_SOURCE_MODIFIERS = 2;

/** A source issued in a sentence: its head noun ("statement") and who issued it. */
export interface Issue {
  head: string;
  subject: SubjectRef;
  /** The issuing verb's token. */
  tok: number;
  /** The first token of the source's phrase ("a" of "a statement"). */
  object: number;
}

/** The issuing verbs and "in" by shape: this loop sees every word of the article, most of them no candidate. */
const ISSUER_SHAPES = new WordShapes([...ISSUING_VERBS, 'in', 'by']);

/**
 * "X issued a statement", "X released its annual report", "X said in a statement", "X wrote
 * on Monday in his statement": each issued source in sentence [from, to).
 */
export function issuedSources(tokens: Tokens, index: MentionIndex, from: number, to: number): Issue[] {
  const found: Issue[] = [];
  const opener = frontedSource(tokens, index, from, to);
  if (opener) found.push(opener);
  for (let i = from; i < to; i++) {
    if (!ISSUER_SHAPES.fits(tokens, i) || !tokens.isLowerWord(i)) continue;
    const w = tokens.lower(i);
    if (w === 'by') {
      const author = authorAfter(tokens, index, i, from, to) ?? issuedBy(tokens, index, i, from, to);
      if (author) found.push(author);
      continue;
    }
    const verb = ISSUING_VERBS.has(w) ? i : w === 'in' ? speechVerbBefore(tokens, i, from) : -1;
    if (verb < 0) {
      const fronted = w === 'in' ? sourceBeforeVerb(tokens, index, i, from, to) : null;
      if (fronted) found.push(fronted);
      continue;
    }
    const head = sourceObject(tokens, i + 1, to);
    if (head < 0) continue;
    const { subject, passive } = cueSubject(tokens, index, verb, verb + 1, 'finite', from, to);
    if (!passive && subject.type !== 'none') found.push({ head: tokens.lower(head), subject, tok: verb, object: i + 1 });
  }
  return found;
}

/**
 * "A statement by an official of the Bergen port authority did not explain why …": a source credited with
 * "by" to someone described, not named; that description is who "the spokesman" means later.
 */
function authorAfter(tokens: Tokens, index: MentionIndex, by: number, from: number, to: number): Issue | null {
  if (by - 1 < from || !tokens.isLowerWord(by - 1) || !SOURCE_NOUNS.has(tokens.lower(by - 1))) return null;
  const subject = nounPhraseAfter(tokens, index, by + 1, to);
  if (subject.type !== 'nominal' || !subject.person || subject.definite) return null;
  return { head: tokens.lower(by - 1), subject, tok: by, object: by - 1 };
}

/** Tokens from a source noun to the participle that says who issued it: "a report on the board released by". */
const ISSUED_BY_REACH = 6;

/**
 * "A report on the board released by the auditor general in December found …", "the blog
 * published by Silent Voices": a source followed by who issued it, in the sentence or before a
 * later "the blog said". The issuer must be someone or a body, not "by hand" or "by noon".
 */
function issuedBy(tokens: Tokens, index: MentionIndex, by: number, from: number, to: number): Issue | null {
  if (by - 1 <= from || !tokens.isLowerWord(by - 1) || !ISSUING_VERBS.has(tokens.lower(by - 1))) return null;
  for (let k = by - 2; k >= from && by - 2 - k <= ISSUED_BY_REACH; k--) {
    if (tokens.kind[k] !== WORD) return null;
    if (!tokens.isLowerWord(k) || !SOURCE_NOUNS.has(tokens.lower(k))) continue;
    const object = sourceStart(tokens, k, from);
    // ("Tinubu said this in a statement issued by his media office": the statement is how
    // Tinubu spoke; the office only sent it.)
    if (object < 0 || (object - 1 >= from && tokens.isWord(object - 1) && tokens.lower(object - 1) === 'in')) return null;
    const subject = nounPhraseAfter(tokens, index, by + 1, to);
    return subject.type === 'mention' || (subject.type === 'nominal' && !(subject.person && subject.definite)) ? { head: tokens.lower(k), subject, tok: by, object } : null;
  }
  return null;
}

/** The determiner opening the phrase of the source noun at `noun` ("the “silly” blog", "a new report"), else -1. */
function sourceStart(tokens: Tokens, noun: number, from: number): number {
  for (let j = noun - 1; j >= from && noun - j <= MAX_SOURCE_MODIFIERS + 1; j--) {
    if (tokens.kind[j] === WORD && SOURCE_DETERMINERS.has(tokens.lower(j))) return j;
    if (tokens.kind[j] !== WORD && tokens.kind[j] !== QUOTE) return -1;
  }
  return -1;
}

/** Determiners of a source followed by its issuer: "the blog published by", "a report released by". */
const SOURCE_DETERMINERS = union(ARTICLES, set('this that'));

/** Tokens an opening "In a statement …," may run to its comma: "In a statement posted on its website,". */
const OPENER_REACH = 12;
/** Tokens between that comma and the speech verb: "the foreign ministry on Monday said". */
const SUBJECT_REACH = 8;

/**
 * "In a statement posted on its website, the embassy said …": a sentence opening with the
 * source names its issuer in the clause after the comma.
 */
function frontedSource(tokens: Tokens, index: MentionIndex, from: number, to: number): Issue | null {
  if (!tokens.isWord(from) || tokens.lower(from) !== 'in') return null;
  const head = sourceObject(tokens, from + 1, to);
  if (head < 0) return null;
  let comma = head + 1;
  while (comma < to && comma - from <= OPENER_REACH && !tokens.isPunct(comma, ',')) comma++;
  if (!tokens.isPunct(comma, ',')) return null;
  for (let verb = comma + 2; verb < to && verb - comma <= SUBJECT_REACH; verb++) {
    if (!tokens.isLowerWord(verb) || CUE_FORMS.get(tokens.lower(verb)) !== 'finite') continue;
    const { subject, passive } = cueSubject(tokens, index, verb, verb + 1, 'finite', comma + 1, to);
    return !passive && subject.type !== 'none' ? { head: tokens.lower(head), subject, tok: verb, object: from + 1 } : null;
  }
  return null;
}

/** Words a speech verb and its "in a statement" may have between them: "said on Monday in …". */
const MAX_VERB_GAP = 3;

/** The finite speech verb a few time words before "in" at `k` ("said on Friday in"), else -1. */
function speechVerbBefore(tokens: Tokens, k: number, from: number): number {
  for (let v = k - 1; v >= from && k - v <= MAX_VERB_GAP + 1 && tokens.isWord(v); v--) {
    const w = tokens.lower(v);
    if (CUE_FORMS.get(w) === 'finite' && tokens.isLowerWord(v)) return v;
    if (w !== 'on' && !VERB_GAP.has(w)) return -1;
  }
  return -1;
}

/**
 * "The ministry in its Monday statement insisted …": the phrase "in" at `k` opens sits between
 * the speaker and the speech verb after the source; the issuer is the phrase before "in".
 */
function sourceBeforeVerb(tokens: Tokens, index: MentionIndex, k: number, from: number, to: number): Issue | null {
  const head = sourceObject(tokens, k + 1, to);
  if (head < 0 || head + 1 >= to || !tokens.isLowerWord(head + 1) || CUE_FORMS.get(tokens.lower(head + 1)) !== 'finite') return null;
  const subject = k - 1 >= from ? nounPhraseBefore(tokens, index, k - 1, from) : null;
  if (!subject || (subject.type !== 'mention' && subject.type !== 'nominal')) return null;
  return { head: tokens.lower(head), subject, tok: head + 1, object: k + 1 };
}

/** The source noun of "a [modifiers] statement" starting at `k`, else -1. */
function sourceObject(tokens: Tokens, k: number, to: number): number {
  if (!tokens.isWord(k) || !ISSUED_DETERMINERS.has(tokens.lower(k))) return -1;
  for (let j = k + 1; j < to && j <= k + 1 + MAX_SOURCE_MODIFIERS && tokens.kind[j] === WORD; j++) {
    if (SOURCE_NOUNS.has(tokens.lower(j))) return j;
  }
  return -1;
}
