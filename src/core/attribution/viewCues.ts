// "In his opinion, this "breaks every rule"", "In Ola Berg's view, the plan is "reckless"",
// "In the minister's words, …": an "in" phrase whose possessor holds the opinion or spoke the
// words credits what follows, as "according to" does (read by cues.ts).
import { POSSESSIVE_PRONOUNS, VIEW_NOUNS } from './lexicon';
import { nounPhraseBefore } from './nounPhraseBefore';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { F_POSS, Tokens } from './tokens';

/** How many tokens may stand between "in" and the possessive ("In the deputy minister's"). */
const POSSESSOR_REACH = 5;

/**
 * The "in <possessor> <view noun>" cue at token `i` (an "in") of the sentence [from, to): its
 * length and holder, else null. Only a phrase set apart -- opening the sentence ("In her view,
 * …") or between commas ("the plan is, in her view, …") -- frames the clause; "correct in
 * his assessment" is part of it.
 */
export function viewCue(tokens: Tokens, index: MentionIndex, i: number, from: number, to: number): { length: number; subject: SubjectRef } | null {
  if (i !== tokens.firstWord(from, to) && !tokens.isPunct(i - 1, ',')) return null;
  const next = i + 1;
  if (next + 1 >= to || !tokens.isWord(next)) return null;
  const pronoun = POSSESSIVE_PRONOUNS.get(tokens.lower(next));
  if (pronoun) return viewNoun(tokens, next + 1) ? { length: 3, subject: { type: 'pronoun', tok: next, refers: pronoun } } : null;
  for (let k = next; k < to && k < next + POSSESSOR_REACH && tokens.isWord(k); k++) {
    if ((tokens.flags[k] & F_POSS) === 0) continue;
    if (!viewNoun(tokens, k + 1)) return null;
    const m = index.endingAt(k);
    const holder: SubjectRef = m >= 0 ? { type: 'mention', mention: m, tokStart: index.mentions[m].tokStart, tokEnd: index.mentions[m].tokEnd } : nounPhraseBefore(tokens, index, k, next);
    return holder.type === 'mention' || holder.type === 'nominal' ? { length: k + 2 - i, subject: holder } : null;
  }
  return null;
}

/** A view noun at token k that ends the phrase: "opinion," / "view" before the clause. */
function viewNoun(tokens: Tokens, k: number): boolean {
  return tokens.isLowerWord(k) && VIEW_NOUNS.has(tokens.lower(k));
}
