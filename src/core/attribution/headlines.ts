// Headline-style lines ("Holm Calls Talks With Lenders ‘A Farce’"): every
// longer word is capitalized, so capitals say nothing about names there. The rules that read
// capitals ask this file which paragraphs are written that way.
import { isLetter } from './chars';
import { F_CAP, Tokens, WORD } from './tokens';

/** Words shorter than this may stay lower-case in a headline ("of", "to", "and", "the"). */
const MIN_TITLE_WORD = 4;
/** A headline needs this many capitalized longer words: two could be a name in a short line. */
const MIN_CAPITALIZED = 3;

/** One flag per paragraph (indexed by `tokens.paragraph`): 1 when it is written in title case. */
export function titleCaseParagraphs(tokens: Tokens): Uint8Array {
  const paragraphs = tokens.count ? tokens.paragraph[tokens.count - 1] + 1 : 0;
  const flags = new Uint8Array(paragraphs);
  const { count, kind, paragraph } = tokens;
  let para = -1, capitalized = 0, lower = 0;
  for (let t = 0; t < count; t++) {
    if (paragraph[t] !== para) {
      if (para >= 0 && lower === 0 && capitalized >= MIN_CAPITALIZED) flags[para] = 1;
      para = paragraph[t];
      capitalized = 0;
      lower = 0;
    }
    if (kind[t] !== WORD || tokens.baseEnd[t] - tokens.start[t] < MIN_TITLE_WORD || !isLetter(tokens.text.charCodeAt(tokens.start[t]))) continue;
    if ((tokens.flags[t] & F_CAP) !== 0) {
      capitalized++;
      continue;
    }
    // One lower-case word settles a paragraph (most are body text): jump to the next one.
    // Paragraph numbers only grow, so a galloping search finds its first token.
    lower++;
    let lo = t + 1, step = 1;
    while (lo + step < count && paragraph[lo + step] === para) { lo += step; step <<= 1; }
    let hi = Math.min(count, lo + step);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraph[mid] === para) lo = mid + 1; else hi = mid;
    }
    t = lo - 1;
  }
  if (para >= 0 && lower === 0 && capitalized >= MIN_CAPITALIZED) flags[para] = 1;
  return flags;
}
