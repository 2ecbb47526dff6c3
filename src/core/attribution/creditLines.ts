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
  if (!isDash(tokens, k) || (!ownLine && !quoteEndsSentence(tokens, t))) return null;
  for (let j = k + 1, last = k + 1 + CREDIT_MODIFIERS; j < count && j <= last; j++) {
    // ("— “Lady Bird” director Greta Gerwig": a work's title in marks describes too; nobody in it speaks.)
    const title = titleEnd(tokens, j);
    if (title > j) {
      last += title - j + 1; // (the title is no modifier of its own: "— “Cold Harbour” best actor nominee Ola Berg")
      j = title;
      continue;
    }
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

/** Marks a work's title may stand in ("“Lady Bird”"); the span itself was set aside as a name (nameMarks.ts). */
const TITLE_MARKS = /^["“‘'«]$/u;
/** Words a title in marks may hold. */
const MAX_TITLE_WORDS = 8;

/** The closing mark of a short title whose opening mark is token `j`, or -1. */
function titleEnd(tokens: Tokens, j: number): number {
  if (tokens.kind[j] !== PUNCT || !TITLE_MARKS.test(tokens.text.slice(tokens.start[j], tokens.end[j]))) return -1;
  for (let k = j + 1; k < tokens.count && k <= j + MAX_TITLE_WORDS + 1; k++) {
    if (tokens.kind[k] === PUNCT && /^["”’'»]$/u.test(tokens.text.slice(tokens.start[k], tokens.end[k]))) return k > j + 1 ? k : -1;
    if (tokens.kind[k] !== WORD) return -1;
  }
  return -1;
}

/** Whether the quotation at `t` ends with a full stop, a question or an exclamation inside its marks. */
function quoteEndsSentence(tokens: Tokens, t: number): boolean {
  const inner = tokens.text.slice(tokens.start[t], tokens.end[t]).replace(/[\s"'“”‘’«»]+$/u, '');
  return /[.!?…]$/u.test(inner);
}
