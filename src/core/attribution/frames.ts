// Attribution frames whatever their verb: `"…," Berg went on`, `"…," an angry Lund
// retaliated.` A quotation closed by a comma (or ? !), then a speaker and a verb that ends the
// clause, credits the speaker even when the verb is not in the speech-verb lexicon.
import type { Cue } from './cues';
import { appositiveName } from './cueSubjects';
import { ARTICLES, CUE_FORMS, FUNCTION_WORDS } from './lexicon';
import { nounPhraseAfter } from './nounPhraseAfter';
import { MentionIndex, phraseEnd, type SubjectRef } from './nounPhrases';
import { BREAK, lastQuotedChar, PUNCT, QUOTE, Tokens, WORD } from './tokens';

/** Past forms without -ed that close an attribution frame: `"…," Lund shot back`. */
const FRAME_PASTS = new Set(['went', 'shot', 'spoke', 'broke', 'struck', 'cut', 'began', 'chimed', 'fired', 'hit', 'threw', 'came']);
const FRAME_PARTICLES = new Set(['on', 'back', 'in', 'up', 'out']);
/** Words that may follow the frame's verb: "…, Moe shot back with a grin". */
const FRAME_FOLLOWERS = new Set(['with', 'as', 'after', 'before', 'while', 'during']);

/**
 * `"…," Berg went on`, `"…," an angry Lund retaliated.`: a quotation closed by a comma
 * (or ? !), then a speaker and a verb that ends the clause, is an attribution frame whatever
 * the verb -- news prose varies its speech verbs freely in this slot.
 */
export function frameCue(tokens: Tokens, index: MentionIndex, q: number, to: number): Cue | null {
  let k = q + 1;
  if (tokens.isPunct(k, ',')) k++;
  else if (!framingEnd(tokens, q)) return null;
  if (k >= to || tokens.kind[k] !== WORD) return null;
  if (frameVerb(tokens, k)) return invertedFrame(tokens, index, k, to);
  const subject = presentVerbOut(tokens, index, k, nounPhraseAfter(tokens, index, k, Math.min(to, k + 8)));
  if (subject.type !== 'mention' && subject.type !== 'nominal' && subject.type !== 'pronoun') return null;
  if (subject.type !== 'pronoun' && subject.tokStart !== k && !ARTICLES.has(tokens.lower(k))) return null;
  const v = phraseEnd(subject);
  if (v >= to || !tokens.isLowerWord(v)) return null;
  const present = presentFrameVerb(tokens, v);
  if (!present && !frameVerb(tokens, v)) return null;
  let tokEnd = v + 1;
  if (!present && tokens.isWord(tokEnd) && FRAME_PARTICLES.has(tokens.lower(tokEnd))) tokEnd++;
  const next = tokEnd;
  const closes = next >= to || tokens.kind[next] === QUOTE || tokens.kind[next] === BREAK || tokens.kind[next] === PUNCT || (tokens.isWord(next) && (FRAME_FOLLOWERS.has(tokens.lower(next)) || (present && tokens.lower(next) === 'in')));
  if (!closes) return null;
  return { tok: v, tokEnd, text: tokens.text.slice(tokens.start[v], tokens.end[tokEnd - 1]).toLowerCase(), form: 'finite', passive: false, subject };
}

/**
 * `"…," the authors conclude in the report.`: a speech verb's plain present after a plural
 * speaker. Out of a frame most of these base forms are too often nouns or infinitives to be
 * cues ("the state", "to conclude"); in the frame slot they can only be the verb.
 */
function presentFrameVerb(tokens: Tokens, v: number): boolean {
  return tokens.isLowerWord(v) && CUE_FORMS.get(tokens.lower(v)) === 'base';
}

/**
 * `"…," the Saudis state in …`: a base form that can be a noun ("state", "report") may have
 * been read as the head of the speaker's phrase; when the words before it are a phrase of
 * their own, it is the frame's verb instead.
 */
function presentVerbOut(tokens: Tokens, index: MentionIndex, k: number, subject: SubjectRef): SubjectRef {
  const last = phraseEnd(subject) - 1;
  if (last <= k || !presentFrameVerb(tokens, last)) return subject;
  const shorter = nounPhraseAfter(tokens, index, k, last);
  return (shorter.type === 'mention' || shorter.type === 'nominal') && phraseEnd(shorter) === last ? shorter : subject;
}

/** A lower-case past form outside the speech-verb lexicon: "retaliated", "shot". */
function frameVerb(tokens: Tokens, v: number): boolean {
  if (!tokens.isLowerWord(v)) return false;
  const w = tokens.lower(v);
  return !CUE_FORMS.has(w) && (FRAME_PASTS.has(w) || (w.length > 4 && w.endsWith('ed') && !FUNCTION_WORDS.has(w)));
}

/**
 * `"…?" reacted Berg.`, `"…," exhorted her introducer, actress Maria Holm.`: the verb
 * first, then the speaker ending the sentence (or set off by a comma).
 */
function invertedFrame(tokens: Tokens, index: MentionIndex, v: number, to: number): Cue | null {
  const subject = appositiveName(tokens, index, nounPhraseAfter(tokens, index, v + 1, Math.min(to, v + 9)));
  if (subject.type !== 'mention' && subject.type !== 'nominal') return null;
  const next = phraseEnd(subject);
  const closes = next >= to || tokens.kind[next] === BREAK || tokens.isPunct(next, '.') || tokens.isPunct(next, ',');
  if (!closes) return null;
  return { tok: v, tokEnd: v + 1, text: tokens.lower(v), form: 'finite', passive: false, subject };
}

/** The quotation's own words end in a comma, a question or an exclamation mark. */
export function framingEnd(tokens: Tokens, q: number): boolean {
  const last = lastQuotedChar(tokens, q);
  return last === ',' || last === '?' || last === '!';
}
