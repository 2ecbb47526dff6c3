// `Read more in Berg's interview with the Herald:` ¶ `"…"`: a paragraph that ends in a colon
// after someone's statement, interview or letter introduces that person's words, though no
// speech verb and no subject says so.
import { SOURCE_NOUNS, SPEECH_NOUNS } from './lexicon';
import { union } from './lexicon/wordSet';
import type { MentionIndex } from './nounPhrases';
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
