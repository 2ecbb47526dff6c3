// Wire headlines credit their quotes at the end of the line: "Talks ‘far from over’: Kremlin",
// "Bergen did not ‘secretly’ close the harbour – Presidency". The name after the last colon or
// dash of a short line without a closing period is who the line's quotes are from; so is a name
// right after the full stop that closes a quoted headline ("‘Talks are far from over’. Berg").
import { isDash } from './dashes';
import { CUE_FORMS } from './lexicon';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { BREAK, Tokens } from './tokens';

/** Longest line, in tokens, read as a headline with a credit at its end. */
const HEADLINE_TOKENS = 40;
/** Longest credit, in tokens: "Russian Foreign Ministry". */
const CREDIT_TOKENS = 4;

/** The credit ending the line of the quote token `t`, as a phrase; else null. */
export function trailingCredit(tokens: Tokens, index: MentionIndex, t: number): SubjectRef | null {
  let end = t + 1;
  while (end < tokens.count && tokens.kind[end] !== BREAK) {
    if (end - t > HEADLINE_TOKENS) return null;
    end++;
  }
  let start = t;
  while (!tokens.opensLine(start)) {
    if (end - start > HEADLINE_TOKENS) return null;
    start--;
  }
  const m = index.endingAt(end - 1);
  if (m < 0) return null;
  const mention = index.mentions[m];
  const before = mention.tokStart - 1;
  if (mention.possessive || end - mention.tokStart > CREDIT_TOKENS || before <= t) return null;
  // The full stop credits only a line that is the quotation alone: "He called it “absurd”. Berg" is no headline.
  const quoteStop = start === t && before === t + 1 && tokens.isPunct(before, '.');
  if (!isDash(tokens, before) && !tokens.isPunct(before, ':') && !quoteStop) return null;
  return index.refOf(m);
}

/**
 * "‘Put your money where your mouth is’: Ola Berg criticises the budget": a line opening with
 * a quotation and a colon, then a name and its speech verb, credits the quotation to the name.
 */
export function colonSubjectCredit(tokens: Tokens, index: MentionIndex, t: number): SubjectRef | null {
  if (!tokens.opensLine(t) || !tokens.isPunct(t + 1, ':')) return null;
  const m = index.startingAt(t + 2);
  if (m < 0) return null;
  const mention = index.mentions[m];
  // (A speech verb, not any word in -s: "‘…’: Bank shares fell" credits nobody.)
  const verb = mention.tokEnd;
  if (mention.possessive || (mention.kind !== 'person' && mention.kind !== 'name') || !tokens.isLowerWord(verb) || CUE_FORMS.get(tokens.lower(verb)) !== 'finite') return null;
  return index.refOf(m);
}
