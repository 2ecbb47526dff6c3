// "Ada Berg Praises Election Chief Jon Lund: ‘Very Good Work’": in a headline every word is
// capitalized, so the words before the colon read as one long name ending in the label "Jon
// Lund". But a name opening the line and followed by a capitalized word of no name (the
// headline's verb) is the subject of that verb, and the quote after the colon is its words.
import type { Mention } from './mentions';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { F_POSS, Tokens } from './tokens';

/** The subject of a headline verb opening the line before `label`, as a phrase; else null. */
export function headlineLead(tokens: Tokens, index: MentionIndex, first: number, label: SubjectRef): SubjectRef | null {
  if (label.type !== 'mention') return null;
  const lead = index.startingAt(first);
  if (lead < 0 || lead === label.mention) return null;
  const m: Mention = index.mentions[lead];
  if ((m.kind !== 'person' && m.kind !== 'name') || m.possessive || (tokens.flags[m.tokEnd - 1] & F_POSS) !== 0) return null;
  if (m.tokEnd >= index.mentions[label.mention].tokStart) return null;
  // The word after the name is capitalized and names nobody: the verb ("Praises").
  if (!tokens.isCap(m.tokEnd) || index.startingAt(m.tokEnd) >= 0) return null;
  return index.refOf(lead);
}
