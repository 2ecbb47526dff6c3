// Translated wire copy credits a sentence in the sentence after it: "Norway will not accept
// “any ultimatum.” This was stated by Foreign Minister Ola Berg." The agent of that passive
// report said the quoted words before it.
import { set } from './lexicon/wordSet';
import { nounPhraseAfter } from './nounPhraseAfter';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { WORD, type Tokens } from './tokens';

/** The pronouns that point back at the sentence before: "This was stated by …". */
const POINTERS = set('this that it these');
/** Verbs of saying a report puts in the passive. */
const STATED = set('stated said announced reported declared noted stressed emphasized emphasised told voiced expressed underlined pointed');

/**
 * The agent of "This was stated by X" opening sentence `s`, or the first sentence with words a
 * paragraph break or two after it (also "This has been said by", "This was pointed out by",
 * "This is according to X"), when it names someone; else null.
 */
export function statedByAgent(tokens: Tokens, index: MentionIndex, s: number): SubjectRef | null {
  s = sentenceWithWords(tokens, s);
  const from = tokens.sentenceStarts[s], to = tokens.sentenceStarts[s + 1];
  let k = from;
  if (!tokens.isWord(k) || !POINTERS.has(tokens.lower(k))) return null;
  k++;
  const aux = tokens.isWord(k) ? tokens.lower(k) : '';
  if (aux === 'has' || aux === 'have') {
    if (tokens.lower(k + 1) !== 'been') return null;
    k += 2;
  } else if (aux === 'was' || aux === 'is' || aux === 'were') k++;
  else return null;
  // "This is according to Ola Berg's spokesperson, Jon Lund, who …": the source after "according to".
  if (tokens.isLowerWord(k) && tokens.lower(k) === 'according' && tokens.isLowerWord(k + 1) && tokens.lower(k + 1) === 'to' && k + 2 < to) {
    const named = appositiveName(tokens, index, k + 2, to);
    if (named) return named;
    const source = nounPhraseAfter(tokens, index, k + 2, to);
    return source.type === 'mention' || source.type === 'nominal' ? source : null;
  }
  if (!tokens.isLowerWord(k) || !STATED.has(tokens.lower(k))) return null;
  k++;
  if (tokens.isLowerWord(k) && tokens.lower(k) === 'out') k++;
  if (!tokens.isLowerWord(k) || tokens.lower(k) !== 'by' || k + 1 >= to) return null;
  const agent = nounPhraseAfter(tokens, index, k + 1, to);
  return agent.type === 'mention' || agent.type === 'nominal' ? agent : null;
}

/** Words a role phrase before its appositive name may span: "Ola Berg's spokesperson". */
const ROLE_BEFORE_NAME = 6;

/** "Ola Berg's spokesperson, Jon Lund, …": the person named after the comma that closes the role phrase at `from`, else null. */
function appositiveName(tokens: Tokens, index: MentionIndex, from: number, to: number): SubjectRef | null {
  for (let k = from; k < to && k - from <= ROLE_BEFORE_NAME; k++) {
    if (!tokens.isPunct(k, ',')) continue;
    const m = index.startingAt(k + 1);
    const mention = m >= 0 ? index.mentions[m] : null;
    return mention && (mention.kind === 'person' || mention.kind === 'name') ? index.refOf(m) : null;
  }
  return null;
}

/** Empty sentences (a paragraph break may stand as one) passed over to the next sentence with words. */
const EMPTY_SENTENCES = 2;

/** The first sentence from `s` on, within a few, that holds a word; else `s`. */
function sentenceWithWords(tokens: Tokens, s: number): number {
  const sentences = tokens.sentenceStarts.length - 1;
  for (let k = s; k < sentences && k <= s + EMPTY_SENTENCES; k++) if (holdsWord(tokens, tokens.sentenceStarts[k], tokens.sentenceStarts[k + 1])) return k;
  return s;
}

/** Tokens [from, to) hold a word: a sentence of quote marks alone, or a paragraph break, holds none. */
function holdsWord(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens.kind[k] === WORD) return true;
  return false;
}
