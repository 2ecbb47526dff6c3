// Lists in news copy: "She said that:" followed by one paragraph per point, each opened by a
// bullet ("•", "*") or a number ("1.", "2)"). Wire stories summarise a statement this way.
// (Not a dash: a dash opens a credit line, "- Ola Berg", or a turn of an interview.)
import { isDigit } from './chars';
import { BREAK, PUNCT, Tokens, WORD } from './tokens';

/** Glyphs that open a list item: bullets, and the asterisk plain text uses for them. */
const BULLETS = new Set([0x2022, 0x25e6, 0x25aa, 0x25cf, 0x2023, 0x2043, 0x00b7, 42]);

/** The paragraph whose first token is `from` is a list item: it opens with a bullet or "1." / "2)". */
export function opensListItem(tokens: Tokens, from: number): boolean {
  if (from >= tokens.count) return false;
  if (tokens.kind[from] === PUNCT) return BULLETS.has(tokens.text.charCodeAt(tokens.start[from])) && tokens.kind[from + 1] !== BREAK;
  if (tokens.kind[from] !== WORD || !isDigit(tokens.text.charCodeAt(tokens.start[from])) || tokens.end[from] - tokens.start[from] > 2) return false;
  return tokens.isPunct(from + 1, '.') || tokens.isPunct(from + 1, ')');
}
