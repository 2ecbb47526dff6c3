// `‘Talks with Bergen are at a low point’` ¶ `Foreign Minister Ola Berg said on Monday …`: a
// quotation set as a line of its own, with no closing period inside it, is a title or a
// sub-heading. The writer names who said it in the paragraph right below, so its speaker is
// the one that paragraph opens with, not whoever spoke last above it.
import type { QuoteSpan } from './quotes';
import { BREAK, PUNCT, QUOTE, Tokens } from './tokens';

/** Marks that end a sentence of quoted prose ("…a low point."), unlike a heading. */
const TERMINAL = '.!?…';

/** The quote token `t` fills its line alone (closing marks aside) and ends without a terminal mark. */
export function isQuoteLine(tokens: Tokens, spans: QuoteSpan[], t: number): boolean {
  if (tokens.kind[t] !== QUOTE || !tokens.opensLine(t)) return false;
  let k = t + 1;
  while (k < tokens.count && tokens.kind[k] === PUNCT && !TERMINAL.includes(tokens.text[tokens.start[k]])) k++;
  if (k < tokens.count && tokens.kind[k] !== BREAK) return false;
  const span = spans[tokens.quote[t]];
  const inner = tokens.text.slice(span.start, span.end).trimEnd();
  return inner.length > 0 && !TERMINAL.includes(inner[inner.length - 1]);
}
