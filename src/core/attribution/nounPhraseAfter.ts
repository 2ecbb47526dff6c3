// The noun phrase that does the speaking, read forwards after a cue: "said Peskov", "said
// Democratic strategist David Axelrod", "according to the ministry", "said head of security
// Jon Berg". Every walk is bounded to a few tokens.
import { ISSUING_VERBS, PERSON_ROLE_NOUNS, PRONOUNS, ROLE_MODIFIERS, SOURCE_NOUNS, TITLE_WORDS } from './lexicon';
import { authorPreposition, description, DETERMINERS, interpretPhrase, isNpWord, issuedByAt, isPlainWord, MAX_NP, type MentionIndex, type SubjectRef } from './nounPhrases';
import { mayNamePerson } from './mentions';
import { personLike } from './sourceHeads';
import { Tokens, WORD } from './tokens';

/** The noun phrase starting at token `start`: "Kremlin spokesman Dmitry Peskov", "the ministry". */
export function nounPhraseAfter(tokens: Tokens, index: MentionIndex, start: number, to: number): SubjectRef {
  if (start >= to || tokens.kind[start] !== WORD) return { type: 'none' };
  const w = tokens.lower(start);
  const pronoun = PRONOUNS.get(w);
  if (pronoun) return { type: 'pronoun', tok: start, refers: pronoun };
  let k = start;
  // ("said An, adding": a mention that opens with a determiner's spelling is a name.)
  if (DETERMINERS.has(w) && index.startingAt(start) < 0) k++;
  let end = -1;
  // Names, roles and plain modifiers before them: "said Democratic strategist David Axelrod";
  // after the first name or role only names and roles ("one Democrat familiar with …" stops).
  let headSeen = false;
  while (k < to && k - start < MAX_NP) {
    // "said Jan de Wit": a name with a lower-case particle is read whole.
    const m = index.startingAt(k);
    if (m >= 0 && index.mentions[m].tokEnd - 1 < to) {
      headSeen = true;
      end = index.mentions[m].tokEnd - 1;
      k = end + 1;
      continue;
    }
    // "said Air Force 1st Lt. Ola Berg": an ordinal inside a rank.
    const rank = isOrdinal(tokens, k) && tokens.isCap(k + 1);
    if (rank || isNpWord(tokens, k) || (!headSeen && isPlainWord(tokens, k))) {
      if (isNpWord(tokens, k) && !ROLE_MODIFIERS.has(tokens.lower(k))) headSeen = true;
      end = k++;
      continue;
    }
    // "said former Gov. and party Chairman Jon Lund", "said president and CEO Ann Dahl": two
    // offices joined by "and" before one name.
    if (end >= 0 && officesJoined(tokens, index, k, to)) {
      k++;
      continue;
    }
    // A name reached past a word of the phrase: "said head of protocol Kari Moe" (an office
    // named with "of" and lower-case words), "said spokesperson for the Harbour Board Ann
    // Dahl", "said Town of Bergen Chief Pilot Ola Berg", "said Bergen Parks and Recreation
    // General Manager Ola Berg." (a body's name holding "and", then its officer). Each
    // finder needs its own word at `k` ("of", "for", "and"), so at most one answers.
    const titled = end >= 0 ? Math.max(nameAfterOfficeOf(tokens, index, k, to), nameAfterOfficeBody(tokens, index, k, to), nameAfterBodyOf(tokens, index, k, to), officerAfterAnd(tokens, index, k, to)) : -1;
    if (titled >= 0) {
      headSeen = true;
      end = index.mentions[titled].tokEnd - 1;
      k = end + 1;
      continue;
    }
    // "Lund University political scientist Eva Holm": plain words that lead to a
    // role right before a name still belong to the phrase.
    const role = roleAhead(tokens, k, Math.min(to, start + MAX_NP));
    if (role < 0) break;
    end = role;
    k = role + 1;
  }
  if (end < 0) return { type: 'none' };
  // "according to estimates by Ann Dahl": the agent after "by".
  if (!headSeen && tokens.isWord(end + 1) && tokens.lower(end + 1) === 'by') {
    const agent = nounPhraseAfter(tokens, index, end + 2, to);
    if (agent.type === 'mention') return agent;
  }
  // "said Assistant Commissioner, Auckland, Sam Hoyle": a title, its district set off by commas, then the name.
  const titled = nameAfterTitleAndDistrict(tokens, index, start, end, to);
  if (titled >= 0) return index.refOf(titled);
  // "according to the statement issued by the ministry": a source speaks for its issuer.
  const issuer = issuerAfter(tokens, index, end, to);
  if (issuer) return issuer;
  // "said Sen. Jim Whelan who…", "according to the news outlet": the last name or head noun.
  for (let e = end; e >= start; e--) {
    const ref = interpretPhrase(tokens, index, start, e);
    if (ref.type !== 'none') return ref;
    if (DETERMINERS.has(w)) {
      const d = description(tokens, e, start);
      if (d.type !== 'none') return d;
    }
  }
  return { type: 'none' };
}

/** Capitalized words a district between a title and a name may have: "Counties Manukau". */
const DISTRICT_WORDS = 4;

/**
 * "said Assistant Commissioner, Auckland, Sam Hoyle", "said Inspector, Counties Manukau, Kari
 * Lund": when the phrase [start, end] is titles only, the full name after the comma-set
 * district is who speaks. Its mention, or -1.
 */
function nameAfterTitleAndDistrict(tokens: Tokens, index: MentionIndex, start: number, end: number, to: number): number {
  for (let k = start; k <= end; k++) if (!TITLE_WORDS.has(tokens.lower(k)) || !tokens.isCap(k)) return -1;
  if (!tokens.isPunct(end + 1, ',')) return -1;
  let k = end + 2;
  for (const last = Math.min(to, k + DISTRICT_WORDS); k < last && tokens.isWord(k) && tokens.isCap(k); ) k++;
  if (k === end + 2 || !tokens.isPunct(k, ',')) return -1;
  const m = index.startingAt(k + 1);
  if (m < 0) return -1;
  const name = index.mentions[m];
  return name.tokEnd <= to && name.tokEnd - name.tokStart >= 2 && mayNamePerson(name) ? m : -1;
}

/**
 * "the statement issued by the Norland ministry", "a report published by Ola Berg", "a
 * statement by the ministry", "the statement of the ministry": after a source noun ending at
 * `end`, the agent of an issuing participle or the author after "by", "from" or "of", when it
 * names a body or a person; else null.
 */
function issuerAfter(tokens: Tokens, index: MentionIndex, end: number, to: number): SubjectRef | null {
  if (!SOURCE_NOUNS.has(tokens.lower(end)) || !tokens.isLowerWord(end + 1)) return null;
  const site = websiteOwnerAt(tokens, ISSUING_VERBS.has(tokens.lower(end + 1)) ? end + 2 : end + 1);
  if (site >= 0) {
    const owner = nounPhraseAfter(tokens, index, site, to);
    return owner.type === 'mention' ? owner : null;
  }
  const author = authorPreposition(tokens.lower(end + 1), tokens.lower(end));
  if (!author && !issuedByAt(tokens, end + 1)) return null;
  const agent = nounPhraseAfter(tokens, index, end + (author ? 2 : 3), to);
  return agent.type === 'mention' || (agent.type === 'nominal' && (agent.person || agent.definite)) ? agent : null;
}

/** Pages of a body's own: "on the website of the ministry". */
const OWN_PAGES: ReadonlySet<string> = new Set(['website', 'site', 'page', 'account']);

/**
 * "a statement (published) on the website of the Norwegian Foreign Ministry": a source on a
 * body's own page is the body's. The token after "of", or -1.
 */
function websiteOwnerAt(tokens: Tokens, k: number): number {
  const w = (j: number): string => (tokens.isLowerWord(j) ? tokens.lower(j) : '');
  return w(k) === 'on' && w(k + 1) === 'the' && OWN_PAGES.has(w(k + 2)) && w(k + 3) === 'of' ? k + 4 : -1;
}

/** At "and" (token `k`) after an office: more office words, then a person's name. */
function officesJoined(tokens: Tokens, index: MentionIndex, k: number, to: number): boolean {
  if (!tokens.isWord(k) || tokens.lower(k) !== 'and' || !isOffice(tokens.lower(k - 1))) return false;
  return index.personAhead(k + 1, Math.min(to, k + 7), (j) => isNpWord(tokens, j)) >= 0;
}

function isOffice(w: string): boolean {
  return TITLE_WORDS.has(w) || PERSON_ROLE_NOUNS.has(w);
}

/** At "of" (token `k`): a person's name after one to three lower-case words, or -1. */
function nameAfterOfficeOf(tokens: Tokens, index: MentionIndex, k: number, to: number): number {
  if (!tokens.isWord(k) || tokens.lower(k) !== 'of') return -1;
  let j = k + 1;
  while (j < to && j - k <= 3 && tokens.isLowerWord(j) && !DETERMINERS.has(tokens.lower(j))) j++;
  if (j === k + 1) return -1;
  const m = index.startingAt(j);
  if (m < 0 || index.mentions[m].tokStart !== j || index.mentions[m].tokEnd > to) return -1;
  const kind = index.mentions[m].kind;
  return kind === 'person' || kind === 'name' ? m : -1;
}

/** Tokens from "of" to the name in "head of the Trade Office of Norland Ann Dahl". */
const OFFICE_BODY_REACH = 12;

/**
 * At "of" or "for" (token `k`) right after an office: the body's name, then a person's name
 * ("said spokesperson for the Harbour Board of Bergen Ann Dahl"); the person's mention, or -1.
 */
function nameAfterOfficeBody(tokens: Tokens, index: MentionIndex, k: number, to: number): number {
  if (!tokens.isLowerWord(k) || (tokens.lower(k) !== 'of' && tokens.lower(k) !== 'for') || !tokens.isWord(k - 1) || !isOffice(tokens.lower(k - 1))) return -1;
  let j = k + 1;
  if (tokens.isLowerWord(j) && tokens.lower(j) === 'the') j++;
  let bodies = 0;
  while (j < to && j - k <= OFFICE_BODY_REACH) {
    const m = index.startingAt(j);
    if (m < 0) return -1;
    const { kind, tokEnd } = index.mentions[m];
    // (A one-word name, "Republic", is a part of the body's name, not a person.)
    if (kind === 'person' || (kind === 'name' && tokEnd - j >= 2)) return bodies > 0 && tokEnd <= to ? m : -1;
    bodies++;
    j = tokEnd;
    // "the Trade Office of the Kingdom of Norland": a body named in parts.
    while (j < to && tokens.isLowerWord(j) && (tokens.lower(j) === 'of' || tokens.lower(j) === 'the')) j++;
  }
  return -1;
}

/** Capitalized words from "of" to the person in "Town of Bergen Chief Harbour Pilot Ola Berg". */
const BODY_OF_REACH = 6;

/**
 * At "of" (token `k`) after a capitalized word: a body named "X of Y", then a titled person
 * ("said Town of Bergen Chief Harbour Pilot Ola Berg", "said University of Oslo Professor
 * Kari Moe"); the person's mention, or -1.
 */
function nameAfterBodyOf(tokens: Tokens, index: MentionIndex, k: number, to: number): number {
  if (!tokens.isLowerWord(k) || tokens.lower(k) !== 'of' || !tokens.isCap(k - 1)) return -1;
  for (let j = k + 2; j < to && j - k <= BODY_OF_REACH && tokens.isWord(j) && tokens.isCap(j); j++) {
    const m = index.startingAt(j);
    if (m < 0) continue;
    const { kind, tokStart, tokEnd } = index.mentions[m];
    return kind === 'person' && tokEnd - tokStart >= 2 && tokEnd <= to ? m : -1;
  }
  return -1;
}

/** The role noun ("scientist", "constituent") ending a run of plain words from `k`, when a capitalized name follows it; else -1. */
function roleAhead(tokens: Tokens, k: number, limit: number): number {
  let j = k;
  while (j < limit && isPlainWord(tokens, j) && !PERSON_ROLE_NOUNS.has(tokens.lower(j)) && !tokens.isCap(j + 1)) j++;
  return j < limit && tokens.isWord(j) && isPlainWord(tokens, j) && personLike(tokens.lower(j)) && tokens.isCap(j + 1) ? j : -1;
}

/** "1st", "2nd", "23rd", "4th". */
function isOrdinal(tokens: Tokens, k: number): boolean {
  return tokens.isWord(k) && /^\d+(?:st|nd|rd|th)$/.test(tokens.lower(k));
}

/** Capitalized words read after "and" for an officer's name (see officerAfterAnd). */
const OFFICER_REACH = 8;

/**
 * At `k`, "and", capitalized words, then a person's name with a title that ends the clause
 * (a comma, a full stop or `to` after it): that name's mention, else -1.
 */
function officerAfterAnd(tokens: Tokens, index: MentionIndex, k: number, to: number): number {
  if (!tokens.isLowerWord(k) || tokens.lower(k) !== 'and') return -1;
  for (let j = k + 1; j < to && j <= k + OFFICER_REACH && tokens.isCap(j); j++) {
    const m = index.startingAt(j);
    if (m < 0) continue;
    const mention = index.mentions[m];
    if (mention.kind !== 'person' || !mention.titles.length) return -1;
    const after = mention.tokEnd;
    return after >= to || tokens.isPunct(after, '.') || tokens.isPunct(after, ',') ? m : -1;
  }
  return -1;
}
