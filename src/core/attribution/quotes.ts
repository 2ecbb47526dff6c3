// Finding spans in quotation marks: one left-to-right pass over the text, every look-ahead
// bounded by the current line, so hostile input (megabytes of marks, no newline) stays linear.
//
// Conventions, chosen to match how news text is written and how the gold marks it:
// - A line is a paragraph. A quote never runs past a blank line.
// - A quote that runs over several paragraphs (an opening mark at each, a closing mark only
//   at the last) becomes one quote per paragraph; the later ones are flagged `continues`.
// - Straight double quotes pair up by direction (a mark after a space opens, a mark after a
//   word closes). A quote left open at the end of its paragraph is cut at a speech cue
//   (`"We will win, he said.` -> `We will win,`) or else ends at the paragraph's end.
// - Single quotes (‘…’ and ASCII '…') are told apart from apostrophes by what surrounds them
//   (singleMarks.ts).
import { CH, endsSentence, isAlnum, isBlank, isSpace, isUpper, opensBefore } from './chars';
import { nestedCloser } from './innerMarks';
import { closingLine, closingParagraph, type Family, labelLine, MAX_WRAP, nextParagraph } from './quoteLookahead';
import { CUE_FORMS } from './lexicon';
import { type LineShape, looksPossessive, opensBetween, scanLineShape, singleOpens } from './singleMarks';

export interface QuoteSpan {
  /** The quoted words, without the marks. */
  start: number;
  end: number;
  /** Including the marks; equal to start/end on a side where the mark is missing. */
  outerStart: number;
  outerEnd: number;
  /** False when the closing mark is missing (unbalanced or multi-paragraph). */
  closed: boolean;
  /** This paragraph's quote carries on a quote left open at the end of the previous paragraph. */
  continues: boolean;
  /** Left open at the end of its paragraph because the next paragraph reopens it. */
  continued: boolean;
}

/** Longest single-quoted span we accept: longer pairs are apostrophes that happened to line up. */
const MAX_SINGLE = 400;

/**
 * `, he said` / `, Kremlin spokesman Dmitry Peskov said` / `, said Peskov` / `, according to`:
 * is there a speech verb among the first few words after a comma? (A word scan rather than
 * one large regular expression: V8 recompiles big expressions unpredictably.)
 */
function cueFollows(text: string, from: number, limit: number): boolean {
  let i = from;
  for (let words = 0; words < 8 && i < limit; words++) {
    while (i < limit && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < limit && (isAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === 46 || text.charCodeAt(i) === 45 || text.charCodeAt(i) === CH.RSQ || text.charCodeAt(i) === CH.SQ)) i++;
    if (i === start) return false; // punctuation: the clause ended without a cue
    const word = text.slice(start, i).toLowerCase().replace(/\.+$/, '');
    if (CUE_FORMS.get(word) === 'finite' || (word === 'according' && text.startsWith(' to', i))) return true;
  }
  return false;
}

export function findQuotes(text: string): QuoteSpan[] {
  const n = text.length;
  const out: QuoteSpan[] = [];
  const code = (i: number): number => (i >= 0 && i < n ? text.charCodeAt(i) : NaN);

  // The currently open double-family quote, if any.
  let open: Family | null = null;
  let openAt = -1; // index of the opening mark
  let openWidth = 1; // its length: 2 for '' and ``
  let openContinues = false;
  let openWrapped = 0; // characters carried over soft line breaks so far
  let pendingContinuation = false; // the previous paragraph's quote was left open for this one
  // The start of the line where the open quote, carried over hard line breaks, closes: found
  // once per quote, so a quote wrapped over many lines is looked ahead for only once.
  let wrapUntil = -1;
  // A quote whose opening mark was not repeated at the next paragraph but whose closing mark
  // comes in a later one: the family it continues in at the next paragraph's start, and the
  // start of the paragraph that closes it (looked ahead for once per quote).
  let carried: Family | null = null;
  let carryUntil = -1;

  const emit = (outerStart: number, start: number, end: number, outerEnd: number, closed: boolean, continues: boolean, continued: boolean): void => {
    // (`" What I saw, "`: spaces inside the marks are no part of the words.)
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    // Marks around nothing but spaces or punctuation are not quotes (`""`, `" - "`).
    let hasWord = false;
    for (let k = start; k < end; k++) {
      if (isAlnum(text.charCodeAt(k))) { hasWord = true; break; }
    }
    if (hasWord) out.push({ start, end, outerStart, outerEnd, closed, continues, continued });
  };

  /** An unclosed quote from openAt up to `limit`: cut it at `, he said` when there is one. */
  const recover = (limit: number, emitWithoutCue: boolean): void => {
    const start = openAt + openWidth;
    const cut = cueComma(text, start, limit);
    if (cut >= 0) {
      emit(openAt, start, cut + 1, cut + 1, false, openContinues, false);
      return;
    }
    if (emitWithoutCue) emit(openAt, start, trimEnd(text, start, limit), trimEnd(text, start, limit), false, openContinues, false);
  };

  const marks = new MarkFinder(text);
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === CH.CR ? lineEnd - 1 : lineEnd;
    const firstChar = skipBlank(text, lineStart, contentEnd);
    const blank = firstChar >= contentEnd;

    if (!blank) {
      let line: LineShape | null = null; // computed when the line's first single quote needs it
      let singleIdx = 0; // next candidate closer for single quotes
      const paragraphOpener = pendingContinuation;
      pendingContinuation = false;
      // The paragraph goes on with the quote, though no mark opens it (a page's "Advertisement:"
      // label between its paragraphs is none of its words).
      if (carried && !labelLine(text, firstChar, contentEnd)) {
        open = carried; openAt = firstChar; openWidth = 0; openContinues = true; openWrapped = 0;
        carried = null;
      }

      for (let i = marks.atOrAfter(lineStart); i < contentEnd; i = marks.atOrAfter(i + 1)) {
        // Two ASCII apostrophes stand for a straight double quote (''like this''), and two
        // backticks for an opening one (``like this''): older wire and archive text. Two curly
        // single marks are a curly double one (“I accept that,’’ said Mr Kenny): Irish and
        // Indian papers print them so.
        let c = text.charCodeAt(i);
        let w = 1;
        if (c === CH.SQ && code(i + 1) === CH.SQ) { c = CH.DQ; w = 2; }
        else if (c === CH.GRAVE && code(i + 1) === CH.GRAVE) { c = CH.LDQ; w = 2; }
        else if (c === CH.RSQ && code(i + 1) === CH.RSQ) { c = CH.RDQ; w = 2; }
        else if (c === CH.LSQ && code(i + 1) === CH.LSQ) { c = CH.LDQ; w = 2; }
        const prev = code(i - 1), next = code(i + w);
        const hasNext = i + w < contentEnd;
        if (open) {
          if (c === CH.DQ && open !== 'angle') {
            const closerLike = i > lineStart && !isSpace(prev);
            const openerLike = !closerLike && hasNext && !isSpace(next);
            const inner = openerLike ? nestedCloser(text, i + w, contentEnd) : -1;
            if (inner >= 0) {
              i = inner; // a quotation inside the quotation: the outer one goes on
              continue;
            } else if (openerLike) {
              // Two opening marks in a row: the earlier one was never closed.
              recover(i, false);
              open = 'double'; openAt = i; openWidth = w; openContinues = false; openWrapped = 0;
            } else {
              emit(openAt, openAt + openWidth, i, i + w, true, openContinues, false);
              open = null;
            }
          } else if (c === CH.RDQ && open !== 'angle') {
            emit(openAt, openAt + openWidth, i, i + w, true, openContinues, false);
            open = null;
          } else if (c === CH.LDQ && open === 'curly') {
            // „…“ (German) or a curly opener used as a closer after a word.
            if (!isSpace(prev) && (!hasNext || !isAlnum(next))) {
              emit(openAt, openAt + openWidth, i, i + w, true, openContinues, false);
              open = null;
            } else if (isSpace(prev) && hasNext && !isSpace(next)) {
              const inner = nestedCloser(text, i + w, contentEnd);
              if (inner >= 0) {
                i = inner;
                continue;
              }
              recover(i, false);
              openAt = i; openWidth = w; openContinues = false; openWrapped = 0;
            }
          } else if (c === CH.LDQ && open === 'double') {
            recover(i, false);
            open = 'curly'; openAt = i; openWidth = w; openContinues = false; openWrapped = 0;
          } else if (c === CH.RAQ && open === 'angle') {
            emit(openAt, openAt + openWidth, i, i + w, true, openContinues, false);
            open = null;
          }
          i += w - 1;
          continue;
        }

        // Not inside a quote: is this an opening mark?
        const continues = paragraphOpener && i === firstChar;
        if (c === CH.DQ) {
          // `Berg said."We will stay,”`: a mark after a sentence's end and before a capital opens
          // a quote even when the space before it was dropped.
          const afterStop = endsSentence(prev) && isUpper(next);
          if ((i === lineStart || opensBefore(prev) || afterStop) && hasNext && (!isSpace(next) || spacedOpener(text, i + w, contentEnd))) {
            open = 'double'; openAt = i; openWidth = w; openContinues = continues; openWrapped = 0;
          }
        } else if (c === CH.LDQ || c === CH.LOW_DQ) {
          if (hasNext && !isSpace(next)) {
            open = 'curly'; openAt = i; openWidth = w; openContinues = continues; openWrapped = 0;
          }
        } else if (c === CH.LAQ) {
          open = 'angle'; openAt = i; openWidth = w; openContinues = continues; openWrapped = 0;
        } else if (c === CH.LSQ || c === CH.SQ) {
          line ??= scanLineShape(text, lineStart, contentEnd);
          if (c === CH.SQ && line.hasDouble) continue;
          if (singleOpens(text, i, lineStart, contentEnd)) {
            const closers = c === CH.LSQ ? line.curlyClosers : line.straightClosers;
            while (singleIdx < closers.length && closers[singleIdx] <= i) singleIdx++;
            let k = singleIdx;
            // A plural possessive (the players’ union) looks like a closer: prefer a later one,
            // unless another quote opens before it (‘fewer boats’ planned, ‘more fish’ expected).
            while (k + 1 < closers.length && looksPossessive(text, closers[k]) && closers[k + 1] - i <= MAX_SINGLE && !opensBetween(text, c, closers[k], closers[k + 1], lineStart, contentEnd)) k++;
            const close = k < closers.length ? closers[k] : -1;
            const opensParagraph = i === firstChar && isUpper(next);
            if (close > i + 1 && (close - i <= MAX_SINGLE || (opensParagraph && cueFollows(text, close + 1, Math.min(contentEnd, close + 81))))) {
              emit(i, i + 1, close, close + 1, true, continues, false);
              i = close; // nested double quotes inside single quotes belong to the outer quote
              continue;
            }
            if (close < 0 && opensParagraph && !line.hasDouble) {
              // ‘We will stay. (and no closing mark): in the single-mark style a quote running over
              // several paragraphs opens each with a mark and closes only the last.
              const end = trimEnd(text, i + 1, contentEnd);
              const next = nextParagraph(text, lineEnd);
              pendingContinuation = next.start >= 0 && text.charCodeAt(next.start) === c;
              emit(i, i + 1, end, end, false, continues, pendingContinuation);
              break;
            }
          }
        }
        i += w - 1;
      }

      if (open) {
        const next = nextParagraph(text, lineEnd);
        const reopens = next.start >= 0 && opensSameFamily(open, text, next.start);
        if (reopens) {
          // A multi-paragraph quote: this paragraph's part ends here, the next one continues it.
          const end = trimEnd(text, openAt + openWidth, contentEnd);
          emit(openAt, openAt + 1, end, end, false, openContinues, true);
          open = null;
          pendingContinuation = true;
        } else if (!next.afterBlank && next.start >= 0 && openWrapped + (contentEnd - openAt) < MAX_WRAP && (next.start <= wrapUntil || (wrapUntil = closingLine(text, open, next.start)) >= 0)) {
          // A hard-wrapped line: the quote carries over the single line break.
          openWrapped += contentEnd - lineStart;
        } else if (next.afterBlank && next.start >= 0 && cueComma(text, openAt + openWidth, contentEnd) < 0 && (next.start <= carryUntil || (carryUntil = closingParagraph(text, open, next.start)) >= 0)) {
          // "Quote: “… 30 days. ¶ Russia refused … ¶ … not words.” ¶": scraped copy drops the
          // marks that should reopen each paragraph; the quote goes on to its closing mark.
          const end = trimEnd(text, openAt + openWidth, contentEnd);
          emit(openAt, openAt + openWidth, end, end, false, openContinues, true);
          carried = open;
          open = null;
        } else {
          recover(contentEnd, true);
          open = null;
        }
      }
    } else if (open) {
      // A blank line ends every quote (soft wrapping never crosses one).
      recover(lineStart, true);
      open = null;
    }
    lineStart = lineEnd + 1;
  }
  if (open) recover(n, true);
  return out;
}

/**
 * Where the next quotation mark (any character the scanner reacts to) is. Most characters are
 * none, and the regular expression engine skips them faster than a loop in script. The last
 * answer is kept, so a stretch without marks is searched once, not once per line.
 */
class MarkFinder {
  private next = -1;
  private readonly pattern = /["'`\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb]/g;

  constructor(private readonly text: string) {}

  atOrAfter(i: number): number {
    if (this.next < i) {
      this.pattern.lastIndex = i;
      this.next = this.pattern.test(this.text) ? this.pattern.lastIndex - 1 : this.text.length;
    }
    return this.next;
  }
}

/**
 * `" What I saw was tragic, " said Mr. Berg`: some press releases set a space inside both
 * marks. After a mark at `from`, one space, a letter or digit, and a later straight mark on
 * the line with a space before it: the mark opens a quote.
 */
function spacedOpener(text: string, from: number, lineEnd: number): boolean {
  if (text.charCodeAt(from) !== 32 || !isAlnum(text.charCodeAt(from + 1))) return false;
  const close = text.indexOf('"', from + 2);
  return close > 0 && close < lineEnd && text.charCodeAt(close - 1) === 32;
}

/** End of [start, end) with trailing white space removed. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function skipBlank(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function opensSameFamily(family: Family, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (family === 'angle') return c === CH.LAQ;
  if (c === CH.SQ || c === CH.GRAVE) return text.charCodeAt(i + 1) === c;
  return c === CH.DQ || c === CH.LDQ || c === CH.LOW_DQ;
}

/**
 * The comma in [from, to) after which a speech cue cuts a quote left open (`"We will win, he
 * said.`), or -1. Such a quote ends there; it is no quote running on to a later paragraph.
 */
function cueComma(text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 44 && cueFollows(text, p + 1, Math.min(to, p + 81))) return p;
  return -1;
}
