// Headline-style lines ("Holm Calls Talks With Lenders ‘A Farce’"): every
// longer word is capitalized, so capitals say nothing about names there. The rules that read
// capitals ask this file which paragraphs are written that way.
import { isLetter } from './chars';
import { BREAK, F_CAP, Tokens, WORD } from './tokens';

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

/**
 * One flag per paragraph: 1 for a line inside the story that ends with no terminal mark or
 * colon -- a related-link headline, a caption, a section label ("Norland Warns Of Delays",
 * "More on the ferry"). Such lines interrupt the prose; who they name is not who the next
 * "she said" means. Lines above the first paragraph of prose are the title block, not flagged.
 */
export function bodyHeadlines(tokens: Tokens): Uint8Array {
  const { count, kind, paragraph } = tokens;
  const flags = new Uint8Array(count ? paragraph[count - 1] + 1 : 0);
  let prose = false;
  for (let i = 0; i < count; i++) {
    if (i + 1 < count && paragraph[i + 1] === paragraph[i]) continue;
    // The paragraph's last word or mark, before the break that ends it.
    const k = kind[i] === BREAK ? i - 1 : i;
    if (k < 0 || kind[k] === BREAK || paragraph[k] !== paragraph[i]) continue;
    const ended = endsLikeProse(tokens.text, tokens.end[k]);
    if (prose && !ended) flags[paragraph[k]] = 1;
    prose ||= ended;
  }
  return flags;
}

/** Marks that may close a sentence after its terminal mark: "…U.S.)", "…end.”" (or a mark typed the wrong way round, "…end.“"). */
const CLOSERS = ')]"\'”’»“‘';

/** How many closing marks and spaces may follow a terminal mark: "meant.)", "harder.”)". */
const MAX_CLOSERS = 6;

/** The text before `end` ends in a terminal mark or a colon, past closing marks ("N.Y.", "meant.)"). */
function endsLikeProse(text: string, end: number): boolean {
  let e = end;
  while (e > 0 && end - e < MAX_CLOSERS && (CLOSERS.includes(text[e - 1]) || text[e - 1] === ' ')) e--;
  return e > 0 && '.!?:…'.includes(text[e - 1]);
}
