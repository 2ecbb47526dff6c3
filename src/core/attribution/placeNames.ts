// Places and offices inside a run of capitalized words: where a title's or a posting's place
// ends and the name begins ("Ambassador to Sweden Ola Berg", "President of Norland Ola Berg"),
// places joined by a hyphen, the title of a head of state, towns and states in news style, and
// runs of capitals that the place lists spell as one entry ("North Korea", "U.S.").
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

/** "china-us", "sino-us", "anglo-dutch": every part of a hyphenated word is a place or a nationality. */
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

/** The combining forms of nationalities: "Sino-US", "the Anglo-Australian miner", "Franco-German". */
const COMBINING_NATIONALITIES = new Set(['sino', 'anglo', 'franco', 'indo', 'russo', 'italo', 'greco', 'afro', 'austro', 'hispano', 'luso', 'turco', 'judeo', 'nippo']);

function placePart(part: string): boolean {
  return PLACES.has(part) || NATIONALITIES.has(part) || COMBINING_NATIONALITIES.has(part);
}

/** "Calif.", "Ky.": a state as news style abbreviates it, with its period. */
export function stateAbbreviation(tokens: Tokens, k: number): boolean {
  return tokens.kind[k] === WORD && STATE_ABBREVIATIONS.has(tokens.lower(k)) && tokens.text.charCodeAt(tokens.end[k]) === 46;
}

/** "Cupertino, Calif.,", "Louisville, Ky.": the name before a comma and a state is a town. */
export function cityBeforeState(tokens: Tokens, to: number): boolean {
  return tokens.isPunct(to, ',') && stateAbbreviation(tokens, to + 1);
}

/** The first words of the places named in more than one word ("north" of "north korea"). */
const MULTIWORD_PLACE_OPENERS: ReadonlySet<string> = new Set([...MULTIWORD_PLACES].map((place) => place.split(' ')[0]));

/**
 * The word at `from` ends at a space (no possessive or period between): a run of words it
 * opens, lower-cased, starts with that word and a space.
 */
function spaceAfter(tokens: Tokens, from: number): boolean {
  const end = tokens.end[from];
  return tokens.baseEnd[from] === end && tokens.text.charCodeAt(end) === 32;
}

/**
 * A run of two or more words opening at `from` may be a place named in several words: cheap
 * to rule out by its first word, before the run is sliced and lower-cased (most runs are names).
 */
function mayOpenMultiwordPlace(tokens: Tokens, from: number): boolean {
  return !spaceAfter(tokens, from) || MULTIWORD_PLACE_OPENERS.has(tokens.lower(from));
}

/** The run [from, to) lower-cased, possessive left out: how the place lists spell it. */
function runText(tokens: Tokens, from: number, to: number): string {
  return tokens.text.slice(tokens.start[from], tokens.baseEnd[to - 1]).toLowerCase();
}

/** "North Korea", "Hong Kong", "the United States": a country named in more than one word. */
export function multiwordPlace(tokens: Tokens, from: number, to: number): boolean {
  return to - from >= 2 && mayOpenMultiwordPlace(tokens, from) && MULTIWORD_PLACES.has(runText(tokens, from, to));
}

/**
 * "U.S.", "N.H.": a place the list spells as one word with periods, read as a run of tokens.
 * (PLACES lists single words: a run with a space after its first word is none of them.)
 */
export function dottedPlace(tokens: Tokens, from: number, to: number): boolean {
  return !spaceAfter(tokens, from) && PLACES.has(runText(tokens, from, to));
}

/** Last words of a place named as a unit of government: "Zamfara State", "Orange County". */
export const PLACE_UNITS = new Set(['state', 'county', 'province', 'district', 'region', 'city', 'municipality', 'lga', 'prefecture', 'governorate', 'oblast', 'township', 'parish', 'borough']);

/**
 * "Osaka Prefecture", "Munya LGA", "Bergen County": a name of two words or more ending in a unit
 * of government is a place, never "he". (Not "State" or "City": "Islamic State" and
 * "Manchester City" speak as bodies.)
 */
export function placeUnitRun(tokens: Tokens, from: number, to: number): boolean {
  if (to - from < 2 || tokens.kind[to - 1] !== WORD) return false;
  const unit = tokens.lower(to - 1);
  return unit !== 'state' && unit !== 'city' && PLACE_UNITS.has(unit) && tokens.lower(to - 2) !== 'of';
}
