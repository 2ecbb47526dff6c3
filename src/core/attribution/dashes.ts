// Dashes between words. Which one a writer types varies ("—", "–", "--", " - "), so every
// rule that means "a dash" asks here rather than listing the marks itself.
import { F_ALLCAPS, type Tokens } from './tokens';

/** The punctuation token `k` is a dash of any kind, a plain hyphen included ("- Ola Berg."). */
export function isDash(tokens: Tokens, k: number): boolean {
  return tokens.isPunct(k, '—') || tokens.isPunct(k, '–') || tokens.isPunct(k, '-');
}

/**
 * A dash that can set off an aside inside a sentence ("Ola Moe — named by the paper —
 * told"): a lone hyphen counts only when doubled ("--") or followed by a space, since
 * between words it joins them into one ("pro-Kremlin").
 */
export function isAsideDash(tokens: Tokens, k: number): boolean {
  if (!isDash(tokens, k)) return false;
  return tokens.isPunct(k, '-') ? tokens.end[k] - tokens.start[k] >= 2 || tokens.text.charCodeAt(tokens.end[k]) === 32 : true;
}

/** Tokens a shouted dateline spans before its dash or colon ("WASHINGTON, Aug. 24 (UPI) —"). */
const DATELINE_REACH = 15;

/**
 * Where a sentence's own words start after a shouted dateline ("SEOUL, Jan 13 (Reuters) — Kari
 * Moe said"): the token after its dash or colon; `start` when the sentence opens with none.
 */
export function afterShoutedDateline(tokens: Tokens, start: number, to: number): number {
  if (start >= to || (tokens.flags[start] & F_ALLCAPS) === 0) return start;
  for (let k = start + 1; k < to && k < start + DATELINE_REACH; k++) {
    if (isDash(tokens, k) || tokens.isPunct(k, ':')) return k + 1;
  }
  return start;
}
