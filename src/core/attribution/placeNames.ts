// Places and offices inside a run of capitalized words: where a title's or a posting's place
// ends and the name begins ("Ambassador to Sweden Ola Berg", "President of Norland Ola Berg"),
// places joined by a hyphen, the title of a head of state, and towns and states in news style.
import { MULTIWORD_PLACES, NATIONALITIES, PLACES, STATE_ABBREVIATIONS, TITLE_WORDS } from './lexicon';
import { postingBefore, rolesOf } from './mentionRoles';
import { Tokens, WORD } from './tokens';

/**
 * A place opening the run [from, to) right after a diplomat's posting or an office ("ambassador
 * to Sweden Ola Berg", "President of the United States Ola Berg"), when a name of two words or
 * more follows it: where the place ends, and the title and roles that go to the name; else null.
 */
export function postedPlace(tokens: Tokens, from: number, to: number): { end: number; titles: string[]; roles: string[] } | null {
  if (to - from < 3) return null;
  const title = postingBefore(tokens, from) ?? officeOfBefore(tokens, from);
  const end = title ? placeRunEnd(tokens, from, to - 2) : -1;
  return title && end > from ? { end, ...title } : null;
}

/** "Prime Minister of Norland Ola Berg": a title and "of [the]" right before the run at `from`. */
function officeOfBefore(tokens: Tokens, from: number): { titles: string[]; roles: string[] } | null {
  let of = from - 1;
  if (tokens.isLowerWord(of) && tokens.lower(of) === 'the') of--;
  if (!tokens.isLowerWord(of) || tokens.lower(of) !== 'of' || !tokens.isWord(of - 1) || !TITLE_WORDS.has(tokens.lower(of - 1))) return null;
  return { titles: [tokens.text.slice(tokens.start[of - 1], tokens.end[of - 1])], roles: rolesOf(tokens, of - 1, of) };
}

/** The end of the longest place (up to three words, ending by `last`) that starts at `from`; else -1. */
export function placeRunEnd(tokens: Tokens, from: number, last: number): number {
  for (let end = Math.min(last, from + 3); end > from; end--) {
    const place = tokens.text.slice(tokens.start[from], tokens.baseEnd[end - 1]).toLowerCase();
    if (end - from === 1 ? PLACES.has(place) : MULTIWORD_PLACES.has(place)) return end;
  }
  return -1;
}

/** "Head" before "of State" or "of Government". */
export function headOfState(tokens: Tokens, k: number): boolean {
  if (tokens.lower(k) !== 'head' || !tokens.isWord(k + 2) || tokens.lower(k + 1) !== 'of') return false;
  const of = tokens.lower(k + 2);
  return of === 'state' || of === 'government';
}

/** "china-us", "sino-us": every part of a hyphenated word is a place or a nationality. */
export function placePair(w: string): boolean {
  let dash = w.indexOf('-');
  if (dash < 0) return false;
  // Part by part, stopping at the first that is no place ("Trump-Putin" at "trump"), without
  // splitting the whole word first.
  for (let from = 0; ; from = dash + 1, dash = w.indexOf('-', from)) {
    if (!placePart(dash < 0 ? w.slice(from) : w.slice(from, dash))) return false;
    if (dash < 0) return true;
  }
}

function placePart(part: string): boolean {
  return PLACES.has(part) || NATIONALITIES.has(part) || part === 'sino';
}

/** "Calif.", "Ky.": a state as news style abbreviates it, with its period. */
export function stateAbbreviation(tokens: Tokens, k: number): boolean {
  return tokens.kind[k] === WORD && STATE_ABBREVIATIONS.has(tokens.lower(k)) && tokens.text.charCodeAt(tokens.end[k]) === 46;
}

/** "Cupertino, Calif.,", "Louisville, Ky.": the name before a comma and a state is a town. */
export function cityBeforeState(tokens: Tokens, to: number): boolean {
  return tokens.isPunct(to, ',') && stateAbbreviation(tokens, to + 1);
}
