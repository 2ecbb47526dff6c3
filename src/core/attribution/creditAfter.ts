// `NNA/ "We will not give up the harbour".` ¶ `Norland president Ola Berg said at a party
// meeting.`: wire copy (often translated) sets the quotation as a paragraph of its own and
// credits it in the next one, with a speech verb that has nothing after it but where and
// when it was said. The verb's words are then the quotation before it.
import type { Cue } from './cues';
import { PREPOSITIONS } from './lexicon';
import { QUOTE, Tokens } from './tokens';

/** Verbs that take a listener before anything else: "told reporters at …". */
const TOLD = new Set(['told', 'tells']);
/** How many words the listener of "told" may take. */
const LISTENER_WORDS = 3;

/**
 * The cue of sentence [from, to) that credits a quotation ending the paragraph before: the
 * sentence opens its paragraph, holds no quotation, and its speech verb has no complement
 * ("said.", "said at a meeting", "told reporters on Friday"). Null when there is none.
 */
export function creditForQuoteBefore(tokens: Tokens, cues: Cue[], from: number, to: number): Cue | null {
  for (let k = from; k < to; k++) if (tokens.kind[k] === QUOTE) return null;
  for (const cue of cues) {
    if (cue.passive || cue.form !== 'finite') continue;
    let k = cue.tokEnd;
    if (TOLD.has(cue.text)) {
      const listener = k;
      while (k < to && k - listener < LISTENER_WORDS && tokens.isLowerWord(k) && !PREPOSITIONS.has(tokens.lower(k))) k++;
      if (k === listener) continue;
    }
    if (k >= to || tokens.isPunct(k, '.') || (tokens.isLowerWord(k) && PREPOSITIONS.has(tokens.lower(k)) && tokens.lower(k) !== 'of')) return cue;
  }
  return null;
}
