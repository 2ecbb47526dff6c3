// What a reader keeps in mind while reading an article from the top: who was last the
// subject (for "he", "she", "it"), who was last seen holding each role (for "the spokesman",
// "the ministry"). Resolution happens at reading time, so "he" means the last person before
// it, never one introduced later.
import { isGroup, type Entity } from './coreference';
import type { Mention } from './mentions';
import { ORG_WORDS, PARTY_EPITHETS, PERSON_ROLE_PLURALS, PLURAL_DETERMINERS, ROLE_GROUPS, ROLE_HYPERNYMS, SUBORDINATE_ROLES, TOP_MODIFIERS } from './lexicon';
import type { SubjectRef } from './nounPhrases';
import { canBeSource } from './sourceHeads';
import type { Tokens } from './tokens';

/**
 * How far back (tokens) a pronoun may find its antecedent. Counted in tokens, not characters,
 * so that a long quotation between a name and "she wrote" counts as one token.
 */
const PRONOUN_REACH = 600;
/** Holders of a role remembered for looking ahead ("Russian presidential spokesman said" in a headline). */
const FUTURE_ROLES = 64;
/** People remembered for "he" and "she". */
const RECENT_PEOPLE = 6;

/** A resolved speaker: the entity and the mention to show for it. */
export interface Ref {
  entity: number;
  start: number;
  end: number;
  /** Where the reference was made (for the pronoun reach). */
  pos: number;
}

/** The reference a mention makes to its entity, where the mention stands. */
export function mentionRef(m: Mention): Ref {
  return { entity: m.entity, start: m.start, end: m.end, pos: m.start };
}

export class Salience {
  /** People who were subjects, most recent first (a few: "he" may skip a "she"). */
  private readonly people: Ref[] = [];
  private lastOrg: Ref | null = null;
  /** Named people mentioned in any role, most recent last: "he" when nobody was a subject yet. */
  private mentioned: Ref[] = [];
  /** The last person introduced by full name (their first mention), for "he" in the next sentences. */
  private introduced: Ref | null = null;
  /** The pronouns of the introducing sentence, once asked for. */
  private introPronouns: Set<'m' | 'f'> | null = null;
  private byRole = new Map<string, Ref>();
  private byOrgWord = new Map<string, Ref>();
  private futureRoles = new Map<string, number[]>();
  private phrases = new Map<string, number>();
  /** The last unnamed person described by each head noun ("a senior official"), for "the official" after it. */
  private described = new Map<string, Ref>();

  constructor(private tokens: Tokens, private mentions: Mention[], private entities: Entity[]) {
    mentions.forEach((m, i) => {
      for (const role of m.roles) {
        const key = roleKey(role);
        const list = this.futureRoles.get(key) ?? [];
        if (list.length < FUTURE_ROLES) list.push(i);
        this.futureRoles.set(key, list);
      }
    });
  }

  /** A mention was read: its entity's roles and organisation words now point to it. */
  see(i: number): void {
    const m = this.mentions[i];
    if (m.entity < 0) return;
    const ref = mentionRef(m);
    // Any mention brings all the entity's roles back to mind ("Peskov" after "Kremlin spokesman Dmitry Peskov").
    for (const role of this.entities[m.entity].roles) this.byRole.set(roleKey(role), ref);
    if (m.kind === 'organization') for (const w of m.words) if (ORG_WORDS.has(w)) this.byOrgWord.set(w, ref);
    const e = this.entities[m.entity];
    if ((m.kind === 'person' || m.kind === 'name') && e.named && !isGroup(e)) {
      if (this.mentioned.length === RECENT_PEOPLE) this.mentioned.shift();
      this.mentioned.push(ref);
      // (Only someone whose gender the name or title tells, or whom a lower-case role
      // introduces as a source ("history professor Brit Holm", either gender) -- not "Los
      // Angeles", and not "President Franklin D. Roosevelt" for "she".)
      if (e.mentions[0] === i && m.tokEnd - m.tokStart >= 2 && !m.possessive && (m.gender || this.describedByRole(m))) {
        this.introduced = ref;
        this.introPronouns = null;
      }
    }
  }

  /** "history professor Brit Holm": a lower-case role noun right before the name. */
  private describedByRole(m: Mention): boolean {
    return m.roles.length > 0 && m.tokStart > 0 && this.tokens.isLowerWord(m.tokStart - 1);
  }

  /**
   * Someone was the subject of a sentence, a cue or a quote: pronouns now point to them. Only
   * a named person becomes "he" or "she": a description ("a reporter asked") is a passing
   * figure, and a group ("Republicans") is never one person.
   */
  subject(ref: Ref): void {
    const e = this.entities[ref.entity];
    if (e.kind === 'organization' || e.kind === 'place') this.lastOrg = ref;
    else if (e.named && !isGroup(e) && !this.quantified(ref)) {
      // Move (or add) to the front, in place: this runs for every cue and quote.
      const { people } = this;
      let k = people.findIndex((p) => p.entity === ref.entity);
      if (k < 0) k = Math.min(people.length, RECENT_PEOPLE - 1);
      for (; k > 0; k--) people[k] = people[k - 1];
      people[0] = ref;
    }
  }

  /** "Other Bergeners liked …", "many Lund voters": a plural determiner before the name makes it many people, never "he". */
  private quantified(ref: Ref): boolean {
    const k = this.tokenAt(ref.start) - 1;
    return k >= 0 && this.tokens.isWord(k) && PLURAL_DETERMINERS.has(this.tokens.lower(k));
  }

  /** The most recent person "he" (m) or "she" (f) can stand for; learns the gender it assumes. */
  private person(gender: 'm' | 'f', pos: number): Ref | null {
    for (const ref of this.people) {
      const e = this.entities[ref.entity];
      if (e.gender && e.gender !== gender) continue;
      const intro = this.introducedSince(ref, gender, pos);
      if (intro) return intro;
      if (!e.gender && e.named) e.gender = gender;
      return ref;
    }
    // "When I asked Bernie Sanders if …, he looked up": no subject fits, so the last person
    // named before the pronoun stands in.
    for (let k = this.mentioned.length - 1; k >= 0; k--) {
      const ref = this.mentioned[k];
      const e = this.entities[ref.entity];
      if (ref.pos < pos && (!e.gender || e.gender === gender)) return ref;
    }
    return null;
  }

  /**
   * "The crowd cheered, courtesy of Ola Berg, a delegate who dressed up as a tax bill. "It
   * seemed like a good joke," he said.": a person introduced by full name in a sentence after the subject
   * `ref` was last named, and before the pronoun's sentence, is who the pronoun means.
   */
  private introducedSince(ref: Ref, gender: 'm' | 'f', pos: number): Ref | null {
    const intro = this.introduced;
    if (!intro || intro.entity === ref.entity || intro.pos >= pos) return null;
    const e = this.entities[intro.entity];
    // ("Professor Brigid Holm", a role without a gendered word, may be either.)
    const introGender = e.gender ?? this.mentions[e.mentions[0]].gender;
    if (introGender && introGender !== gender) return null;
    const { sentence } = this.tokens;
    const introSentence = sentence[this.tokenAt(intro.pos)];
    if (introSentence <= sentence[this.tokenAt(ref.pos)] || introSentence >= sentence[this.tokenAt(pos)]) return null;
    // "…, and she doubts Maria Holm can win": the pronoun already stood for someone in that sentence.
    this.introPronouns ??= this.subjectPronouns(introSentence);
    if (this.introPronouns.has(gender)) return null;
    e.gender ??= gender;
    return intro;
  }

  /** Which of "he" (m) and "she" (f) sentence `s` uses. Read once per introduction, so pronouns cost no rescans. */
  private subjectPronouns(s: number): Set<'m' | 'f'> {
    const found = new Set<'m' | 'f'>();
    const { tokens } = this;
    for (let k = tokens.sentenceStarts[s]; k < tokens.sentenceStarts[s + 1]; k++) {
      if (!tokens.isWord(k)) continue;
      const w = tokens.lower(k);
      if (w === 'he') found.add('m');
      else if (w === 'she') found.add('f');
    }
    return found;
  }

  /** The index of the token at character `pos` (or the last one before it). */
  private tokenAt(pos: number): number {
    const { start, count } = this.tokens;
    let lo = 0, hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (start[mid] <= pos) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }

  /** The entity a cue's subject phrase stands for at `pos`, or null. */
  resolve(subject: SubjectRef, pos: number, clause: Ref | null): Ref | null {
    switch (subject.type) {
      case 'mention':
      case 'relative': {
        const m = this.mentions[subject.mention];
        return m.entity < 0 ? null : mentionRef(m);
      }
      case 'pronoun': {
        const ref = subject.refers === 'person' ? this.person(this.tokens.lower(subject.tok) === 'she' ? 'f' : 'm', pos) : subject.refers === 'organization' ? this.lastOrg : null;
        return ref && this.tokenAt(pos) - this.tokenAt(ref.pos) <= PRONOUN_REACH ? { ...ref, pos } : null;
      }
      case 'nominal':
        return this.resolveNominal(subject, pos);
      case 'clause':
        return clause ? { ...clause, pos } : null;
      default:
        return null;
    }
  }

  /**
   * "the spokesman" -> the last spokesman named; "the ministry" -> the last ministry named;
   * "the Trump administration" -> an organisation named by the phrase; a description nobody
   * in the article answers to ("a senior official") speaks as itself, shown at the phrase.
   */
  private resolveNominal(subject: Extract<SubjectRef, { type: 'nominal' }>, pos: number): Ref | null {
    const { tokens } = this;
    const start = tokens.start[subject.tokStart], end = tokens.baseEnd[subject.tokEnd - 1];
    const local = (entity: number): Ref => ({ entity, start, end, pos });
    if (subject.definite && subject.person) {
      const keys = coveredKeys(subject.head);
      const top = this.topOfOffice(subject.tokStart, subject.tokEnd - 1);
      const back = this.lastHolder(keys, top);
      // "Jon Lund, the spokesman, … a senior official said … the official added": a description
      // repeating the head of a later unnamed one means that one, not the earlier named holder.
      const described = this.described.get(subject.head);
      if (described && (!back || described.pos > back.pos)) return local(described.entity);
      if (back) return local(back.entity);
      const ahead = this.nextHolder(keys, pos, top);
      if (ahead >= 0) return local(ahead);
      // "Senator Ola Berg … The Oregon Republican said": a party epithet names, like "he", the
      // person the article is about at this point.
      if (PARTY_EPITHETS.has(subject.head) && this.people.length) return local(this.people[0].entity);
    } else if (subject.definite && subject.named < 0) {
      const back = this.byOrgWord.get(subject.head);
      if (back) return local(back.entity);
    } else if (subject.named >= 0 && !subject.person) {
      const m = this.mentions[subject.named];
      if (m.kind === 'organization' && m.entity >= 0 && this.entities[m.entity].named) return local(m.entity);
    }
    // "the RNC member", "a Clinton campaign official", "Sanders’ campaign manager": nobody
    // named holds the role, so the name the description carries speaks through it. Not a
    // group: "Clinton supporters" are not Clinton.
    if (subject.named >= 0 && subject.person && !PERSON_ROLE_PLURALS.has(subject.head)) {
      const m = this.mentions[subject.named];
      if (m.entity >= 0 && this.entities[m.entity].named && m.kind !== 'place') return local(m.entity);
    }
    // Nobody named answers to it: the phrase speaks as itself only if its head could.
    if (!canBeSource(tokens.lower(subject.tokEnd - 1))) return null;
    const own = local(this.phraseEntity(subject.tokStart, subject.tokEnd, subject.person));
    if (subject.person) this.described.set(subject.head, own);
    return own;
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
   * The entity of the first mention after `pos` holding any of the roles `keys`: a headline's
   * "the presidential spokesman said" names the spokesman only further down.
   */
  private nextHolder(keys: readonly string[], pos: number, top: boolean): number {
    let best = -1;
    for (const key of keys) {
      const i = this.futureRoles.get(key)?.find((j) => this.mentions[j].start > pos);
      if (i === undefined || this.mentions[i].entity < 0 || (top && this.subordinate(this.mentions[i].entity))) continue;
      if (best < 0 || this.mentions[i].start < this.mentions[best].start) best = i;
    }
    return best < 0 ? -1 : this.mentions[best].entity;
  }

  /** "the top diplomat" [from, head): a modifier asking for the head of the office. */
  private topOfOffice(from: number, head: number): boolean {
    for (let k = from; k < head; k++) if (TOP_MODIFIERS.has(this.tokens.lower(k))) return true;
    return false;
  }

  /** A deputy or a spokesman: never "the top diplomat". */
  private subordinate(entity: number): boolean {
    for (const role of this.entities[entity].roles) if (SUBORDINATE_ROLES.has(role)) return true;
    return false;
  }

  /** One entity per description in the article: "the company" twice is one speaker. */
  private phraseEntity(from: number, to: number, person: boolean): number {
    const { tokens } = this;
    let first = from;
    if (to - from > 1 && /^(?:the|a|an)$/.test(tokens.lower(first))) first++;
    const name = tokens.text.slice(tokens.start[first], tokens.baseEnd[to - 1]).replace(/\s+/g, ' ');
    const key = name.toLowerCase();
    let id = this.phrases.get(key);
    if (id === undefined) {
      id = this.entities.length;
      this.entities.push({ id, kind: person ? 'person' : 'organization', name, named: false, titles: [], roles: new Set(), mentions: [] });
      this.phrases.set(key, id);
    }
    return id;
  }
}

export function roleKey(role: string): string {
  for (let g = 0; g < ROLE_GROUPS.length; g++) if (ROLE_GROUPS[g].has(role)) return `#${g}`;
  return role;
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
