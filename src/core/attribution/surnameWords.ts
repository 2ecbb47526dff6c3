// Which capitalized word of a name run is part of the name though it reads as something else:
// a title that is a family name ("Peter T. King", "Haleem Adil Sheikh"), a nationality that is
// one ("David English"), the surname An, a syllable spelled like "UN".
import { DOMAIN_WORDS, HONORIFICS, isGivenName, NATIONALITIES, ORG_WORDS, SURNAME_TITLES, TITLE_WORDS } from './lexicon';
import { union } from './lexicon/wordSet';
import { F_ALLCAPS, F_INITIALS, type Tokens } from './tokens';

/** Title, domain, organisation and nationality words in one set: one lookup, not four. */
const KEYWORDS = union(TITLE_WORDS, DOMAIN_WORDS, ORG_WORDS, NATIONALITIES);

export function isKeyword(w: string): boolean {
  return KEYWORDS.has(w);
}

/**
 * "An Lihua, spokeswoman for …", "An said", "said An, adding": the surname An (also Ahn). The
 * article "an" stands before a vowel sound, so before a name in name case that opens with a
 * consonant other than h ("An Oslo court", "An FBI agent", "An Hour" stay articles), or alone
 * as a speech verb's subject, it is a name.
 */
export function anAsSurname(tokens: Tokens, from: number, to: number, speaks: boolean): boolean {
  if (to - from === 1) return speaks;
  const next = from + 1;
  if ((tokens.flags[next] & (F_ALLCAPS | F_INITIALS)) !== 0 || isKeyword(tokens.lower(next))) return false;
  return !/^[aeiouhx]/.test(tokens.lower(next));
}

/**
 * "Representative Peter T. King", "Rev. Jon Bishop": a title word ending the name after a
 * given name or an initial is the surname.
 */
export function titleAsSurname(tokens: Tokens, k: number, from: number, to: number): boolean {
  if (k !== to - 1 || k - 1 <= from) return false;
  const before = tokens.lower(k - 1);
  if ((tokens.flags[k - 1] & F_INITIALS) !== 0 || isGivenName(before)) return true;
  // "PTI lawmaker Haleem Adil Sheikh": a title that is also a family name, after two plain
  // capitalized words, ends the name rather than starting an empty one.
  return SURNAME_TITLES.has(tokens.lower(k)) && !isKeyword(before) && !isKeyword(tokens.lower(k - 2));
}

/**
 * "Park Sun Un", "Cho Min Eu": a short nationality abbreviation (UN, EU, US) is written in
 * capitals; the same letters in name case are a syllable of a name, not the body.
 */
export function nameCasedAbbreviation(tokens: Tokens, k: number, from: number): boolean {
  const length = tokens.baseEnd[k] - tokens.start[k];
  return length <= 3 && k > from && (tokens.flags[k] & (F_ALLCAPS | F_INITIALS)) === 0 && NATIONALITIES.has(tokens.lower(k));
}

/** "David English", "Anna Polish", "Mr. English": a nationality right after a given name or an honorific is a surname. */
export function nationalSurname(tokens: Tokens, k: number, from: number): boolean {
  const w = tokens.lower(k);
  if (!NATIONALITIES.has(w) || TITLE_WORDS.has(w) || ORG_WORDS.has(w) || DOMAIN_WORDS.has(w)) return false;
  if (k > from) return isGivenName(tokens.lower(k - 1));
  // (The honorific is trimmed off the run's start, but stands right before it.)
  return tokens.isWord(k - 1) && HONORIFICS.has(tokens.lower(k - 1));
}
