// What each token is (a word, punctuation, a whole quotation, a line break) and what is known
// about it, as numbers: the token store keeps them in typed arrays (tokens.ts).
export const WORD = 1;
export const PUNCT = 2;
export const QUOTE = 3;
export const BREAK = 4;

/** The word starts with an upper-case letter. */
export const F_CAP = 1;
/** Every letter is upper-case (and there are at least two): TASS, NATO, MOSCOW. */
export const F_ALLCAPS = 2;
/** Ends in 's / ’s: the name part ends at baseEnd. */
export const F_POSS = 4;
/** A line break with a blank line after it. */
export const F_BLANK = 8;
/** U.S., a.m.: letters with periods, the final period included. */
export const F_INITIALS = 16;
/** A line break that does not end a paragraph (hard-wrapped text continuing lower-case). */
export const F_SOFT = 32;
