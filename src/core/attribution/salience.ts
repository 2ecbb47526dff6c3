// What a reader keeps in mind while reading an article from the top: who was last the
// subject (for "he", "she", "it"), who was last seen holding each role (for "the spokesman",
// "the ministry"). Resolution happens at reading time, so "he" means the last person before
// it, never one introduced later.
import { notOnePerson, type Entity } from './coreference';
import type { Mention } from './mentions';
import { ISSUED_STATEMENTS, KINSHIP_NOUNS, PARTY_EPITHETS, PERSON_ROLE_NOUNS, PERSON_ROLE_PLURALS, PLURAL_DETERMINERS, PRESS_OFFICES, PRESS_ROLES, ROLE_HYPERNYMS, SOURCE_NOUNS, TITLE_WORDS, TOP_MODIFIERS } from './lexicon';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { mayHoldRole, RoleHolders } from './roleHolders';
import { qualifiedEnd } from './descriptionNames';
import { canBeSource } from './sourceHeads';
import { F_POSS } from './tokenKinds';
import type { Tokens } from './tokens';

/**
 * How far back (tokens) a pronoun may find its antecedent. Counted in tokens, not characters,
 * so that a long quotation between a name and "she wrote" counts as one token.
 */
const PRONOUN_REACH = 600;
/** Pronouns for a woman: "she said", and "in her view" (viewCues.ts). */
const FEMININE = new Set(['she', 'her']);
/** How many sentences after an opening description its person must be named in, and how many mentions are looked at. */
const INTRODUCTION_SENTENCES = 2;
const INTRODUCTION_MENTIONS = 12;
/** People remembered for "he" and "she". */
const RECENT_PEOPLE = 6;
/** Roles of people a story meets rather than follows: "the reporter", "the witness" is never its main figure. */
const BYSTANDER_ROLES = new Set([...PRESS_ROLES, 'witness', 'victim', 'resident', 'man', 'woman', 'voter', 'member', 'supporter', 'critic', 'opponent', 'rival', 'host', 'anchor', 'source', 'lady']);

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
  private readonly holders: RoleHolders;
  private phrases = new Map<string, number>();
  /**
   * Set while reading a line that interrupts the story (headlines.ts, bodyHeadlines): the
   * people it names do not become who "he" and "she" mean.
   */
  quiet = false;
  /** The last unnamed person described by each head noun ("a senior official"), for "the official" after it. */
  private described = new Map<string, Ref>();
  /** Who issued the last source of each kind ("the ministry issued a statement"), for "the statement said". */
  private issuers = new Map<string, number>();
  /** The issuer of each issued source by the source phrase's first token: "issued a statement that stressed …". */
  private issuedPhrases = new Map<number, number>();
  /** The last named person or body that spoke (a cue or a quote), for "the statement" nobody was said to issue. */
  private lastVoice = -1;

  private readonly mentions: Mention[];

  constructor(private tokens: Tokens, private index: MentionIndex, private entities: Entity[]) {
    this.mentions = index.mentions;
    this.holders = new RoleHolders(this.mentions, entities);
  }

  /** A mention was read: its entity's roles and organisation words now point to it. */
  see(i: number): void {
    const m = this.mentions[i];
    if (m.entity < 0) return;
    const ref = mentionRef(m);
    this.holders.see(m, ref);
    const e = this.entities[m.entity];
    if ((m.kind === 'person' || m.kind === 'name') && e.named && !notOnePerson(e)) {
      if (this.mentioned.length === RECENT_PEOPLE) this.mentioned.shift();
      this.mentioned.push(ref);
      // (Only someone whose gender the name or title tells, or whom a lower-case role
      // introduces as a source ("history professor Brit Holm", either gender) -- not "Los
      // Angeles", and not "President Franklin D. Roosevelt" for "she".)
      if (!this.quiet && e.mentions[0] === i && m.tokEnd - m.tokStart >= 2 && !m.possessive && (m.gender || this.describedByRole(m))) {
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
    if (this.quiet) return;
    const e = this.entities[ref.entity];
    if (e.kind === 'organization' || e.kind === 'place' || (e.kind === 'name' && this.speaksThroughSource(ref))) this.lastOrg = ref;
    else if (e.named && !notOnePerson(e) && !this.quantified(ref)) {
      // Move (or add) to the front, in place: this runs for every cue and quote.
      const { people } = this;
      let k = people.findIndex((p) => p.entity === ref.entity);
      if (k < 0) k = Math.min(people.length, RECENT_PEOPLE - 1);
      for (; k > 0; k--) people[k] = people[k - 1];
      people[0] = ref;
    }
  }

  /**
   * "the Gazeta article claimed": a name of unknown kind heading a source noun is an outlet or
   * a body far more often than a person, so "she" does not stand for it. ("Berg's letter" is
   * a person's: the possessive stays a person's sign.)
   */
  private speaksThroughSource(ref: Ref): boolean {
    const head = this.tokenAt(ref.end - 1);
    return SOURCE_NOUNS.has(this.tokens.lower(head)) && (this.tokens.flags[head - 1] & F_POSS) === 0;
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

  /** `ref` spoke: a cue or a quote was credited to it. */
  spoke(ref: Ref): void {
    if (!this.quiet && this.entities[ref.entity].named) this.lastVoice = ref.entity;
  }

  /** `ref` issued a source headed by `head` ("issued a statement"): "the statement" speaks for it from here on. */
  issued(head: string, object: number, ref: Ref | null): void {
    // A named issuer, or a body known by its description ("the embassy"): never "it" of nothing.
    if (!ref || !(this.entities[ref.entity].named || this.entities[ref.entity].kind === 'organization')) return;
    this.issuers.set(head, ref.entity);
    this.issuedPhrases.set(object, ref.entity);
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
        const ref = subject.refers === 'person' ? this.person(FEMININE.has(this.tokens.lower(subject.tok)) ? 'f' : 'm', pos) : subject.refers === 'organization' ? this.lastOrg : null;
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
    // "The ministry issued a statement that stressed …": the source just issued is its issuer's voice.
    const issuer = subject.person ? undefined : this.issuedPhrases.get(subject.tokStart);
    if (issuer !== undefined) return local(issuer);
    const owner = subject.person ? -1 : this.sourceOwner(subject, pos);
    if (owner >= 0) return local(owner);
    if (subject.definite && subject.person) {
      // ("the head of state" is the country's leader, not any head of an office.)
      const role = subject.head === 'head' && tokens.lower(subject.tokEnd) === 'of' && tokens.lower(subject.tokEnd + 1) === 'state' ? 'leader' : subject.head;
      const body = this.bodyHolder(subject, pos);
      const holder = body === undefined ? this.holders.person(role, this.topOfOffice(subject.tokStart, subject.tokEnd - 1), pos) : body >= 0 ? { entity: body, pos } : null;
      // "Jon Lund, the spokesman, … a senior official said … the official added": a description
      // repeating the head of a later unnamed one means that one, not the earlier named holder.
      const described = this.described.get(subject.head);
      if (described && (!holder || described.pos > holder.pos)) return local(described.entity);
      if (holder) return local(holder.entity);
      const introduced = this.introducedNext(pos);
      if (introduced >= 0) return local(introduced);
      // "Senator Ola Berg … The Oregon Republican said": a party epithet names, like "he", the
      // person the article is about at this point.
      if (PARTY_EPITHETS.has(subject.head) && this.people.length) return local(this.people[0].entity);
      const current = this.currentHolder(subject, pos);
      if (current >= 0) return local(current);
    } else if (subject.definite && subject.named < 0) {
      const org = this.holders.organization(subject.head, pos);
      if (org >= 0) return local(org);
      const issuedBy = this.issuers.get(subject.head);
      if (issuedBy !== undefined) return local(issuedBy);
      // "The Norland ministry said on Monday … "…," the statement said": a statement nobody
      // was said to issue is the one the last speaker put out.
      if (ISSUED_STATEMENTS.has(subject.head) && this.lastVoice >= 0) return local(this.lastVoice);
    } else if (subject.named >= 0 && !subject.person) {
      const m = this.mentions[subject.named];
      if (m.kind === 'organization' && m.entity >= 0 && this.entities[m.entity].named) return local(m.entity);
    }
    // "the RNC member", "a Clinton campaign official", "Sanders’ campaign manager": nobody
    // named holds the role there, so the name the description carries speaks through it -- but
    // "a State Department spokesman" in a lead is the one its title names before or after
    // ("one Bergen spokesman" is one of several, any of them). Not a group: "Clinton
    // supporters" are not Clinton.
    if (!subject.definite && subject.person && !PERSON_ROLE_PLURALS.has(subject.head) && !this.oneOfMany(subject.tokStart)) {
      const named = this.namedNext(subject.head, pos);
      if (named >= 0) return local(named);
    }
    if (subject.named >= 0 && subject.person && !PERSON_ROLE_PLURALS.has(subject.head)) {
      const m = this.mentions[subject.named];
      const holder = this.oneOfMany(subject.tokStart) ? -1 : this.holders.titled(subject.head, m.name, pos);
      if (holder >= 0) return local(holder);
      // "an RT reporter asked": a journalist asks for themself, not as the outlet's voice.
      if (PRESS_ROLES.has(subject.head)) return local(this.phraseEntity(subject.tokStart, subject.tokEnd, true));
      if (m.entity >= 0 && this.entities[m.entity].named && m.kind !== 'place') return local(m.entity);
    }
    // Nobody named answers to it: the phrase speaks as itself only if its head could.
    if (!canBeSource(tokens.lower(subject.tokEnd - 1))) return null;
    const own = local(this.phraseEntity(subject.tokStart, subject.tokEnd, subject.person));
    if (subject.person) this.described.set(subject.head, own);
    return own;
  }

  /**
   * "the ministry’s press service said", "the press service of the ministry said", "the
   * ministry’s statement said": a press office, or a source someone put out, speaks for the
   * body or person it belongs to, named or described before. -1 otherwise.
   */
  private sourceOwner(subject: Extract<SubjectRef, { type: 'nominal' }>, pos: number): number {
    const { tokens } = this;
    const head = subject.tokEnd - 1;
    const office = PRESS_OFFICES.has(subject.head) && head > 0 && tokens.lower(head - 1) === 'press';
    if (!office && !SOURCE_NOUNS.has(subject.head)) return -1;
    // "his memo to the staff says": the person "his" or "her" stands for.
    const determiner = tokens.lower(subject.tokStart);
    if (determiner === 'his' || determiner === 'her') return this.resolve({ type: 'pronoun', tok: subject.tokStart, refers: 'person' }, pos, null)?.entity ?? -1;
    // The owner: a possessive before the head or, for an office, the object of an "of" after it.
    let owner = -1;
    for (let k = head - 1; k >= subject.tokStart && owner < 0; k--) if ((tokens.flags[k] & F_POSS) !== 0) owner = k;
    if (owner < 0 && office && tokens.lower(subject.tokEnd) === 'of' && tokens.isWord(subject.tokEnd + 1)) owner = tokens.lower(subject.tokEnd + 1) === 'the' ? subject.tokEnd + 2 : subject.tokEnd + 1;
    // "the Gazeta article", "a Lund statement": a name right before the source noun is its author.
    if (owner < 0 && !office && subject.named >= 0 && this.mentions[subject.named].tokEnd === head) owner = head - 1;
    if (owner < 0 || !tokens.isWord(owner)) return -1;
    const m = this.index.endingAt(owner);
    if (m >= 0) {
      const { kind, entity } = this.mentions[m];
      return entity >= 0 && kind !== 'place' && this.entities[entity].named ? entity : -1;
    }
    return this.holders.organization(tokens.lower(owner), tokens.start[owner]);
  }

  /**
   * "the Bergen Council chief", "the NFC official": a general role noun with a body's name
   * is someone whose title names that body -- not the last minister or director of any
   * other body. -1 when nobody's does; undefined when the phrase names no body.
   */
  private bodyHolder(subject: Extract<SubjectRef, { type: 'nominal' }>, pos: number): number | undefined {
    if (subject.named < 0 || !ROLE_HYPERNYMS.has(subject.head)) return undefined;
    const m = this.mentions[subject.named];
    return m.kind === 'organization' ? this.holders.titled(subject.head, m.name, pos) : undefined;
  }

  /**
   * "Ola Berg said … The minister greeted “…”": a definite role that nobody named holds is,
   * like "he", the person the story is about at this point -- unless that person holds
   * another role ("Senator Berg … the president said" is someone else), or the role is a
   * relation to someone ("the son of Ola Berg"). -1 otherwise.
   */
  private currentHolder(subject: Extract<SubjectRef, { type: 'nominal' }>, pos: number): number {
    const current = this.people[0];
    if (!current || subject.named >= 0 || PERSON_ROLE_PLURALS.has(subject.head) || BYSTANDER_ROLES.has(subject.head) || KINSHIP_NOUNS.has(subject.head)) return -1;
    // ("the top diplomat" asks for whoever leads the office, which the holders answer.)
    if (this.topOfOffice(subject.tokStart, subject.tokEnd - 1)) return -1;
    // Only a role the lexicon knows: not a group ("protesters in Bergen"), nor a noun that only
    // looks like a person's ("the anger").
    if (!PERSON_ROLE_NOUNS.has(subject.head) && !TITLE_WORDS.has(subject.head)) return -1;
    const e = this.entities[current.entity];
    if (this.tokenAt(pos) - this.tokenAt(current.pos) > PRONOUN_REACH) return -1;
    return mayHoldRole(subject.head, e.roles) ? current.entity : -1;
  }

  /** "the top diplomat" [from, head): a modifier asking for the head of the office. */
  private topOfOffice(from: number, head: number): boolean {
    if (this.tokens.lower(head) === 'head') return true;
    for (let k = from; k < head; k++) if (TOP_MODIFIERS.has(this.tokens.lower(k))) return true;
    return false;
  }

  /**
   * `"…," the envoy wrote. ¶ Kari Moe called it …`: a definite description opening an article,
   * before anyone is named, is the person the next sentences name first -- the writer
   * identifies them straight after. -1 when someone was named before `pos`, or nobody who is
   * surely a person (a title, a gender or a full name, not "Telegram") is named within two
   * sentences.
   */
  private introducedNext(pos: number): number {
    const { tokens, mentions } = this;
    const at = this.tokenAt(pos);
    const last = tokens.sentence[at] + INTRODUCTION_SENTENCES;
    for (let i = this.index.firstAtOrAfter(at + 1), n = 0; i < mentions.length && n < INTRODUCTION_MENTIONS && tokens.sentence[mentions[i].tokStart] <= last; i++, n++) {
      const m = mentions[i];
      if (m.entity < 0 || m.kind === 'organization' || m.kind === 'place') continue;
      const e = this.entities[m.entity];
      if (e.named && !notOnePerson(e) && (e.kind === 'person' || e.gender || e.name.includes(' '))) return this.onlyOneBefore(m.entity, pos) ? m.entity : -1;
    }
    return -1;
  }

  /**
   * Nobody but `entity` was named before `pos`: "Ola Berg" as a picture's caption, then "The
   * head of the Norland council said …" and "Berg added" -- a description between two
   * mentions of the only person in the article so far is that person.
   */
  private onlyOneBefore(entity: number, pos: number): boolean {
    return this.mentioned.every((r) => r.pos >= pos || r.entity === entity);
  }

  /**
   * "A spokeswoman for the ministry waved the plan away as “a toy boat”. The spokeswoman, Ann Dahl,
   * said …": an indefinite description of a role nobody held yet is the holder the writer names
   * within the next sentences. -1 otherwise.
   */
  private namedNext(head: string, pos: number): number {
    const i = this.holders.firstNamedAfter(head, pos);
    if (i < 0) return -1;
    const { tokens } = this;
    const e = this.entities[this.mentions[i].entity];
    const near = tokens.sentence[this.mentions[i].tokStart] <= tokens.sentence[this.tokenAt(pos)] + INTRODUCTION_SENTENCES;
    return near && e.named && !notOnePerson(e) ? e.id : -1;
  }

  /** "one Bergen spokesman", "another aide": a determiner that picks one of several. */
  private oneOfMany(k: number): boolean {
    const w = this.tokens.lower(k);
    return w === 'one' || w === 'another';
  }

  /**
   * One entity per description in the article: "the company" twice is one speaker. A person's
   * is shown by the fullest form used, with what qualifies it ("spokesman for the ministry").
   */
  private phraseEntity(from: number, to: number, person: boolean): number {
    const { tokens } = this;
    let first = from;
    if (to - from > 1 && /^(?:the|a|an)$/.test(tokens.lower(first))) first++;
    const text = (end: number): string => tokens.text.slice(tokens.start[first], tokens.baseEnd[end - 1]).replace(/\s+/g, ' ');
    const key = text(to).toLowerCase();
    const name = person ? text(qualifiedEnd(tokens, to)) : text(to);
    let id = this.phrases.get(key);
    if (id === undefined) {
      id = this.entities.length;
      this.entities.push({ id, kind: person ? 'person' : 'organization', name, named: false, titles: [], roles: new Set(), mentions: [] });
      this.phrases.set(key, id);
    } else if (name.length > this.entities[id].name.length) this.entities[id].name = name;
    return id;
  }
}
