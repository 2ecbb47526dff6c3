// The roles a name carries: role words right before it ("Kremlin spokesman Dmitry Peskov"), in
// an apposition after it ("Dmitry Peskov, the Kremlin spokesman, said"), and the role keys
// those words give (president, spokesman, press-secretary) for "the spokesman said".
import type { Mention } from './mentions';
import { ARTICLES, DIPLOMATIC_MODIFIERS, DOMAIN_WORDS, FUNCTION_WORDS, NATIONALITIES, POSTING_ROLES, PERSON_ROLE_NOUNS, PREPOSITIONS, ROLE_MODIFIERS, TITLE_WORDS } from './lexicon';
import { set } from './lexicon/wordSet';
import { isSentenceStart } from './caseEvidence';
import { adjacent, BREAK, F_ALLCAPS, F_CAP, F_INITIALS, Tokens, WORD } from './tokens';

/**
 * Abbreviated titles and the role they stand for: "Sen." is a senator. And "Mr Justice Berg",
 * "Chief Justice Ola Lund": a judge of a higher court, whom the story goes on calling "the judge".
 */
const TITLE_ABBREVIATIONS = new Map([['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['gen', 'general'], ['pres', 'president'], ['justice', 'judge']]);

/**
 * Offices South Asian, African and Gulf copy writes as initials after their first mention:
 * "Prime Minister Ola Berg … the PM said", "Chief Minister …, the CM told reporters". The key
 * is the word before the role noun; "FM" is a foreign or a finance minister, as the story goes.
 */
const OFFICE_INITIALS = new Map([
  ['minister', new Map([['prime', 'pm'], ['foreign', 'fm'], ['finance', 'fm'], ['chief', 'cm']])],
  // Kenya's ministers: "Interior Cabinet Secretary Kithure Kindiki … the CS said".
  ['secretary', new Map([['cabinet', 'cs']])],
]);

/** The role noun each office's initials stand for. */
const INITIALED_OFFICES = new Map([...OFFICE_INITIALS].flatMap(([noun, initials]) => [...initials.values()].map((i): [string, string] => [i, noun])));

/** Role keys in [from, to): president, minister, spokesman, press-secretary, ... */
export function rolesOf(tokens: Tokens, from: number, to: number): string[] {
  const roles: string[] = [];
  for (let k = from; k < to; k++) {
    if (tokens.kind[k] !== WORD) continue;
    const w = tokens.lower(k);
    if (w === 'secretary' && k > from && tokens.lower(k - 1) === 'press') roles.push('press-secretary');
    else if (PERSON_ROLE_NOUNS.has(w)) {
      roles.push(w);
      // ("Nordgas chief executive Liv Strand … the CEO said": the chief executive is the CEO.)
      if (w === 'executive' && k > from && tokens.lower(k - 1) === 'chief') roles.push('ceo');
      const initials = k > 0 && tokens.isWord(k - 1) ? OFFICE_INITIALS.get(w)?.get(tokens.lower(k - 1)) : undefined;
      if (initials) roles.push(initials);
      // ("CM Murad Ali Shah … the chief minister said": the initials are the office spelled out.)
      if (INITIALED_OFFICES.has(w)) roles.push(INITIALED_OFFICES.get(w) as string);
    }
    else if (TITLE_ABBREVIATIONS.has(w)) roles.push(TITLE_ABBREVIATIONS.get(w) as string);
  }
  if (roles.length && diplomaticPhrase(tokens, from, to)) roles.push('diplomat');
  return roles;
}

/**
 * "Deputy Foreign Minister", "Foreign Ministry spokeswoman", "diplomatic envoy": a role in
 * foreign affairs makes its holder a diplomat, whom wire copy goes on to call "the diplomat".
 */
function diplomaticPhrase(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens.kind[k] === WORD && DIPLOMATIC_MODIFIERS.has(tokens.lower(k))) return true;
  return false;
}

/**
 * Lower-case role words right before a name: "Kremlin spokesman Dmitry Peskov",
 * "Russian presidential press secretary Dmitry Peskov", "Vladimir Putin's spokesman Dmitry Peskov".
 */
export function rolePhraseBefore(tokens: Tokens, nameFrom: number): { titles: string[]; roles: string[] } {
  const set = titleSetOff(tokens, nameFrom);
  if (set) return set;
  let k = nameFrom - 1;
  let hasRole = false;
  let first = nameFrom;
  let steps = 0;
  while (k >= 0 && steps < 8 && tokens.kind[k] === WORD && adjacent(tokens, k, k + 1)) {
    const w = tokens.lower(k);
    const cap = (tokens.flags[k] & F_CAP) !== 0;
    if (PERSON_ROLE_NOUNS.has(w) && !cap) hasRole = true;
    else if (!(ROLE_MODIFIERS.has(w) || cap || (tokens.flags[k] & F_INITIALS) !== 0)) break;
    if (!hasRole && steps === 0) break; // the word right before the name must be a role noun
    first = k;
    k--;
    steps++;
  }
  if (!hasRole) return { titles: [], roles: [] };
  return { titles: [tokens.text.slice(tokens.start[first], tokens.end[nameFrom - 1])], roles: rolesOf(tokens, first, nameFrom) };
}

/** Lower-case words a role may have before it in "the official representative of …". */
const BODY_ROLE_REACH = 3;

/**
 * "the official representative of the Norland Foreign Ministry Kari Lund", "spokeswoman for the
 * Norland Defence Ministry Kari Lund": wire copy names the body a role serves between the role
 * and the name. The run [from, nameFrom) is that body; the role before it is the name's, and a
 * body in foreign affairs makes its holder a diplomat ("the diplomat said" later). Only for a
 * body: "an aide of Prime Minister Ola Berg" is Berg's aide, not Berg.
 */
export function bodyRoleBefore(tokens: Tokens, from: number, nameFrom: number): { titles: string[]; roles: string[] } | null {
  let k = from - 1;
  if (tokens.isWord(k) && tokens.lower(k) === 'the') k--;
  if (!tokens.isLowerWord(k) || !BODY_PREPOSITIONS.has(tokens.lower(k))) return null;
  const role = k - 1;
  if (!tokens.isLowerWord(role) || !PERSON_ROLE_NOUNS.has(tokens.lower(role))) return null;
  let first = role;
  while (role - first < BODY_ROLE_REACH && tokens.isLowerWord(first - 1) && adjacent(tokens, first - 1, first) && ROLE_MODIFIERS.has(tokens.lower(first - 1))) first--;
  const roles = rolesOf(tokens, first, role + 1);
  if (!roles.includes('diplomat') && diplomaticPhrase(tokens, from, nameFrom)) roles.push('diplomat');
  return { titles: [tokens.text.slice(tokens.start[first], tokens.end[nameFrom - 1])], roles };
}

/** The prepositions joining a role to its body: "representative of", "spokeswoman for". */
const BODY_PREPOSITIONS = set('of for');

/** Capitalised words a title set off by a comma may have: "Norland Harbour Agency Director". */
const SET_OFF_REACH = 6;

/**
 * "… made by Mossland Director, Ola Berg.": wire copy sets a capitalised title off from the
 * name with a comma; the title is still the name's.
 */
function titleSetOff(tokens: Tokens, nameFrom: number): { titles: string[]; roles: string[] } | null {
  const role = nameFrom - 2;
  if (role < 0 || !tokens.isPunct(nameFrom - 1, ',') || !tokens.isWord(role) || (tokens.flags[role] & F_CAP) === 0 || !PERSON_ROLE_NOUNS.has(tokens.lower(role))) return null;
  let first = role;
  while (first > 0 && role - first < SET_OFF_REACH && tokens.kind[first - 1] === WORD && (tokens.flags[first - 1] & F_CAP) !== 0 && adjacent(tokens, first - 1, first)) first--;
  return { titles: [tokens.text.slice(tokens.start[first], tokens.end[role])], roles: rolesOf(tokens, first, role + 1) };
}

/** Words a posting's title may have before its role noun: "Norland Permanent Representative". */
const POSTING_REACH = 4;

/**
 * "Norland Permanent Representative to the UN Ola Berg", "Norland ambassador to Bergen Kari
 * Moe": a diplomat's title names the place of the posting between the role and the name; the
 * run of capitals starting at `nameFrom` is that place and the name (not a place alone: "the
 * ambassador to the United States" gives its role to no one).
 */
export function postingBefore(tokens: Tokens, nameFrom: number): { titles: string[]; roles: string[] } | null {
  let to = nameFrom - 1;
  if (tokens.isWord(to) && tokens.lower(to) === 'the') to--;
  if (!tokens.isWord(to) || tokens.lower(to) !== 'to' || !tokens.isWord(to - 1) || !POSTING_ROLES.has(tokens.lower(to - 1))) return null;
  let first = to - 1;
  for (let steps = 0; steps < POSTING_REACH && first > 0 && tokens.kind[first - 1] === WORD && adjacent(tokens, first - 1, first); steps++) {
    const w = tokens.lower(first - 1);
    if (!((tokens.flags[first - 1] & F_CAP) !== 0 || ROLE_MODIFIERS.has(w) || NATIONALITIES.has(w))) break;
    first--;
  }
  return { titles: [tokens.text.slice(tokens.start[first], tokens.end[to - 1])], roles: rolesOf(tokens, first, to) };
}

/** Words an apposition after a name may span: "the spokesman for the Norland Foreign Ministry". */
const APPOSITIVE_REACH = 12;

/** "Dmitry Peskov, the Kremlin spokesman, said": the role after the comma belongs to the name. */
export function addAppositiveRoles(tokens: Tokens, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind === 'organization' || m.kind === 'place' || m.possessive) continue;
    let k = m.tokEnd;
    if (!tokens.isPunct(k, ',')) continue;
    k++;
    const from = k;
    if (tokens.isWord(k) && ARTICLES.has(tokens.lower(k))) k++;
    let roleAt = -1;
    // ("Ola Berg, the spokesman for the Norland Foreign Ministry,": after a preposition comes
    // the role's body, with its article; its words are not the person's role.)
    let body = false;
    for (let steps = 0; k < tokens.count && steps < APPOSITIVE_REACH && tokens.kind[k] === WORD; k++, steps++) {
      const w = tokens.lower(k);
      if (!body && (PERSON_ROLE_NOUNS.has(w) || TITLE_WORDS.has(w))) roleAt = k;
      else if (PREPOSITIONS.has(w)) body = roleAt >= 0;
      else if (!(ROLE_MODIFIERS.has(w) || (tokens.flags[k] & F_CAP) !== 0 || NATIONALITIES.has(w) || (body && ARTICLES.has(w)))) break;
    }
    if (roleAt < 0 || !(tokens.isPunct(k, ',') || tokens.isPunct(k, '.') || tokens.kind[k] === BREAK)) continue;
    const roles = rolesOf(tokens, from, roleAt + 1);
    if (!roles.length) continue;
    m.titles.push(tokens.text.slice(tokens.start[from], tokens.end[roleAt]));
    for (const r of roles) if (!m.roles.includes(r)) m.roles.push(r);
    if (m.kind === 'name') m.kind = 'person';
  }
}

/** Verbs that install a person in a role, in the passive: "was elected chairman", "is named envoy". */
const INSTALLING_VERBS = set('elected re-elected named appointed chosen nominated');
/** Words between a name and its installing verb: "is", "was newly", "has been", ", who was". */
const PREDICATE_LEAD = set('is was has had have been being newly unanimously formally officially who');
/** Words the role phrase of a predicate may span, its body included: "chairman of the Norland Fishing Union". */
const PREDICATE_REACH = 10;

/**
 * "Ola Berg is elected chairman of the Norland Union", "Kari Moe, who was appointed envoy,",
 * "Jon Lund became mayor of Tromso": a role given in the predicate belongs to the subject, so
 * "the new Norland Union chairman" later in the story is that person. The title keeps the
 * body it is of, for "the Union chairman" (roleHolders.ts, titled).
 */
export function addPredicativeRoles(tokens: Tokens, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind === 'organization' || m.kind === 'place' || m.possessive) continue;
    const from = predicateRoleStart(tokens, m.tokEnd);
    if (from < 0) continue;
    const phrase = predicateRolePhrase(tokens, from);
    if (!phrase) continue;
    const roles = rolesOf(tokens, from, phrase.roleEnd);
    if (!roles.length) continue;
    m.titles.push(tokens.text.slice(tokens.start[from], tokens.end[phrase.end - 1]));
    for (const r of roles) if (!m.roles.includes(r)) m.roles.push(r);
    if (m.kind === 'name') m.kind = 'person';
  }
}

/** The token after "is elected (as)" / "became" following a name ending before `k`, or -1. */
function predicateRoleStart(tokens: Tokens, k: number): number {
  const first = k;
  if (tokens.isPunct(k, ',') && tokens.isWord(k + 1) && tokens.lower(k + 1) === 'who') k++;
  while (k < first + 4 && tokens.isWord(k) && PREDICATE_LEAD.has(tokens.lower(k))) k++;
  if (!tokens.isWord(k)) return -1;
  const verb = tokens.lower(k);
  // (An installing verb needs its auxiliary: in "Berg named Lund chairman" the role is Lund's.)
  const installs = verb === 'became' || verb === 'becomes' || (INSTALLING_VERBS.has(verb) && k > first && !tokens.isPunct(k - 1, ','));
  if (!installs) return -1;
  k++;
  return tokens.isWord(k) && tokens.lower(k) === 'as' ? k + 1 : k;
}

/**
 * "[the] [modifiers] role [of|for [the] Body Name]" from `from`: where the role words end and
 * where the whole phrase ends, or null when no role noun comes before another kind of word.
 */
function predicateRolePhrase(tokens: Tokens, from: number): { roleEnd: number; end: number } | null {
  let k = from;
  if (tokens.isWord(k) && ARTICLES.has(tokens.lower(k))) k++;
  let roleEnd = -1;
  for (; k < from + PREDICATE_REACH && tokens.isWord(k); k++) {
    const w = tokens.lower(k);
    if (PERSON_ROLE_NOUNS.has(w)) roleEnd = k + 1;
    else if (!(ROLE_MODIFIERS.has(w) || NATIONALITIES.has(w) || (tokens.flags[k] & F_CAP) !== 0)) break;
  }
  if (roleEnd < 0) return null;
  if (k !== roleEnd || !tokens.isWord(k) || !(tokens.lower(k) === 'of' || tokens.lower(k) === 'for')) return { roleEnd, end: roleEnd };
  // The body: "of the Norland Union", "for Tromso".
  let end = k + 1;
  if (tokens.isWord(end) && ARTICLES.has(tokens.lower(end))) end++;
  const bodyStart = end;
  while (end < from + PREDICATE_REACH && tokens.isWord(end) && ((tokens.flags[end] & F_CAP) !== 0 || (tokens.lower(end) === 'of' && end > bodyStart))) end++;
  return { roleEnd, end: end > bodyStart ? end : roleEnd };
}

/** Words a role phrase before an appositive name may span: "the Norland ambassador to the United Nations". */
const PRE_APPOSITIVE_REACH = 10;

/** Titles a person is born or raised to, which leave room for an office named beside them. */
const RANKS_OF_BIRTH = set('prince princess king queen sheikh emir sultan');

/**
 * "The spokeswoman, Kari Moe, said", "said the Norland ambassador to Bergen, Ola Berg.": a
 * definite role phrase closed by a comma names the person right after it, as the apposition
 * after a name does.
 */
export function addPrecedingAppositiveRoles(tokens: Tokens, mentions: Mention[]): void {
  for (const m of mentions) {
    // (A rank of birth is no office: "Saudi oil minister, Prince Abdulaziz bin Salman," holds one.)
    if (m.kind === 'organization' || m.kind === 'place' || m.possessive || m.roles.some((r) => !RANKS_OF_BIRTH.has(r))) continue;
    // (Past a title the name carries: "…, Prince Abdulaziz".)
    let comma = m.tokStart - 1;
    while (comma > 0 && tokens.isWord(comma) && RANKS_OF_BIRTH.has(tokens.lower(comma))) comma--;
    if (!tokens.isPunct(comma, ',') || !closesApposition(tokens, m.tokEnd)) continue;
    const phrase = appositiveRolePhrase(tokens, comma);
    if (!phrase) continue;
    const [from, roleEnd] = phrase;
    const roles = rolesOf(tokens, from, roleEnd);
    if (!roles.length) continue;
    m.titles.push(tokens.text.slice(tokens.start[from], tokens.end[comma - 1]));
    m.roles.push(...roles);
    if (m.kind === 'name') m.kind = 'person';
  }
}

/**
 * A comma, a full stop or the paragraph's end after the name: the apposition ends there; so it
 * does before a reporting verb when the writer left the second comma out ("the Minister of
 * Foreign Affairs, Ola Berg has said").
 */
function closesApposition(tokens: Tokens, k: number): boolean {
  return k >= tokens.count || tokens.isPunct(k, ',') || tokens.isPunct(k, '.') || tokens.kind[k] === BREAK || (tokens.isLowerWord(k) && UNCLOSED_APPOSITION_VERBS.has(tokens.lower(k)));
}

/** Verbs that may follow an apposition whose closing comma is missing. */
const UNCLOSED_APPOSITION_VERBS = new Set(['said', 'says', 'has', 'had', 'told', 'stated', 'added', 'noted']);

/**
 * The phrase "the [modifiers] role [to|for|of the place or office]" that ends at `comma`, as
 * [its article, the end of its role words], or null. A lower-case role noun must come before
 * any preposition ("the ambassador to Bergen"): "the talks with Ola Berg" is no role phrase,
 * and in "the daughter of the president" the role is the object's.
 */
function appositiveRolePhrase(tokens: Tokens, comma: number): [number, number] | null {
  let role = false;
  let roleEnd = comma;
  /** A lower-case word no role phrase needs ("oil" in "oil minister"): only a sentence's opening phrase may have one. */
  let loose = false;
  /** A capitalized word that is no title nor nationality: a name, which an opening phrase without an article may not hold. */
  let named = false;
  for (let k = comma - 1, steps = 0; k >= 0 && steps < PRE_APPOSITIVE_REACH && tokens.kind[k] === WORD; k--, steps++) {
    const w = tokens.lower(k);
    const cap = (tokens.flags[k] & F_CAP) !== 0;
    if (ARTICLES.has(w) && !(k > 0 && tokens.isWord(k - 1) && PREPOSITIONS.has(tokens.lower(k - 1)))) return role && !loose ? [k, roleEnd] : null;
    if (PREPOSITIONS.has(w)) {
      role = false;
      roleEnd = k;
    } else if (PERSON_ROLE_NOUNS.has(w) && (!cap || TITLE_WORDS.has(w))) role = true;
    else if (!(ROLE_MODIFIERS.has(w) || cap || NATIONALITIES.has(w) || ARTICLES.has(w))) {
      if (!role || FUNCTION_WORDS.has(w)) return null;
      loose = true;
    }
    // "Saudi oil minister, Prince Abdulaziz bin Salman, appeared": a headline-like opening
    // without an article.
    if (role && isSentenceStart(tokens, k) && !named) return [k, roleEnd];
    // (An office's domain or a body's acronym is no name: "Minister for Information KPK, Shaukat Yousafzai said".)
    if (cap && !TITLE_WORDS.has(w) && !NATIONALITIES.has(w) && !DOMAIN_WORDS.has(w) && (tokens.flags[k] & F_ALLCAPS) === 0) named = true;
  }
  return null;
}
