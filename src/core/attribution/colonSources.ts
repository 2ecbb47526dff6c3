// `Read more in Berg's interview with the Herald:` ¶ `"…"`: a paragraph that ends in a colon
// after someone's statement, interview or letter introduces that person's words, though no
// speech verb and no subject says so.
import { SOURCE_NOUNS, SPEECH_NOUNS } from './lexicon';
import { union } from './lexicon/wordSet';
import { nounPhraseBefore } from './nounPhraseBefore';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { BREAK, Tokens } from './tokens';
import { speechPossessor } from './uncued';

/** Nouns for what someone says or puts out, after which a colon introduces their words. */
const INTRODUCING_NOUNS = union(SPEECH_NOUNS, SOURCE_NOUNS);

/**
 * The possessor of the statement, interview or letter named right before the colon that
 * closes both the sentence [from, to) and its paragraph; the mention, or -1.
 */
export function colonSourceOwner(tokens: Tokens, index: MentionIndex, from: number, to: number): number {
  let colon = to - 1;
  while (colon > from && tokens.kind[colon] === BREAK) colon--;
  let next = colon + 1;
  while (next < tokens.count && tokens.kind[next] === BREAK) next++;
  if (!tokens.isPunct(colon, ':') || (next < tokens.count && tokens.paragraph[next] === tokens.paragraph[colon])) return -1;
  return speechPossessor(tokens, index, from, colon, INTRODUCING_NOUNS);
}

/**
 * `From the county audit: "…"`, `More from Ola Berg: "…"`: a line that opens with "from" and
 * names a source before the colon right ahead of the quote at `t` hands the quote to that
 * source; the phrase, else none.
 */
export function fromLabel(tokens: Tokens, index: MentionIndex, from: number, t: number): SubjectRef {
  const colon = t - 1;
  let first = tokens.firstWord(from, t);
  if (tokens.isWord(first) && tokens.lower(first) === 'more') first++;
  if (!tokens.isPunct(colon, ':') || first >= colon || !tokens.isWord(first) || tokens.lower(first) !== 'from') return { type: 'none' };
  const phrase = nounPhraseBefore(tokens, index, colon - 1, first + 1);
  const start = phrase.type === 'mention' || phrase.type === 'nominal' ? phrase.tokStart : -1;
  // The phrase is all that stands between "from" and the colon.
  return start === first + 1 ? phrase : { type: 'none' };
}
