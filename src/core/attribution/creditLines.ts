// `"I will look into it." ¶ - Ola Berg.`, `"Don't tweet drunk." — Adam Lambert at the summit on
// Feb. 11.`: a quotation followed by a dash and a name, on a line of its own or right after the
// quotation's closing mark, is that person's -- the way epigraphs, lists of quotations ("the
// best quotes of the week") and fact checks credit what they quote.
import { isDash } from './dashes';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { BREAK, PUNCT, Tokens, WORD } from './tokens';

/** Words of description a credit may give before the name: "— Canadian teenager Felix Auger-Aliassime". */
const CREDIT_MODIFIERS = 3;

/** The name a dash credits the quote at `t` to, on the line after its paragraph or right after it; else null. */
export function creditLineAfter(tokens: Tokens, index: MentionIndex, t: number): SubjectRef | null {
  const { count, kind } = tokens;
  let k = t + 1;
  while (k < count && kind[k] === PUNCT && !isDash(tokens, k)) k++;
  const ownLine = k < count && kind[k] === BREAK;
  while (k < count && kind[k] === BREAK) k++;
  // (On the quotation's own line only after a whole sentence: `called it "a mess" — Berg's word` is prose.)
  if (!isDash(tokens, k) || (!ownLine && !endsSentence(tokens, t))) return null;
  for (let j = k + 1; j < count && j <= k + 1 + CREDIT_MODIFIERS; j++) {
    const m = index.startingAt(j);
    if (m >= 0) {
      const mention = index.mentions[m];
      return mention.kind === 'place' || mention.possessive ? null : index.refOf(m);
    }
    // ("— Straight-talking Australian Dylan Alcott": describing words, capitalised or not.)
    if (kind[j] !== WORD) return null;
  }
  return null;
}

/** Whether the quotation at `t` ends with a full stop, a question or an exclamation inside its marks. */
function endsSentence(tokens: Tokens, t: number): boolean {
  const inner = tokens.text.slice(tokens.start[t], tokens.end[t]).replace(/[\s"'“”‘’«»]+$/u, '');
  return /[.!?…]$/u.test(inner);
}
