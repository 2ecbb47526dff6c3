// Which mentions name the same entity. People cluster on the surname ("Dmitry Peskov",
// "Peskov", "Mr Peskov"); two full names with different given names stay apart ("Kari
// Berg", "Ola Berg") and a bare surname joins the nearest of them. Organisations
// cluster when one name's words contain the other's ("Foreign Ministry" in "Russian Foreign
// Ministry"). The canonical name is the fullest form the article uses.
import type { Gender, Mention, MentionKind } from './mentions';
import { AFFILIATIONS, isGivenName, NATIONALITIES, PLACES, THING_HEADS } from './lexicon';

export interface Entity {
  id: number;
  kind: MentionKind;
  /** Canonical name: the mention with the most words (the first of equals). */
  name: string;
  /** 'm' or 'f' when the mentions agree on one; pronouns use it. */
  gender?: Gender;
  /** False for a description standing in for a name ("a senior official", "the company"). */
  named: boolean;
  /** Names many people ("Republicans") or a thing ("the Korean War"): never "he" or "she". Set by notOnePerson. */
  group?: boolean;
  /** A name of unknown kind that a description of a body stood for ("Lenovo … the company"): "it", never "he". */
  body: boolean;
  titles: string[];
  roles: Set<string>;
  /** Mention indices, in text order. */
  mentions: number[];
}

/**
 * A new entity, every field in place from the start (gender and group unknown yet): entities
 * made with the fields in other orders, or given them later, would each have a shape of their
 * own, and every rule reading `named` or `kind` would pay for telling them apart.
 */
export function newEntity(id: number, kind: MentionKind, name: string, gender: Gender | undefined, named: boolean): Entity {
  return { id, kind, name, gender, named, group: undefined, body: false, titles: [], roles: new Set(), mentions: [] };
}

/** Organisations compared per name only with this many recent ones: keeps clustering linear. */
const ORG_WINDOW = 64;
/** People sharing a surname considered per mention (hostile input may have thousands). */
const SURNAME_WINDOW = 8;

export function clusterMentions(mentions: Mention[]): Entity[] {
  const entities: Entity[] = [];
  const bySurname = new Map<string, number[]>();
  const byPlace = new Map<string, number>();
  const orgs: Array<{ entity: number; core: Set<string> }> = [];
  /** Words in each entity's canonical name, kept with it: every join compares a mention's name with it. */
  const nameWords: number[] = [];

  const create = (m: Mention, index: number): number => {
    const id = entities.length;
    entities.push(newEntity(id, m.kind, m.name, undefined, true));
    nameWords.push(wordCount(m.name));
    join(id, m, index);
    return id;
  };
  const join = (id: number, m: Mention, index: number): void => {
    const e = entities[id];
    m.entity = id;
    e.mentions.push(index);
    for (const t of m.titles) if (!e.titles.includes(t)) e.titles.push(t);
    for (const r of m.roles) e.roles.add(r);
    if (m.gender) e.gender = e.gender === undefined || e.gender === m.gender ? m.gender : e.gender;
    if (m.kind === 'person' || (m.kind === 'organization' && e.kind !== 'person')) e.kind = m.kind;
    const words = wordCount(m.name);
    const longer = words - nameWords[id];
    // A dateline's "MOSCOW" names the city the text later writes "Moscow": the reader's form wins.
    if (longer > 0 || (longer === 0 && isShouted(e.name) && !isShouted(m.name))) {
      e.name = m.name;
      nameWords[id] = words;
    }
  };

  // Pass 1: full names, organisations and places, in text order.
  mentions.forEach((m, index) => {
    if (m.kind === 'organization') {
      const core = coreWords(m.words);
      if (!core.size) return;
      for (let k = orgs.length - 1; k >= 0 && k >= orgs.length - ORG_WINDOW; k--) {
        if (subsetEither(core, orgs[k].core)) {
          join(orgs[k].entity, m, index);
          if (core.size > orgs[k].core.size) orgs[k].core = core;
          return;
        }
      }
      orgs.push({ entity: create(m, index), core });
      return;
    }
    if (m.kind === 'place') {
      const key = m.words.join(' ');
      const id = byPlace.get(key);
      if (id === undefined) byPlace.set(key, create(m, index));
      else join(id, m, index);
      return;
    }
    if (m.words.length < 2) return;
    const surname = m.words[m.words.length - 1];
    const list = bySurname.get(surname) ?? [];
    const match = list.slice(-SURNAME_WINDOW).find((id) => sameGivenName(entities[id].name, m.words[0]));
    if (match !== undefined) join(match, m, index);
    else {
      list.push(create(m, index));
      bySurname.set(surname, list);
    }
  });

  // Pass 2: bare surnames ("Peskov", "Mr Lavrov") join the nearest full name, before or after.
  const starts = entities.map((e) => e.mentions.map((mi) => mentions[mi].start));
  const byGivenName = peopleByFirstWord(entities);
  const bareOwner = new Map<string, number>();
  mentions.forEach((m, index) => {
    if (m.entity >= 0 || m.kind === 'organization' || m.kind === 'place') return;
    const surname = m.words[m.words.length - 1];
    const all = bySurname.get(surname);
    let list = all?.slice(-SURNAME_WINDOW);
    // "Mrs. Lund" never joins "Peter Lund": only a namesake of compatible gender.
    if (list && m.gender && list.some((id) => entities[id].gender && entities[id].gender !== m.gender)) {
      list = list.filter((id) => !entities[id].gender || entities[id].gender === m.gender);
    }
    if (list?.length) {
      // "Ann Berg … Berg said … her husband, Peter Berg, … Berg said": a bare surname keeps
      // the person it already stood for; the writer names the namesake in full.
      const owner = bareOwner.get(surname);
      const id = owner !== undefined && list.includes(owner) ? owner : nearest(starts, list, m.start);
      bareOwner.set(surname, id);
      join(id, m, index);
      return;
    }
    // "Bill is back" beside "Bill Lund": a lone common given name joins the one person
    // of the article who bears it. So does any lone word that opens the name of a titled
    // person ("Anwar said" after "Prime Minister Anwar Ibrahim", "Lee said" after "Prime
    // Minister Lee Hsien Loong", whose family name comes first), unless it names a place.
    const given = m.words.length === 1 ? byGivenName.get(m.words[0]) ?? -1 : -1;
    if (given >= 0 && (isGivenName(m.words[0]) || (entities[given].kind === 'person' && !PLACES.has(m.words[0]) && !NATIONALITIES.has(m.words[0])))) {
      join(given, m, index);
      return;
    }
    const id = create(m, index);
    starts.push([m.start]);
    if (all) all.push(id);
    else bySurname.set(surname, [id]);
  });

  // Pass 2 may append a mention before one pass 1 gave; most lists are in text order already.
  for (const e of entities) if (!ascending(e.mentions)) e.mentions.sort((a, b) => a - b);
  return entities;
}

/** Nothing of a person about the entity: no gender, title or role ("Lenovo", "Commons", "Patients"). */
export function personless(e: Entity): boolean {
  return !e.gender && e.titles.length === 0 && e.roles.size === 0;
}

/** A one-word name with nothing of a person about it (no gender, title or role): "Commons", "Fatah". */
export function bodyLikeName(m: Mention, entities: Entity[]): boolean {
  if (m.kind !== 'name' || m.words.length !== 1 || m.entity < 0) return false;
  const e = entities[m.entity];
  return e.kind !== 'person' && personless(e);
}

/** A title or a given name shows the entity is a person, not a name that may be a place or a body. */
export function surelyPerson(e: Entity): boolean {
  return e.kind === 'person' || e.gender !== undefined;
}

/**
 * Whether the entity can never be one person, "he" or "she": a group of people, or a thing
 * named like a person ("the Korean War", "the Gulf Summit"). Worked out once, on first use.
 */
export function notOnePerson(e: Entity): boolean {
  // A titled person ("Senator …") is one person; a group's name is one word ("Republicans",
  // "Swedish-Americans"), where a person's has two or more, or ends in a plural one ("Coptic
  // Christians", "Bosnian Serbs").
  e.group ??= e.kind === 'name' && ((!e.name.includes(' ') && isGroupName(e.name)) || THING_HEADS.has(lastWord(e.name)) || pluralGroupWord(lastWord(e.name)));
  return e.group;
}

/** The last word of a name, lower-case: "Norland Farmers Union" gives "union". */
export function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/** "Republicans", "Irish-American", "Latinos": every word a nationality or an affiliation. */
function isGroupName(name: string): boolean {
  // Word by word without a regular expression: asked once per person who becomes a subject.
  const lower = name.toLowerCase();
  let from = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (c !== 32 && c !== 45) continue; // space, hyphen
    if (i > from && !groupWord(lower.slice(from, i))) return false;
    from = i + 1;
  }
  return true;
}

function groupWord(w: string): boolean {
  return NATIONALITIES.has(w) || AFFILIATIONS.has(w) || pluralGroupWord(w);
}

/** "christians", "kenyans": a nationality or an affiliation in the plural. */
function pluralGroupWord(w: string): boolean {
  const singular = w.length > 3 && w.charCodeAt(w.length - 1) === 115 ? w.slice(0, -1) : ''; // plural -s
  return singular !== '' && (NATIONALITIES.has(singular) || AFFILIATIONS.has(singular));
}

function isShouted(name: string): boolean {
  // Asked at nearly every join: a lower-case ASCII letter settles it for most names without
  // building two re-cased copies of the name.
  if (name.length <= 3 || hasLowerAscii(name)) return false;
  return name !== name.toLowerCase() && name === name.toUpperCase();
}

function hasLowerAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function ascending(list: number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1] > list[i]) return false;
  return true;
}

function wordCount(name: string): number {
  let n = 1;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) n++;
  return n;
}

/** Organisation words that identify it: without "the", "of" and nationality adjectives. */
function coreWords(words: string[]): Set<string> {
  const core = new Set<string>();
  for (const w of words) if (w !== 'the' && w !== 'of' && w !== 'and' && !NATIONALITIES.has(w)) core.add(w);
  return core;
}

function subsetEither(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

/**
 * The full names found so far by their first word: the one person bearing it, or -1 when
 * several do. Built once after pass 1: pass 2 adds only one-word names and lengthens none, so
 * the answer holds for the whole pass (one lookup a mention, not a scan of every entity).
 */
function peopleByFirstWord(entities: Entity[]): Map<string, number> {
  const byFirst = new Map<string, number>();
  for (const e of entities) {
    if (e.kind === 'organization' || e.kind === 'place' || !e.name.includes(' ')) continue;
    const first = firstWordOf(e.name);
    byFirst.set(first, byFirst.has(first) ? -1 : e.id);
  }
  return byFirst;
}

/** A name's first word, lower-cased ("Bill Clinton" -> "bill"). */
function firstWordOf(name: string): string {
  const space = name.indexOf(' ');
  return (space < 0 ? name : name.slice(0, space)).toLowerCase();
}

function sameGivenName(canonical: string, given: string): boolean {
  const first = firstWordOf(canonical);
  if (first === given) return true;
  // "J. Kirby" and "John Kirby", "Kirby" (no given name yet).
  const a = first.replace(/\.$/, ''), b = given.replace(/\.$/, '');
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** The entity among `ids` with a mention closest before `pos`, else the first one after it. */
function nearest(starts: number[][], ids: number[], pos: number): number {
  let best = ids[0], bestBefore = -1, bestAfter = Infinity;
  for (const id of ids) {
    const list = starts[id];
    // Binary search for the last start <= pos: lists are in text order.
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= pos) lo = mid + 1; else hi = mid;
    }
    if (lo > 0 && list[lo - 1] > bestBefore) { bestBefore = list[lo - 1]; best = id; }
  }
  if (bestBefore >= 0) return best;
  for (const id of ids) {
    if (starts[id][0] < bestAfter) { bestAfter = starts[id][0]; best = id; }
  }
  return best;
}
