// Loops over every word of an article that look for a few listed words ("said", "issued")
// test the word's shape first: its first two letters (either case) and its length. Most words
// cannot be one of the list by shape alone, which saves lower-casing them and a set lookup.
import type { Tokens } from './tokens';

/** The shapes of a word list, for a quick "cannot be one of them" before the real lookup. */
export class WordShapes {
  private readonly shapes = new Uint8Array(1 << 15);

  constructor(words: Iterable<string>) {
    for (const w of words) this.shapes[shape(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length)] = 1;
  }

  /** Token `i` has the shape of a listed word (it may still be none of them). */
  fits(tokens: Tokens, i: number): boolean {
    const start = tokens.start[i], length = tokens.baseEnd[i] - start;
    return this.shapes[shape(tokens.text.charCodeAt(start), length > 1 ? tokens.text.charCodeAt(start + 1) : 0, length)] === 1;
  }
}

function shape(first: number, second: number, length: number): number {
  return ((first & 31) << 10) | ((second & 31) << 5) | (length > 31 ? 31 : length);
}
