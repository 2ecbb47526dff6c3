// A mention of a person, organisation or place as the rest of the engine reads it: where the
// name is, what kind of thing it names, the roles written with it and, for people, a gender
// when the text gives one.
import { FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS } from './lexicon';
import { F_ALLCAPS, F_POSS, Tokens, WORD } from './tokens';

export type MentionKind = 'person' | 'organization' | 'place' | 'name';
export type Gender = 'm' | 'f';

export interface Mention {
  /** Tokens of the name part [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** Character offsets of the name part, possessive 's excluded. */
  start: number;
  end: number;
  kind: MentionKind;
  /** The name as written, white space normalised. */
  name: string;
  /** Lower-case name words, for matching mentions of one entity. */
  words: string[];
  /** Role phrases seen with this mention ("Kremlin spokesman"). */
  titles: string[];
  /** Role keys ("spokesman", "press-secretary", "minister") from those phrases. */
  roles: string[];
  possessive: boolean;
  /** From an honorific, a gendered role word or a common given name; undefined when unknown. */
  gender?: Gender;
  /** Index of the entity (cluster) this mention belongs to, set by clustering. */
  entity: number;
}

/** A mention that may be someone's name: a person, or a name of two words or more ("Ola Berg"). */
export function mayNamePerson(m: Mention): boolean {
  return m.kind === 'person' || (m.kind === 'name' && m.tokEnd - m.tokStart >= 2);
}

/** Adds the mention of tokens [from, to) to `out` (nothing for an empty range). */
export function pushMention(tokens: Tokens, out: Mention[], from: number, to: number, kind: MentionKind, titles: string[], roles: string[]): void {
  if (from >= to) return;
  const nameTo = kind === 'organization' || kind === 'place' ? to : withoutPostNominals(tokens, from, to);
  const words: string[] = [];
  for (let k = from; k < nameTo; k++) words.push(tokens.lower(k));
  const possessive = (tokens.flags[to - 1] & F_POSS) !== 0;
  const gender = kind === 'organization' || kind === 'place' ? undefined : genderOf(tokens, from, words, roles);
  out.push({
    tokStart: from,
    tokEnd: to,
    start: tokens.start[from],
    end: tokens.baseEnd[nameTo - 1],
    kind,
    name: joinName(tokens, from, nameTo),
    words,
    titles,
    roles: roles.length < 2 ? roles.slice() : [...new Set(roles)],
    possessive,
    gender,
    entity: -1,
  });
}

/** Letters written after a name: counsel (QC, KC, SC), members of a parliament, honours. */
const POST_NOMINALS = new Set(['qc', 'kc', 'sc', 'mp', 'msp', 'mep', 'mla', 'td', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'phd', 'esq']);

/**
 * "Jonathan Laidlaw QC said": the letters after a name are an honour or an office, not part of
 * the name the person is known by. The mention keeps its tokens (the cue after them is still
 * the name's); its name ends before them.
 */
function withoutPostNominals(tokens: Tokens, from: number, to: number): number {
  while (to - from > 2 && (tokens.flags[to - 1] & F_ALLCAPS) !== 0 && POST_NOMINALS.has(tokens.lower(to - 1))) to--;
  return to;
}

/** Gender from the word before the name (Mr, Mrs), the role words, or the given name. */
function genderOf(tokens: Tokens, from: number, words: string[], roles: string[]): Gender | undefined {
  const before = from > 0 && tokens.kind[from - 1] === WORD ? tokens.lower(from - 1) : '';
  if (MALE_WORDS.has(before)) return 'm';
  if (FEMALE_WORDS.has(before)) return 'f';
  for (const r of roles) {
    if (FEMALE_WORDS.has(r)) return 'f';
    if (MALE_WORDS.has(r)) return 'm';
  }
  if (words.length < 2) return undefined;
  if (FEMALE_NAMES.has(words[0])) return 'f';
  if (MALE_NAMES.has(words[0])) return 'm';
  return undefined;
}

/** The name as written, keeping "of" but normalising white space. */
function joinName(tokens: Tokens, from: number, to: number): string {
  // Usually the words are one space apart in the text already: one slice, not one a word.
  let plain = true;
  for (let k = from; k < to - 1 && plain; k++) plain = tokens.baseEnd[k] === tokens.end[k] && tokens.start[k + 1] === tokens.end[k] + 1 && tokens.text.charCodeAt(tokens.end[k]) === 32;
  if (plain) return tokens.text.slice(tokens.start[from], tokens.baseEnd[to - 1]);
  const parts: string[] = [];
  // ("People's Republic": a possessive inside a name keeps its mark.)
  for (let k = from; k < to; k++) parts.push(k < to - 1 && (tokens.flags[k] & F_POSS) !== 0 ? tokens.text.slice(tokens.start[k], tokens.end[k]) : tokens.word(k));
  return parts.join(' ');
}
