// The gender a description's own clause gives it: "the president buys herself time", "the
// minister said she would …". Read by descriptions.ts to pick among a role's recent holders.
import type { Tokens } from './tokens';

/** Tokens after a description read for a pronoun that tells its gender. */
const GENDER_REACH = 3;

/**
 * "the president buys herself time", "the minister said she would …": a reflexive after the
 * description's verb, or a subject pronoun opening the clause its verb reports, is the
 * description's own and tells its gender; else undefined.
 */
export function genderAfter(tokens: Tokens, end: number): 'm' | 'f' | undefined {
  for (let k = end; k < tokens.count && k < end + GENDER_REACH && tokens.isLowerWord(k); k++) {
    const w = tokens.lower(k);
    if (w === 'herself') return 'f';
    if (w === 'himself') return 'm';
    const opensReport = k === end + 1 || (k === end + 2 && tokens.lower(end + 1) === 'that');
    if (opensReport && w === 'she') return 'f';
    if (opensReport && w === 'he') return 'm';
  }
  return undefined;
}
