// Dashes between words. Which one a writer types varies ("—", "–", "--", " - "), so every
// rule that means "a dash" asks here rather than listing the marks itself.
import type { Tokens } from './tokens';

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
