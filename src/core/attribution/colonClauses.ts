// A clause of its own ending in the colon that opens a quote: `Responding to the report, which
// claimed the fund was "empty," Kari Moe had this to say: "…"`. The cue further back belongs
// to another clause; the person who opens the colon's clause introduces the quote.
import { COORDINATORS } from './lexicon';
import type { MentionIndex } from './nounPhrases';
import { WORD, type Tokens } from './tokens';

/** The most words the colon's clause may have: "Kari Moe had this to say". */
const COLON_CLAUSE = 10;

/**
 * The person mention opening the clause that ends in the colon right before the quote at `t`,
 * when that clause starts after `cueEnd` (the token after the cue the quote would otherwise
 * take), after a comma or another quote. -1 otherwise.
 */
export function colonClauseSpeaker(tokens: Tokens, index: MentionIndex, cueEnd: number, t: number): number {
  if (!tokens.isPunct(t - 1, ':')) return -1;
  let k = t - 2;
  while (k >= cueEnd && t - 2 - k < COLON_CLAUSE && tokens.kind[k] === WORD) k--;
  if (k < cueEnd || tokens.kind[k] === WORD) return -1;
  // ("…, but Kari Moe had a reply ready:": a coordinator may open the clause.)
  const first = tokens.isLowerWord(k + 1) && COORDINATORS.has(tokens.lower(k + 1)) ? k + 2 : k + 1;
  const m = index.startingAt(first);
  if (m < 0) return -1;
  const { kind, possessive, tokEnd } = index.mentions[m];
  return (kind === 'person' || kind === 'name') && !possessive && tokEnd < t - 2 && tokens.isLowerWord(tokEnd) ? m : -1;
}
