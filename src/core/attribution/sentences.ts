// Where sentences and paragraphs end in the token stream: after a terminal mark not closing an
// abbreviation, after a quotation whose words end a sentence, at a blank line. A hard-wrapped
// line that goes on in lower case ends nothing.
import { CH, isDigit, isSpace } from './chars';
import { ABBREVIATIONS, CUE_FORMS } from './lexicon';
import type { QuoteSpan } from './quotes';
import { BREAK, F_BLANK, F_CAP, F_SOFT, PUNCT, QUOTE, WORD } from './tokenKinds';
import type { Tokens } from './tokens';

/** . ? ! */
function isTerminal(c: number): boolean {
  return c === 46 || c === 63 || c === 33;
}

/** Marks that may follow a sentence's final period before the next sentence: ) ] ’ ' " ” . ? ! */
function closesAfterTerminal(c: number): boolean {
  return c === 41 || c === 93 || c === CH.RSQ || c === CH.SQ || c === CH.DQ || c === CH.RDQ || isTerminal(c);
}

/** Assigns sentence and paragraph numbers. Quotes are atoms: their inner periods end nothing. */
export function markSentences(tokens: Tokens, quotes: QuoteSpan[]): void {
  const { count, text } = tokens;
  tokens.sentence = tokens.sentence.subarray(0, count);
  tokens.paragraph = tokens.paragraph.subarray(0, count);
  const starts: number[] = [0];
  let sentence = 0, paragraph = 0;
  let newSentence = false;
  for (let i = 0; i < count; i++) {
    if (newSentence) {
      sentence++;
      starts.push(i);
      newSentence = false;
    }
    tokens.sentence[i] = sentence;
    tokens.paragraph[i] = paragraph;
    const kind = tokens.kind[i];
    if (kind === BREAK) {
      // Hard-wrapped prose continues lower-case after a line that did not end a sentence.
      const prevEndsSentence = i > 0 && endsWithTerminal(tokens, i - 1, quotes);
      const nextLower = i + 1 < count && tokens.isLowerWord(i + 1);
      if ((tokens.flags[i] & F_BLANK) === 0 && !prevEndsSentence && nextLower) {
        tokens.flags[i] |= F_SOFT;
        continue;
      }
      newSentence = true;
      paragraph++;
      continue;
    }
    if (kind === PUNCT) {
      const c = text.charCodeAt(tokens.start[i]);
      if (!isTerminal(c)) continue;
      if (c === 46 && i > 0 && tokens.kind[i - 1] === WORD && tokens.end[i - 1] === tokens.start[i] && isAbbreviation(tokens, i - 1)) continue;
      let j = i + 1;
      while (j < count && tokens.kind[j] === PUNCT && closesAfterTerminal(text.charCodeAt(tokens.start[j]))) j++;
      if (j >= count || opensSentence(tokens, j)) newSentence = true;
      continue;
    }
    if (kind === QUOTE) {
      const quote = quotes[tokens.quote[i]];
      // `"…?" Berg asked.` goes on; after a period inside the marks, a capital starts anew.
      const ending = quote.closed ? terminalIn(text, quote.start, quote.end) : '';
      if (ending && (i + 1 >= count || tokens.kind[i + 1] === QUOTE || (tokens.isCap(i + 1) && (ending === '.' || !cueAhead(tokens, i + 1))))) newSentence = true;
    }
  }
  starts.push(count);
  tokens.sentenceStarts = starts;
}

/** `Lund then writes back, "…"`: the verb (and a particle) introduces a quotation of its own. */
function opensOwnQuote(tokens: Tokens, k: number): boolean {
  if (k < tokens.count && tokens.kind[k] === WORD && (tokens.flags[k] & F_CAP) === 0) k++;
  return k + 1 < tokens.count && (tokens.isPunct(k, ',') || tokens.isPunct(k, ':')) && tokens.kind[k + 1] === QUOTE;
}

/** `"…?" Berg asked.`: a speech verb within a few words means the sentence goes on. */
function cueAhead(tokens: Tokens, from: number): boolean {
  for (let k = from; k < tokens.count && k < from + 7; k++) {
    const kind = tokens.kind[k];
    if (kind === WORD) {
      if ((tokens.flags[k] & F_CAP) === 0 && CUE_FORMS.get(tokens.lower(k)) === 'finite') return !opensOwnQuote(tokens, k + 1);
      continue;
    }
    if (kind === PUNCT && tokens.text[tokens.start[k]] === ',') continue;
    return false;
  }
  return false;
}

function isAbbreviation(tokens: Tokens, i: number): boolean {
  const w = tokens.lower(i);
  if (ABBREVIATIONS.has(w)) return true;
  // A single capital letter before a period is an initial: John F. Kennedy.
  return tokens.end[i] - tokens.start[i] === 1 && (tokens.flags[i] & F_CAP) !== 0;
}

function opensSentence(tokens: Tokens, j: number): boolean {
  const kind = tokens.kind[j];
  if (kind === BREAK || kind === QUOTE) return true;
  if (kind === WORD) return (tokens.flags[j] & F_CAP) !== 0 || isDigit(tokens.text.charCodeAt(tokens.start[j]));
  return tokens.text[tokens.start[j]] === '(' || tokens.text[tokens.start[j]] === '-';
}

function endsInTerminal(text: string, start: number, end: number): boolean {
  return terminalIn(text, start, end) !== '';
}

/** The sentence-ending mark the quoted words end with ('.', '?', '!'), or ''. */
function terminalIn(text: string, start: number, end: number): string {
  for (let k = end - 1; k >= start && k >= end - 8; k--) {
    const c = text.charCodeAt(k);
    if (isSpace(c) || c === CH.RDQ || c === CH.RSQ || c === CH.DQ || c === CH.SQ || c === 41) continue;
    return c === 46 || c === 63 || c === 33 ? text[k] : '';
  }
  return '';
}

function endsWithTerminal(tokens: Tokens, i: number, quotes: QuoteSpan[]): boolean {
  const kind = tokens.kind[i];
  if (kind === PUNCT) {
    const c = tokens.text.charCodeAt(tokens.start[i]);
    return isTerminal(c) || c === 58;
  }
  if (kind === QUOTE) {
    const quote = quotes[tokens.quote[i]];
    return endsInTerminal(tokens.text, quote.start, quote.end);
  }
  if (kind === WORD) return false;
  return true;
}
