// Infinitives that report what happened: "Ola Berg went on to say" says that Berg said it,
// while "declined to say" or "wants to say" does not. Shared by the cue finder (is this "to say"
// a cue?) and the subject finder (the subject stands before the leading verb).
import { set } from './lexicon/wordSet';
import { Tokens, WORD } from './tokens';

const GO_FORMS = set('went goes go going');
const PROCEED_FORMS = set('proceeded proceeds');
const TAKE_FORMS = set('took takes taking');

/**
 * "Ola Berg went on to say", "proceeded to tell", "took to Twitter to write": verbs whose
 * infinitive happened -- unlike "declined to say" or "wants to say". The token of the leading
 * verb for the "to" at `to`, else -1.
 */
export function impliedInfinitive(tokens: Tokens, to: number, floor: number): number {
  if (!tokens.isLowerWord(to) || tokens.lower(to) !== 'to') return -1;
  const k = to - 1;
  if (k - 1 >= floor && tokens.isLowerWord(k) && tokens.lower(k) === 'on' && tokens.isLowerWord(k - 1) && GO_FORMS.has(tokens.lower(k - 1))) return k - 1;
  if (k >= floor && tokens.isLowerWord(k) && PROCEED_FORMS.has(tokens.lower(k))) return k;
  // "took to Twitter to write", "took to the floor to say".
  for (let j = k; j >= floor && j >= to - 4; j--) {
    if (tokens.kind[j] !== WORD) return -1;
    if (tokens.isLowerWord(j) && tokens.lower(j) === 'to' && tokens.isLowerWord(j - 1) && TAKE_FORMS.has(tokens.lower(j - 1))) return j - 1;
  }
  return -1;
}
