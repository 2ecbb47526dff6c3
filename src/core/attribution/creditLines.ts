// `"I will look into it." ¶ - Ola Berg.`: a quotation closing its paragraph, and a line of its
// own after it giving only a dash and a name, is that person's -- the way epigraphs, lists
// of quotations and fact checks credit what they quote.
import { isDash } from './dashes';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { BREAK, PUNCT, Tokens } from './tokens';

/** The name on a "- Name." line right after the paragraph the quote at `t` ends; else null. */
export function creditLineAfter(tokens: Tokens, index: MentionIndex, t: number): SubjectRef | null {
  const { count, kind } = tokens;
  let k = t + 1;
  while (k < count && kind[k] === PUNCT && !isDash(tokens, k)) k++;
  if (k >= count || kind[k] !== BREAK) return null;
  while (k < count && kind[k] === BREAK) k++;
  if (!isDash(tokens, k)) return null;
  const m = index.startingAt(k + 1);
  if (m < 0) return null;
  const mention = index.mentions[m];
  if (mention.kind === 'place') return null;
  let e = mention.tokEnd;
  if (tokens.isPunct(e, '.')) e++;
  if (e < count && kind[e] !== BREAK) return null;
  return index.refOf(m);
}
