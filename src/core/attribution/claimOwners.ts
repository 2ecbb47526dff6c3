// A quotation inside the that-clause of someone's claim: "Lund rejected Berg's claim that the
// port was “closed for good”", "the spokesman dismissed the claim by Ola Berg that talks were
// “close”". The words are the claim's, so its owner said them, whatever verb frames the sentence.
import { NAMING_CUES } from './cueChoice';
import type { Cue } from './cues';
import { SPEECH_NOUNS } from './lexicon';
import { set } from './lexicon/wordSet';
import { beforeTitle, type MentionIndex } from './nounPhrases';
import { possessiveSpeaker } from './uncued';
import { F_POSS, QUOTE, Tokens, WORD } from './tokens';

/** How far before the quote the "that" opening the claim's clause may stand. */
const CLAUSE_REACH = 12;
/** Words between a possessive name and its speech noun: "Berg's repeated claim". */
const MODIFIERS = 2;

/** The mention owning a speech noun whose that-clause holds the quote at `t`, or -1. */
export function claimOwner(tokens: Tokens, index: MentionIndex, cues: readonly Cue[], from: number, t: number): number {
  // "calling Berg's claim that talks failed “a fairy tale”", "… as “a fairy tale”": a label put on the claim is the labeller's.
  if (tokens.isWord(t - 1) && tokens.lower(t - 1) === 'as') return -1;
  for (let k = t - 1; k >= from && k >= t - CLAUSE_REACH; k--) {
    if (tokens.kind[k] === QUOTE) return -1;
    if (tokens.kind[k] !== WORD || tokens.lower(k) !== 'that') continue;
    // "remarks by Ola Berg that justified the strikes were “dangerous”": a relative "that" (a
    // verb follows) leaves the quote to the main clause; a claim's clause opens with its subject.
    if (!opensSubject(tokens, k + 1)) return -1;
    // A cue inside the clause ("the claim that Berg said “…”") frames the words itself; a
    // naming verb before it ("called Berg's claim that … “a fairy tale”") puts a label on the claim.
    if (cues.some((c) => (c.tok > k && c.tok < t) || (c.tok < k && NAMING_CUES.has(c.text)))) return -1;
    return ownerBefore(tokens, index, k - 1, from);
  }
  return -1;
}

/** "Berg's claim" or "the claim by Ola Berg" ending at token `end`: the owner's mention, or -1. */
function ownerBefore(tokens: Tokens, index: MentionIndex, end: number, from: number): number {
  // "the claim by (Foreign Minister) Ola Berg": a name right before "that", after "by", its
  // title, and a speech noun.
  const named = index.endingAt(end);
  if (named >= 0) {
    const by = beforeTitle(tokens, index.mentions[named].tokStart, from);
    return by - 1 >= from && tokens.isLowerWord(by) && tokens.lower(by) === 'by' && isSpeechNoun(tokens, by - 1) && index.mentions[named].kind !== 'place' ? named : -1;
  }
  if (!isSpeechNoun(tokens, end)) return -1;
  // "Berg's (repeated) claim": a possessive name a few words before the noun.
  for (let k = end - 1; k >= from && k >= end - 1 - MODIFIERS; k--) {
    if (tokens.kind[k] !== WORD) return -1;
    if ((tokens.flags[k] & F_POSS) !== 0) return possessiveSpeaker(tokens, index, k);
  }
  return -1;
}

/** Words a that-clause's subject may open with: determiners and subject pronouns. */
const SUBJECT_OPENERS = set('the a an this these those his her its their our my your some no every all many both there it he she they we i you');

/** Token `k` can open a clause's subject: a capitalised word (a name), a determiner or a pronoun. */
function opensSubject(tokens: Tokens, k: number): boolean {
  return tokens.isCap(k) || (tokens.isWord(k) && SUBJECT_OPENERS.has(tokens.lower(k)));
}

function isSpeechNoun(tokens: Tokens, k: number): boolean {
  return tokens.kind[k] === WORD && SPEECH_NOUNS.has(tokens.lower(k));
}

/** Speech nouns whose "of" or "for" phrase is what was said: "threats of “trouble”", "calls for “restraint”". */
const CONTENT_NOUNS = set('threat threats warning warnings call calls promise promises pledge pledges vow vows demand demands claim claims accusation accusations charge charges');

/**
 * "despite threats of “trouble” from Ola Berg": the quotation is what a speech noun says, and
 * "from" or "by" after it names who said it. The source's mention, or -1.
 */
export function speechNounSource(tokens: Tokens, index: MentionIndex, t: number): number {
  const prep = t - 1;
  if (!tokens.isLowerWord(prep) || (tokens.lower(prep) !== 'of' && tokens.lower(prep) !== 'for') || !tokens.isLowerWord(prep - 1) || !CONTENT_NOUNS.has(tokens.lower(prep - 1))) return -1;
  const from = t + 1;
  if (!tokens.isLowerWord(from) || (tokens.lower(from) !== 'from' && tokens.lower(from) !== 'by')) return -1;
  const m = index.startingAt(from + 1);
  return m >= 0 && index.mentions[m].kind !== 'place' ? m : -1;
}
