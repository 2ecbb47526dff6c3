// Who holds each role, for descriptions: "the spokesman" is the last spokesman named, "the
// ministry" the last ministry, a general noun ("the diplomat", "the group") the last named
// holder of any role it covers, and a description read before any holder is named (a
// headline's "presidential spokesman said") the first holder named after it.
import type { Entity } from './coreference';
import type { Mention } from './mentions';
import { DOMAIN_WORDS, GROUP_NOUNS, GROUP_ORG_WORDS, NATIONALITIES, NEWSPAPER_WORDS, ORG_WORDS, PAST_QUALIFIERS, PERSON_EPITHETS, PLACES, RANK_QUALIFIERS, ROLE_GROUPS, ROLE_HYPERNYMS, SUBORDINATE_ROLES } from './lexicon';
import type { Ref } from './refs';

/** Holders of a role remembered for looking ahead ("Russian presidential spokesman said" in a headline). */
const FUTURE_ROLES = 64;
/** Holders of one role kept in mind for a gendered description ("the president … herself"). */
const RECENT_HOLDERS = 4;
/** The key under which organisations that "the group" may mean are remembered. */
const GROUP_KEY = '@group';

export class RoleHolders {
  private byRole = new Map<string, Ref>();
  /** The last few holders of each role, latest last, for a description whose gender the sentence tells. */
  private recentByRole = new Map<string, Ref[]>();
  private byOrgWord = new Map<string, Ref>();
  private futureRoles = new Map<string, number[]>();

  constructor(private mentions: Mention[], private entities: Entity[]) {
    mentions.forEach((m, i) => {
      for (const role of m.roles) this.remember(roleKey(role), i);
      if (groupLike(m)) this.remember(GROUP_KEY, i);
    });
  }

  private remember(key: string, i: number): void {
    const list = this.futureRoles.get(key) ?? [];
    if (list.length < FUTURE_ROLES) list.push(i);
    this.futureRoles.set(key, list);
  }

  /** A mention was read: its entity's roles and organisation words now point to it. */
  see(m: Mention, ref: Ref): void {
    // Any mention brings all the entity's roles back to mind ("Peskov" after "Kremlin spokesman Dmitry Peskov").
    for (const role of this.entities[m.entity].roles) {
      const key = roleKey(role);
      this.byRole.set(key, ref);
      // (In place: this runs for every mention with a role; an entity stands once in the list.)
      let recent = this.recentByRole.get(key);
      if (!recent) this.recentByRole.set(key, (recent = []));
      const seen = recent.findIndex((r) => r.entity === ref.entity);
      if (seen >= 0) recent.splice(seen, 1);
      recent.push(ref);
      if (recent.length > RECENT_HOLDERS) recent.shift();
    }
    if (m.kind === 'organization') for (const w of m.words) if (ORG_WORDS.has(w)) this.byOrgWord.set(w, ref);
    if (groupLike(m)) this.byRole.set(GROUP_KEY, ref);
  }

  /**
   * The entity a person description headed by `head` stands for at `pos`, and where it was
   * last named (-1 when only after `pos`): the last holder of a role it covers, else the
   * first named after it. `top` ("the top diplomat") passes over deputies and spokesmen.
   */
  person(head: string, top: boolean, pos: number, gender?: 'm' | 'f', modifiers: readonly string[] = []): { entity: number; pos: number } | null {
    const keys = coveredKeys(head);
    // "the president buys herself time": of the recent presidents, the one who is a woman.
    const gendered = gender ? this.lastRecentHolder(keys, top, (e) => this.entities[e].gender === gender) : null;
    if (gendered) return gendered;
    const back = this.titledHolder(head, keys, top, modifiers);
    if (back) return back;
    const ahead = this.nextHolder(keys, pos, top);
    return ahead >= 0 && !this.otherCountry(ahead, modifiers) && !this.otherBody(ahead, modifiers) ? { entity: ahead, pos: -1 } : null;
  }

  /**
   * The first mention after `pos` of someone holding a role `head` covers, when nobody held one
   * before: "A spokeswoman for the ministry said … The spokeswoman, Ann Dahl, added". -1 if none.
   */
  firstNamedAfter(head: string, pos: number): number {
    const keys = coveredKeys(head);
    return this.lastHolder(keys, false) ? -1 : this.nextHolderMention(keys, pos, false);
  }

  /**
   * "A Bergen Council spokesman said …" with "Bergen Council spokesman Jon Lund" before or
   * after it: the holder of the role whose title names the same body, or -1. The body's name
   * alone is no match for a person with another role there.
   */
  titled(head: string, body: string, pos: number): number {
    const keys = coveredKeys(head);
    const back = this.lastHolder(keys, false);
    if (back && this.titleNames(back.entity, body)) return back.entity;
    const ahead = this.nextHolder(keys, pos, false);
    return ahead >= 0 && this.titleNames(ahead, body) ? ahead : -1;
  }

  private titleNames(entity: number, body: string): boolean {
    return this.entities[entity].titles.some((t) => t.includes(body));
  }

  /**
   * "the ministry" -> the last ministry named. "The rights group said" -> the last named
   * organisation of members ("Norland Rights Watch"), or, in a headline read before any, the
   * first named after it.
   */
  organization(head: string, pos: number): number {
    const back = this.byOrgWord.get(head);
    if (back) return back.entity;
    if (!GROUP_NOUNS.has(head)) return -1;
    const group = this.byRole.get(GROUP_KEY);
    if (group) return group.entity;
    return this.nextHolder([GROUP_KEY], pos, false);
  }

  /** The news outlet named last ("the Bergen Times"), whose editorial speaks for it; -1 if none. */
  lastOutlet(): number {
    let best: Ref | null = null;
    for (const w of NEWSPAPER_WORDS) {
      const ref = this.byOrgWord.get(w);
      if (ref && (!best || ref.pos > best.pos)) best = ref;
    }
    return best ? best.entity : -1;
  }

  /** The holder of any of the roles `keys` seen last: "the diplomat" after an ambassador and a spokeswoman is the later one. */
  private lastHolder(keys: readonly string[], top: boolean): Ref | null {
    let best: Ref | null = null;
    for (const key of keys) {
      const ref = this.byRole.get(key);
      if (ref && (!best || ref.pos > best.pos) && !(top && this.subordinate(ref.entity))) best = ref;
    }
    return best;
  }

  /**
   * The last holder of the roles `keys` whose title fits the description's `modifiers`: "Prime
   * Minister Ola Berg met Foreign Minister Ann Dahl … the prime minister said" is Berg, and a
   * bare "the president" after "President Ann Dahl" and "Vice President Ola Berg" is Dahl.
   * When no recent holder's title fits, the last holder.
   */
  private titledHolder(head: string, keys: readonly string[], top: boolean, modifiers: readonly string[]): Ref | null {
    const last = this.lastHolder(keys, top);
    if (!last) return null;
    // ("the prime minister" after "former prime minister Jon Lund" is not Lund; "the former
    // prime minister" is.)
    const past = modifiers.some((w) => PAST_QUALIFIERS.has(w));
    const inOffice = (e: number): boolean => past || !this.someTitle(e, (words) => words.some((w) => PAST_QUALIFIERS.has(w)));
    const fits = modifiers.length
      ? (e: number) => inOffice(e) && this.someTitle(e, (words) => modifiers.every((w) => words.includes(w) || (isCountryWord(w) && namesCountry(words, w))))
      : (e: number) => inOffice(e) && !this.someTitle(e, (words) => words.some((w) => RANK_QUALIFIERS.has(w)));
    if (fits(last.entity)) return last;
    // ("Norway's energy minister said" after "Swedish Energy Minister Kari Moe": not her.)
    return this.lastRecentHolder(keys, top, fits) ?? (this.otherCountry(last.entity, modifiers) || this.otherOffice(last.entity, head, modifiers) ? null : last);
  }

  /**
   * The description names a country ("Norway's energy minister", "the Swedish envoy") and every
   * title of `entity` names another: the holder serves someone else.
   */
  private otherCountry(entity: number, modifiers: readonly string[]): boolean {
    const countries = modifiers.filter(isCountryWord);
    if (!countries.length) return false;
    const titles = this.entities[entity].titles;
    return titles.length > 0 && !this.someTitle(entity, (words) => !words.some(isCountryWord) || countries.some((c) => namesCountry(words, c)));
  }

  /**
   * The description names an office ("the prime minister", "the finance minister") and every
   * title of `entity` names the same role noun with another qualifier ("Immigration Minister
   * Peter Dutton"): the holder holds another office. A bare title ("Minister Ola Berg") may be
   * any, and so may a title of another noun the description covers ("the press secretary" for
   * a spokeswoman).
   */
  private otherOffice(entity: number, head: string, modifiers: readonly string[]): boolean {
    const offices = modifiers.filter((w) => w === 'prime' || DOMAIN_WORDS.has(w));
    if (!offices.length || !this.entities[entity].titles.length) return false;
    return !this.someTitle(entity, (words) => words.length < 2 || !words.includes(head) || offices.some((w) => words.includes(w) || words.includes(otherSpelling(w))));
  }

  /**
   * The description names a body ("the Liberal Democratic Party president") and no title of
   * `entity` shares a word with it ("Komeito leader Natsuo Yamaguchi"): the holder leads another.
   */
  private otherBody(entity: number, modifiers: readonly string[]): boolean {
    if (!modifiers.some((w) => ORG_WORDS.has(w)) || !this.entities[entity].titles.length) return false;
    // (A shared body word alone, "party" in "Centre Party leader", names no same body.)
    return !this.someTitle(entity, (words) => modifiers.some((w) => !ORG_WORDS.has(w) && words.includes(w)));
  }

  /** Some title of `entity`, as lower-case words ("prime minister"), passes `test`. */
  private someTitle(entity: number, test: (words: readonly string[]) => boolean): boolean {
    return this.entities[entity].titles.some((title) => test(titleWords(title)));
  }

  /** The latest recent holder of any of the roles `keys` that `accept`s, or null. */
  private lastRecentHolder(keys: readonly string[], top: boolean, accept: (entity: number) => boolean): Ref | null {
    let best: Ref | null = null;
    for (const key of keys) {
      for (const ref of this.recentByRole.get(key) ?? []) {
        if ((!best || ref.pos > best.pos) && !(top && this.subordinate(ref.entity)) && accept(ref.entity)) best = ref;
      }
    }
    return best;
  }

  /**
   * The entity of the first mention after `pos` holding any of the roles `keys`: a headline's
   * "the presidential spokesman said" names the spokesman only further down.
   */
  private nextHolder(keys: readonly string[], pos: number, top: boolean): number {
    const best = this.nextHolderMention(keys, pos, top);
    return best < 0 ? -1 : this.mentions[best].entity;
  }

  /** The first mention after `pos` holding any of the roles `keys` (see nextHolder), or -1. */
  private nextHolderMention(keys: readonly string[], pos: number, top: boolean): number {
    let best = -1;
    for (const key of keys) {
      const i = this.futureRoles.get(key)?.find((j) => this.mentions[j].start > pos);
      if (i === undefined || this.mentions[i].entity < 0 || (top && this.subordinate(this.mentions[i].entity))) continue;
      if (best < 0 || this.mentions[i].start < this.mentions[best].start) best = i;
    }
    return best;
  }

  /** A deputy or a spokesman: never "the top diplomat". */
  subordinate(entity: number): boolean {
    for (const role of this.entities[entity].roles) if (SUBORDINATE_ROLES.has(role)) return true;
    return false;
  }
}

/** "Norland Rights Watch", "the Bergen Peace Alliance": an organisation of members, which news calls "the group". */
function groupLike(m: Mention): boolean {
  if (m.kind !== 'organization' || m.entity < 0) return false;
  for (const w of m.words) if (GROUP_ORG_WORDS.has(w)) return true;
  return false;
}

/**
 * "norway" and "norwegian", "china" and "chinese": a country and its adjective mostly share their
 * first three letters; the common pairs that do not are listed.
 */
function sameCountry(a: string, b: string): boolean {
  if (a === b || (a.length >= 4 && b.length >= 4 && a.slice(0, 3) === b.slice(0, 3))) return true;
  const group = COUNTRY_SPELLINGS.get(a);
  return group !== undefined && group === COUNTRY_SPELLINGS.get(b);
}

/** Some of a title's `words` names `country`, or its adjective or noun ("norwegian" for "norway"). */
function namesCountry(words: readonly string[], country: string): boolean {
  return words.some((w) => sameCountry(country, w));
}

/** Countries whose adjective starts otherwise: each word mapped to one key per country. */
const COUNTRY_SPELLINGS: ReadonlyMap<string, string> = new Map(
  ['france french', 'netherlands holland dutch', 'denmark danish', 'ireland irish', 'us u.s. america american', 'uk u.k. britain british',
    'uae emirates emirati', 'philippines philippine filipino', 'wales welsh', 'spain spanish'].flatMap((line) => line.split(' ').map((w) => [w, line] as [string, string])),
);

/** A place or nationality word: "norway", "swedish". */
function isCountryWord(w: string): boolean {
  return PLACES.has(w) || NATIONALITIES.has(w);
}

/** Titles already split into words (titleWords); emptied when it grows past TITLE_CACHE_SIZE. */
const titleWordsCache = new Map<string, readonly string[]>();
const TITLE_CACHE_SIZE = 4096;

/** The other side of the Atlantic's spelling of an office word: "defence" / "defense", "labour" / "labor". */
function otherSpelling(w: string): string {
  if (w.endsWith('ence')) return `${w.slice(0, -4)}ense`;
  if (w.endsWith('ense')) return `${w.slice(0, -4)}ence`;
  if (w.endsWith('our')) return `${w.slice(0, -3)}or`;
  return w.endsWith('or') ? `${w.slice(0, -2)}our` : w;
}

/**
 * A title as lower-case words ("Prime Minister" -> prime, minister), split once: descriptions
 * ask for the same holders' titles sentence after sentence, and articles share their titles.
 */
function titleWords(title: string): readonly string[] {
  let words = titleWordsCache.get(title);
  if (words === undefined) {
    if (titleWordsCache.size >= TITLE_CACHE_SIZE) titleWordsCache.clear();
    words = title.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
    titleWordsCache.set(title, words);
  }
  return words;
}

/** The key of each role word in ROLE_GROUPS: `#g` for the first group `g` that lists it. */
const ROLE_GROUP_KEYS: ReadonlyMap<string, string> = (() => {
  const keys = new Map<string, string>();
  ROLE_GROUPS.forEach((group, g) => {
    for (const role of group) if (!keys.has(role)) keys.set(role, `#${g}`);
  });
  return keys;
})();

/** The key a role is remembered under: its group's (ROLE_GROUPS), else the role itself. */
export function roleKey(role: string): string {
  return ROLE_GROUP_KEYS.get(role) ?? role;
}

/** Whether someone with the given roles can be "the <head>": no roles known, one the head covers, or an epithet ("the czar"). */
export function mayHoldRole(head: string, roles: ReadonlySet<string>): boolean {
  if (roles.size === 0 || PERSON_EPITHETS.has(head)) return true;
  const keys = coveredKeys(head);
  for (const role of roles) if (keys.includes(roleKey(role))) return true;
  return false;
}

const coveredCache = new Map<string, readonly string[]>();

/**
 * The role keys a description's head answers to: its own and, for a general noun ("the
 * diplomat", "the official"), those of every role it covers (lexicon ROLE_HYPERNYMS).
 */
function coveredKeys(head: string): readonly string[] {
  let keys = coveredCache.get(head);
  if (!keys) {
    const all = new Set([roleKey(head)]);
    for (const role of ROLE_HYPERNYMS.get(head) ?? []) all.add(roleKey(role));
    keys = [...all];
    coveredCache.set(head, keys);
  }
  return keys;
}
