// Quotation marks around a name rather than around anybody's words: wire copy often sets the
// titles of newspapers, broadcasts, films, conferences and military operations in marks.
import { isLower, isSpace, isUpper } from './chars';
import { ADDRESSEE_VERBS, FUNCTION_WORDS, TITLE_LEAD_WORDS, TITLED_THING_NOUNS, WORK_CREDIT_NOUNS } from './lexicon';
import { titleCaseLine } from './nicknames';
import type { QuoteSpan } from './quotes';

/** Names are short; a longer quoted stretch is somebody's words whatever comes before it. */
const MAX_NAME_WORDS = 8;

/**
 * `the newspaper “Bergen Herald”`, `Operation “North Wind,”`, `the conference “Norland and
 * the Sea: A New Agenda”`: a short capitalised span right after a noun naming a kind of outlet,
 * work or event is its title. After `told` or `reported` (`reported “Norland Today”`), where
 * the object is an outlet or a person, every word must be capitalised. So must it before a
 * noun for who made or stars in a work (`the “Avatar” star`, `“Lady Bird” director Greta Gerwig`).
 */
export function isNameInMarks(text: string, span: QuoteSpan): boolean {
  if (!span.closed || span.outerStart === span.start) return false;
  const before = wordBefore(text, span.outerStart);
  const noun = TITLED_THING_NOUNS.has(before);
  // (`CNBC’s “Power Lunch”`: a capitalised title after a broadcaster's initials is its show.)
  const lead = !noun && (TITLE_LEAD_WORDS.has(before) || possessiveBefore(text, span.outerStart));
  const credited = !noun && !lead && (ADDRESSEE_VERBS.has(before) || creditedAfter(text, span.outerEnd));
  if (!noun && !lead && !credited) return false;
  const words = text.slice(span.start, span.end).replace(/[,.:;!?]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  if (words.some((w) => /[.!?]$/.test(w))) return false; // a sentence, not a title
  // (The line is read last, only for a title led by a word that also leads quoted words; a
  // headline capitalises every word, quoted ones too. A credit after the marks still counts.)
  if (lead && titleCaseLine(text, span.start) && !ADDRESSEE_VERBS.has(before) && !creditedAfter(text, span.outerEnd)) return false;
  // (Not a compound that only starts with a name: `civilians trapped in “ISIL-held” areas`.)
  return noun ? words.some((w) => isUpper(w.charCodeAt(0))) : words.every((w, k) => (isUpper(w.charCodeAt(0)) && !/-\p{Ll}/u.test(w)) || (k > 0 && FUNCTION_WORDS.has(w)));
}

/** How many lower-case words after a title may lead to its credit noun: "“Call Me by Your Name” best actor nominee". */
const CREDIT_REACH = 3;

/** A noun for who made or stars in a work among the first lower-case words after `i`. */
function creditedAfter(text: string, i: number): boolean {
  let s = i;
  for (let n = 0; n < CREDIT_REACH; n++) {
    while (s < text.length && isSpace(text.charCodeAt(s))) s++;
    let e = s;
    while (e < text.length && (isLower(text.charCodeAt(e)) || text.charCodeAt(e) === 45)) e++; // 45: '-' of "co-star"
    if (e === s) return false;
    if (WORK_CREDIT_NOUNS.has(text.slice(s, e))) return true;
    s = e;
  }
  return false;
}

/** The lower-cased word ending just before `i` (spaces skipped), or ''. */
function wordBefore(text: string, i: number): string {
  let e = i;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && (isLower(text.charCodeAt(s - 1)) || isUpper(text.charCodeAt(s - 1)))) s--;
  return text.slice(s, e).toLowerCase();
}

/**
 * A broadcaster's initials in the possessive end just before `i`: "CNBC’s ", "ABC's " (not a
 * person's, "Berg's “You're No Hero”", which may be their words).
 */
function possessiveBefore(text: string, i: number): boolean {
  return /(?:^|\s)\p{Lu}{2,6}['’]s\s$/u.test(text.slice(Math.max(0, i - 12), i));
}
