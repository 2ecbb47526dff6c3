// Who "he", "she" and "it" stand for while the article is read from the top: the people who
// were last the subject, the people last named, the person just introduced by full name, and
// the last body that was a subject. Resolution happens at reading time, so "he" means the last
// person before it, never one introduced later.
import { lastWord, notOnePerson, personless, type Entity } from './coreference';
import { LOCATIVE_PREPOSITIONS, PERSON_ROLE_PLURALS, PLURAL_DETERMINERS, SINGLE_INDEFINITES, SOURCE_NOUNS } from './lexicon';
import type { Mention } from './mentions';
import type { SubjectRef } from './nounPhrases';
import { refAt, type Ref } from './refs';
import { isSentenceStart } from './caseEvidence';
import { speaksAsName } from './speakingNames';
import { isAgeNoun } from './sourceHeads';
import { F_POSS } from './tokenKinds';
import type { Tokens } from './tokens';

/**
 * How far back (tokens) a pronoun may find its antecedent. Counted in tokens, not characters,
 * so that a long quotation between a name and "she wrote" counts as one token.
 */
const PRONOUN_REACH = 600;
/** Pronouns for a woman: "she said", and "in her view" (viewCues.ts). */
const FEMININE = new Set(['she', 'her']);
/** Sentences back (from the pronoun's) in which "they" finds the group that was the subject: a quotation before "they added" is a sentence of its own. */
const GROUP_REACH_SENTENCES = 2;
/**
 * Sentences back (from the pronoun's) in which "she" finds a person the story does not name:
 * "One neighbour told FOX13 that … ¶ "…," she said." Further on, "she" is someone named.
 */
const UNNAMED_REACH_SENTENCES = 2;
/** People remembered for "he" and "she". */
const RECENT_PEOPLE = 6;

export class Antecedents {
  /** People who were subjects, most recent first (a few: "he" may skip a "she"). */
  private readonly people: Ref[] = [];
  private lastOrg: Ref | null = null;
  /** The last group of people that was a subject ("the senators wrote", "Republicans said"), for "they". */
  private lastGroup: Ref | null = null;
  /** Named people mentioned in any role, most recent last: "he" when nobody was a subject yet. */
  private mentioned: Ref[] = [];
  /** An unnamed person just brought in as a subject ("one neighbour told FOX13"), for "she" in the next sentences. */
  private unnamed: Ref | null = null;
  /** The pronoun an unnamed person was last "he" or "she" by. */
  private readonly unnamedGenders = new Map<number, 'm' | 'f'>();
  /** The last person introduced by full name (their first mention), for "he" in the next sentences. */
  private introduced: Ref | null = null;
  /** The pronouns of the introducing sentence, once asked for. */
  private introPronouns: Set<'m' | 'f'> | null = null;
  /** Per entity: where it was last named as a possessor ("Mr Berg's plan"). */
  private readonly lastPossessor = new Map<number, number>();
  /** Per entity: a common plural capitalized only by opening sentences (pluralOpening). */
  private readonly pluralOpenings = new Map<number, boolean>();

  constructor(private tokens: Tokens, private mentions: Mention[], private entities: Entity[]) {}

  /** The person the story is about at this point (the last subject), if any. */
  get current(): Ref | undefined {
    return this.people[0];
  }

  /** The person (or body) the story is about, if still in reach of `pos`. */
  currentAt(pos: number): Ref | undefined {
    const current = this.people[0];
    return current && this.reaches(current, pos) ? current : undefined;
  }

  /** The named person or body (or unnamed organisation) the story is about at `pos`, if still in reach; -1 otherwise. */
  currentBody(pos: number): number {
    const current = this.currentAt(pos);
    const e = current ? this.entities[current.entity] : undefined;
    return e && (e.named || e.kind === 'organization') ? e.id : -1;
  }

  /**
   * Mention `i` (of an entity, shown by `ref`) was read: a named person is remembered for "he"
   * and "she". `quiet`: the line interrupts the story, so nobody it names is introduced.
   */
  see(i: number, ref: Ref, quiet: boolean): void {
    const m = this.mentions[i];
    const e = this.entities[m.entity];
    if (m.possessive) this.lastPossessor.set(m.entity, ref.pos);
    if ((m.kind === 'person' || m.kind === 'name') && e.named && !notOnePerson(e) && !this.pluralOpening(m.entity)) {
      if (this.mentioned.length === RECENT_PEOPLE) this.mentioned.shift();
      this.mentioned.push(ref);
      // (Only someone whose gender the name or title tells, or whom a lower-case role
      // introduces as a source ("history professor Brit Holm", either gender) -- not "Los
      // Angeles", and not "President Franklin D. Roosevelt" for "she".)
      if (!quiet && e.mentions[0] === i && m.tokEnd - m.tokStart >= 2 && !m.possessive && (m.gender || this.describedByRole(m))) {
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
   * a named person becomes "he" or "she", or a description whose head gives a gender ("an
   * embassy spokeswoman"): another description ("a reporter asked") is a passing figure, and a
   * group ("Republicans") is never one person. `asking`: the subject asked a question ("a
   * reporter asked"), so the answer that follows is somebody else's.
   */
  subject(ref: Ref, asking = false): void {
    const e = this.entities[ref.entity];
    if (this.unnamed && this.unnamed.entity !== ref.entity) this.unnamed = null;
    if (!asking && this.bringsInUnnamed(ref)) this.unnamed = ref;
    // (A group is "they" until anyone else is the subject.)
    const group = isGroupOfPeople(e);
    this.lastGroup = group ? ref : null;
    if (e.kind === 'organization' || e.kind === 'place' || e.body || (e.kind === 'name' && (this.speaksThroughSource(ref) || isAcronym(e.name)))) this.lastOrg = ref;
    else if (!group && (e.named || e.gender) && !notOnePerson(e) && !this.quantified(ref) && !this.pluralOpening(ref.entity)) {
      // Move (or add) to the front, in place: this runs for every cue and quote.
      const { people } = this;
      let k = people.findIndex((p) => p.entity === ref.entity);
      if (k < 0) k = Math.min(people.length, RECENT_PEOPLE - 1);
      for (; k > 0; k--) people[k] = people[k - 1];
      people[0] = ref;
    }
  }

  /** "One neighbour told FOX13 …": a person described, not named, with a determiner that brings in one of many. */
  private bringsInUnnamed(ref: Ref): boolean {
    const e = this.entities[ref.entity];
    if (e.kind !== 'person' || e.named || isGroupOfPeople(e)) return false;
    const first = this.tokens.indexAt(ref.start);
    // ("said the 78-year-old owner of an inn": an age given with "the" brings someone in as "a" does.)
    return SINGLE_INDEFINITES.has(this.tokens.lower(first)) || (this.tokens.lower(first) === 'the' && this.tokens.isWord(first + 1) && isAgeNoun(this.tokens.lower(first + 1)));
  }

  /** The unnamed person just brought in, when the pronoun at `pos` is close enough and its gender fits. */
  private unnamedFor(gender: 'm' | 'f', pos: number): Ref | null {
    const ref = this.unnamed;
    if (!ref) return null;
    const known = this.entities[ref.entity].gender ?? this.unnamedGenders.get(ref.entity);
    if (known && known !== gender) return null;
    const { sentence } = this.tokens;
    if (sentence[this.tokens.indexAt(pos)] - sentence[this.tokens.indexAt(ref.pos)] > UNNAMED_REACH_SENTENCES) return null;
    // (Learned here, not on the entity: a description stays a passing figure for pronouns further on.)
    this.unnamedGenders.set(ref.entity, gender);
    return ref;
  }

  /**
   * "the Gazeta article claimed": a name of unknown kind heading a source noun is an outlet or
   * a body far more often than a person, so "she" does not stand for it. ("Berg's letter" is
   * a person's: the possessive stays a person's sign.)
   */
  private speaksThroughSource(ref: Ref): boolean {
    const head = this.tokens.indexAt(ref.end - 1);
    return SOURCE_NOUNS.has(this.tokens.lower(head)) && (this.tokens.flags[head - 1] & F_POSS) === 0;
  }

  /**
   * "Patients waited for hours. … "We are doing all we can," he said.": a lone capitalized
   * plural that only ever opens a sentence, with nothing else of a person about it (no title,
   * role, gender or fuller name) and never speaking ("Williams said"), is a common noun
   * capitalized by its position, never "he". Worked out once per entity.
   */
  private pluralOpening(entity: number): boolean {
    let known = this.pluralOpenings.get(entity);
    if (known === undefined) {
      const e = this.entities[entity];
      known = e.kind === 'name' && personless(e) && pluralShape(e.name) && e.mentions.every((i) => this.opensSentenceAlone(this.mentions[i]));
      this.pluralOpenings.set(entity, known);
    }
    return known;
  }

  private opensSentenceAlone(m: Mention): boolean {
    return m.tokEnd - m.tokStart === 1 && isSentenceStart(this.tokens, m.tokStart) && !m.possessive && !speaksAsName(this.tokens, m.tokStart, m.tokEnd);
  }

  /** "Other Bergeners liked …", "many Lund voters": a plural determiner before the name makes it many people, never "he". */
  private quantified(ref: Ref): boolean {
    const k = this.tokens.indexAt(ref.start) - 1;
    return k >= 0 && this.tokens.isWord(k) && PLURAL_DETERMINERS.has(this.tokens.lower(k));
  }

  /** The antecedent of a pronoun said at `pos`, or null when none is within reach. */
  resolve(pronoun: Extract<SubjectRef, { type: 'pronoun' }>, pos: number): Ref | null {
    const ref = pronoun.refers === 'person' ? this.person(FEMININE.has(this.tokens.lower(pronoun.tok)) ? 'f' : 'm', pos) : pronoun.refers === 'organization' ? this.lastOrg : this.recentGroup(pos);
    return ref && this.reaches(ref, pos) ? refAt(ref, pos) : null;
  }

  /**
   * "…," the senators wrote. "…," they added.': the group that was the last subject, in this
   * sentence or the two before; else null ("they" further on may mean anyone the story named).
   */
  private recentGroup(pos: number): Ref | null {
    const group = this.lastGroup;
    if (!group) return null;
    const { sentence } = this.tokens;
    return sentence[this.tokens.indexAt(pos)] - sentence[this.tokens.indexAt(group.pos)] <= GROUP_REACH_SENTENCES ? group : null;
  }

  /** The people who were subjects, most recent first. */
  get recent(): readonly Ref[] {
    return this.people;
  }

  /** A pronoun at `pos` may still stand for `ref`: it is within the pronoun reach. */
  reaches(ref: Ref, pos: number): boolean {
    return this.tokens.indexAt(pos) - this.tokens.indexAt(ref.pos) <= PRONOUN_REACH;
  }

  /** The most recent person "he" (m) or "she" (f) can stand for; learns the gender it assumes. */
  private person(gender: 'm' | 'f', pos: number): Ref | null {
    const unnamed = this.unnamedFor(gender, pos);
    if (unnamed) return unnamed;
    for (const ref of this.people) {
      const e = this.entities[ref.entity];
      if (e.gender && e.gender !== gender) continue;
      const intro = this.introducedSince(ref, gender, pos);
      if (intro) return intro;
      if (!e.gender && e.named) e.gender = gender;
      return ref;
    }
    // "Once we pressed Jon Lund on whether …, he shrugged": no subject fits, so the last person
    // named before the pronoun stands in.
    // ("… the statement he gave in Patna": a name of unknown kind after "in" is a place.)
    for (let k = this.mentioned.length - 1; k >= 0; k--) {
      const ref = this.mentioned[k];
      const e = this.entities[ref.entity];
      if (ref.pos < pos && (!e.gender || e.gender === gender) && !this.placeLike(ref)) return ref;
    }
    return null;
  }

  /** A name of unknown kind right after a preposition of place: "in Patna", "at Ferrybridge". */
  private placeLike(ref: Ref): boolean {
    const e = this.entities[ref.entity];
    if (e.kind !== 'name' || e.gender) return false;
    const k = this.tokens.indexAt(ref.start) - 1;
    return k >= 0 && this.tokens.isLowerWord(k) && LOCATIVE_PREPOSITIONS.has(this.tokens.lower(k));
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
    const { tokens } = this;
    const { sentence } = tokens;
    const introSentence = sentence[tokens.indexAt(intro.pos)];
    if (introSentence <= sentence[tokens.indexAt(ref.pos)] || introSentence >= sentence[tokens.indexAt(pos)]) return null;
    // ("The review, led by Lord Ola Berg, will inform Mr Lund's plan. He told …": the subject
    // named again as a possessor after the newcomer is still whom the story is about.)
    const possessor = this.lastPossessor.get(ref.entity);
    if (possessor !== undefined && possessor > intro.pos && possessor < pos) return null;
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

  /**
   * Nobody but `entity` was named before `pos`: "Ola Berg" as a picture's caption, then "The
   * head of the Norland council said …" and "Berg added" -- a description between two
   * mentions of the only person in the article so far is that person.
   */
  onlyOneBefore(entity: number, pos: number): boolean {
    return this.mentioned.every((r) => r.pos >= pos || r.entity === entity);
  }
}

/**
 * "the senators", "protesters", "Republicans": people in the plural, a described group (its
 * last word a plural role) or a named one.
 */
function isGroupOfPeople(e: Entity): boolean {
  if (e.named) return e.kind === 'name' && notOnePerson(e);
  return PERSON_ROLE_PLURALS.has(lastWord(e.name));
}

/** "Patients", "Targets": one word in a plural -s, not a singular in -ss, -us or -is ("Congress", "Marcus", "Louis"). */
function pluralShape(name: string): boolean {
  return name.length > 3 && !name.includes(' ') && /[^sui]s$/.test(name);
}

/** "OPEC" (read as "OPEC's"): letters all capitals name a body, never a "he". */
function isAcronym(name: string): boolean {
  return name.length >= 2 && name.length <= 6 && /^[A-Z]+$/.test(name);
}
