// Double marks met inside an open double-marked quote that do not end it: a quotation nested
// in a quotation with the same marks, as careless copy writes it.
import { CH, endsSentence, isAlnum, isSpace } from './chars';

/**
 * `"They call it "the plan" and laugh," Berg said.`: an opening mark inside an open quote,
 * followed by a closing mark and then another closing mark before any opening one, quotes
 * a name or a phrase inside the quote (the outer quote goes on to the second closer). Returns the inner
 * closer, or -1 when the marks read otherwise (the earlier quote was simply never closed).
 * Looks at two marks of the line at most.
 */
export function nestedCloser(text: string, from: number, end: number): number {
  let inner = -1;
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c !== CH.DQ && c !== CH.LDQ && c !== CH.RDQ) continue;
    if (!closesHere(text, j, c, end)) return -1;
    if (inner >= 0) return inner;
    // `"He walked in and said, "Give me the keys," and left."`: a nested utterance ending in
    // punctuation is words of its own, quoted by the speaker; keep it apart.
    if (endsUtterance(text.charCodeAt(j - 1))) return -1;
    inner = j;
  }
  return -1;
}

/** `,` `.` `!` `?` before a closing mark: the nested words are a sentence someone said. */
function endsUtterance(c: number): boolean {
  return c === 44 || endsSentence(c);
}

/** Does the double mark at j read as a closing one: after a word, or a right-hand mark? */
function closesHere(text: string, j: number, c: number, end: number): boolean {
  if (c === CH.RDQ) return true;
  const prev = text.charCodeAt(j - 1);
  if (isSpace(prev)) return false;
  if (c === CH.DQ) return true;
  const next = j + 1 < end ? text.charCodeAt(j + 1) : NaN;
  return Number.isNaN(next) || !isAlnum(next);
}
