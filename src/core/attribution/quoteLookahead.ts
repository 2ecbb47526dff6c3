// Looking ahead from a quote left open at a line's or a paragraph's end: does a later line or
// paragraph close it? Each look is bounded and made once per quote (quotes.ts keeps the answer),
// so the scan stays linear.
import { CH, isAlnum, isSpace } from './chars';

/** The quotation mark families: straight, curly, angle («»). */
export type Family = 'double' | 'curly' | 'angle';

/** How far a straight or curly double quote may run over a soft line break. */
export const MAX_WRAP = 1500;

/** The first non-space character of the next non-blank line, and whether a blank line came first. */
export function nextParagraph(text: string, lineEnd: number): { start: number; afterBlank: boolean } {
  let afterBlank = false;
  let i = lineEnd + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === CH.LF) {
      afterBlank = true; // a line break before any text: the next line was blank
    } else if (!isSpace(c)) {
      return { start: i, afterBlank };
    }
    i++;
  }
  return { start: -1, afterBlank };
}

/** Paragraphs a quote is carried over without reopening marks, at most. */
const MAX_CARRIED_PARAGRAPHS = 4;

/**
 * The start of the paragraph, among the next few from `start` on, whose first mark of the
 * family closes the open quote (before any mark that opens one), within 4,000 characters; -1
 * when a paragraph opens a quote of the family first or none closes it.
 */
export function closingParagraph(text: string, family: Family, start: number): number {
  return closingStretch(text, start, Math.min(text.length, start + 4000), MAX_CARRIED_PARAGRAPHS, false, (from, end) =>
    firstMarkCloses(text, family, from, end));
}

/**
 * The walk both look-aheads share: line by line from `start` (skipping blank lines, or stopping
 * at one when `stopAtBlank`), at most `maxLines` lines and up to `limit`, the start of the first
 * line whose verdict is true; -1 when a verdict is false (another quote opens first) or none comes.
 */
function closingStretch(
  text: string,
  start: number,
  limit: number,
  maxLines: number,
  stopAtBlank: boolean,
  verdict: (from: number, end: number) => boolean | undefined,
): number {
  let line = start;
  for (let n = 0; n < maxLines && line >= 0 && line < limit; n++) {
    let end = text.indexOf('\n', line);
    if (end < 0 || end > limit) end = limit;
    const closes = verdict(line, end);
    if (closes !== undefined) return closes ? line : -1;
    const next = nextParagraph(text, end);
    if (stopAtBlank && next.afterBlank) return -1;
    line = next.start;
  }
  return -1;
}

/** Does the first mark of the family in [start, end) close a quote (true) or open one (false); undefined when none. */
function firstMarkCloses(text: string, family: Family, start: number, end: number): boolean | undefined {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (family !== 'double') {
      const paired = pairedMarkCloses(c, family);
      if (paired !== undefined) return paired;
    } else if (c === CH.DQ) {
      // A straight mark closes after a word and before a space or the line's end.
      return i > start && !isSpace(text.charCodeAt(i - 1)) && (i + 1 >= end || !isAlnum(text.charCodeAt(i + 1)));
    }
  }
  return undefined;
}

/** A short line ending in a colon: "Advertisement:", "Read more:". */
export function labelLine(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  return e - start <= 30 && text.charCodeAt(e - 1) === 58;
}

/**
 * Hard-wrapped text ("«The region's cohesion, achieved through¶joint efforts, …» she said"): the
 * start of the first line from `start` on that closes the open quote, when it comes before a
 * blank line, before another quote of the family opens and within MAX_WRAP characters; else -1.
 */
export function closingLine(text: string, family: Family, start: number): number {
  return closingStretch(text, start, Math.min(text.length, start + MAX_WRAP), Infinity, true, (from, end) =>
    lineCloses(text, family, from, end));
}

/** Does the line [start, end) close the quote (true), open another first (false), or hold no mark of the family (undefined)? */
function lineCloses(text: string, family: Family, start: number, end: number): boolean | undefined {
  let straight = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (family !== 'double') {
      const paired = pairedMarkCloses(c, family);
      if (paired !== undefined) return paired;
    } else if (c === CH.DQ) {
      straight++;
    } else if (c === CH.SQ && text.charCodeAt(i + 1) === CH.SQ) {
      straight++;
      i++;
    }
  }
  if (family !== 'double' || straight === 0) return undefined;
  return straight % 2 === 1;
}

/** For curly and angle quotes, whose two marks differ: true for a closing mark, false for an opening one. */
function pairedMarkCloses(c: number, family: Family): boolean | undefined {
  if (family === 'angle') return c === CH.RAQ ? true : c === CH.LAQ ? false : undefined;
  return c === CH.RDQ ? true : c === CH.LDQ || c === CH.LOW_DQ ? false : undefined;
}
