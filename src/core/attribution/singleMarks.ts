// Single quotation marks (‘…’ and ASCII '…'), told apart from apostrophes by what surrounds
// them: an apostrophe sits between letters (don’t, Russia’s) or opens an elision (’90s, ’n’).
import { CH, isAlnum, isLower, isSpace, opensBefore } from './chars';
import { FUNCTION_WORDS } from './lexicon';

export interface LineShape {
  /** The line has double quotation marks: ASCII single quotes are then apostrophes or nested. */
  hasDouble: boolean;
  /** Positions that could close a single quote, in order. */
  curlyClosers: number[];
  straightClosers: number[];
}

export function scanLineShape(text: string, start: number, end: number): LineShape {
  let hasDouble = false;
  const curlyClosers: number[] = [];
  const straightClosers: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === CH.DQ || c === CH.LDQ || c === CH.RDQ || c === CH.LOW_DQ || c === CH.LAQ || c === CH.RAQ) hasDouble = true;
    else if (c === CH.SQ && i + 1 < end && text.charCodeAt(i + 1) === CH.SQ) { hasDouble = true; i++; }
    else if ((c === CH.RSQ || c === CH.SQ) && singleCloses(text, i, start, end)) (c === CH.RSQ ? curlyClosers : straightClosers).push(i);
  }
  return { hasDouble, curlyClosers, straightClosers };
}

/** Elisions that start with an apostrophe: ’90s, ’n’, ’em, ’til, ’cause, ’tis. */
const ELISION = /^(?:\d\d|n\b|em\b|til\b|cause\b|tis\b|twas\b|bout\b|round\b|cos\b|s\b)/i;

export function singleOpens(text: string, i: number, lineStart: number, end: number): boolean {
  if (i + 1 >= end) return false;
  const prev = i > lineStart ? text.charCodeAt(i - 1) : NaN;
  if (!(i === lineStart || opensBefore(prev))) return false;
  const next = text.charCodeAt(i + 1);
  if (!isAlnum(next)) return false;
  return !ELISION.test(text.slice(i + 1, Math.min(end, i + 7)));
}

function singleCloses(text: string, i: number, lineStart: number, end: number): boolean {
  if (i === lineStart) return false;
  const prev = text.charCodeAt(i - 1);
  if (isSpace(prev)) return false;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : NaN;
  if (!Number.isNaN(next) && isAlnum(next)) return false; // don’t, Russia’s
  if (prev === CH.SQ || next === CH.SQ) return false; // part of '' (a double mark)
  // rock ’n’ roll: the second mark of ’n’ closes nothing.
  if ((prev === 110 || prev === 78) && i >= 2) {
    const before = text.charCodeAt(i - 2);
    if (before === CH.RSQ || before === CH.SQ || before === CH.LSQ) return false;
  }
  return true;
}

/**
 * `players’ union`: an s, the mark, a space and a lower-case word that can follow a possessive
 * (`‘new rules’ for`, `‘hard talks’ and`: a preposition or a conjunction follows a closer).
 */
export function looksPossessive(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  if (!((prev === 115 || prev === 83) && text.charCodeAt(i + 1) === 32 && isLower(text.charCodeAt(i + 2)))) return false;
  let e = i + 2;
  while (e < text.length && e - i < 14 && isLower(text.charCodeAt(e))) e++;
  return !FUNCTION_WORDS.has(text.slice(i + 2, e));
}

/** Does a single quote of the same kind open strictly between `from` and `to`? */
export function opensBetween(text: string, mark: number, from: number, to: number, lineStart: number, end: number): boolean {
  for (let j = from + 1; j < to; j++) if (text.charCodeAt(j) === mark && singleOpens(text, j, lineStart, end)) return true;
  return false;
}
