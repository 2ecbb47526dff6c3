// "The Norland ministry on Monday issued a statement …" and later "the statement said": a
// written source introduced as what someone issued, released or published speaks for its
// issuer, as a spokesman does for the person who sent him.
import { cueSubject } from './cueSubjects';
import { ISSUED_DETERMINERS, ISSUING_VERBS, SOURCE_NOUNS } from './lexicon';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { Tokens, WORD } from './tokens';

/** Plain words allowed between the determiner and the source noun: "a lengthy written statement". */
const MAX_SOURCE_MODIFIERS = 2;

/** A source issued in a sentence: its head noun ("statement") and who issued it. */
export interface Issue {
  head: string;
  subject: SubjectRef;
  /** The issuing verb's token. */
  tok: number;
  /** The first token of the source's phrase ("a" of "a statement"). */
  object: number;
}

/** "X issued a statement", "X released its annual report": each issued source in sentence [from, to). */
export function issuedSources(tokens: Tokens, index: MentionIndex, from: number, to: number): Issue[] {
  const found: Issue[] = [];
  for (let i = from; i < to; i++) {
    if (!tokens.isLowerWord(i) || !ISSUING_VERBS.has(tokens.lower(i))) continue;
    const head = sourceObject(tokens, i + 1, to);
    if (head < 0) continue;
    const { subject, passive } = cueSubject(tokens, index, i, i + 1, 'finite', from, to);
    if (!passive && subject.type !== 'none') found.push({ head: tokens.lower(head), subject, tok: i, object: i + 1 });
  }
  return found;
}

/** The source noun of "a [modifiers] statement" starting at `k`, else -1. */
function sourceObject(tokens: Tokens, k: number, to: number): number {
  if (!tokens.isWord(k) || !ISSUED_DETERMINERS.has(tokens.lower(k))) return -1;
  for (let j = k + 1; j < to && j <= k + 1 + MAX_SOURCE_MODIFIERS && tokens.kind[j] === WORD; j++) {
    if (SOURCE_NOUNS.has(tokens.lower(j))) return j;
  }
  return -1;
}
