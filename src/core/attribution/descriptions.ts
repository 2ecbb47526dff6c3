// Who a description stands for while the article is read from the top: "the spokesman" is the
// last spokesman named, "the statement" the voice of whoever issued it, "the minister" with
// nobody named in that role the person the story is about, and a description nobody in the
// article answers to ("a senior official") speaks as itself.
import type { Antecedents } from './antecedents';
import { lastBodyCalled } from './companies';
import { lastParty } from './parties';
import { bodyLikeName, newEntity, surelyPerson, type Entity } from './coreference';
import type { Mention } from './mentions';
import {
  BYSTANDER_ROLES, FEMALE_WORDS, KINSHIP_NOUNS, LAST_VOICE_SOURCES, LEADING_ROLES, LEGAL_COUNSEL, MALE_WORDS, ORG_WORDS, PARTY_EPITHETS, PERSON_EPITHETS,
  PERSON_ROLE_NOUNS, PERSON_ROLE_PLURALS, PRESS_OFFICES, PRESS_ROLES, PRINTED_PIECES, ROLE_HYPERNYMS, SOURCE_NOUNS, SPOKES, SUBORDINATE_ROLES, TITLE_WORDS, TOP_MODIFIERS,
} from './lexicon';
import { DETERMINERS, type MentionIndex, type SubjectRef } from './nounPhrases';
import type { Ref } from './refs';
import { mayHoldRole, type RoleHolders } from './roleHolders';
import { appositiveNouns, introducedAs, type AppositiveNouns } from './appositiveNouns';
import { bodyNouns } from './bodyNouns';
import { qualifiedEnd } from './descriptionNames';
import { Introductions } from './introductions';
import { isEpithet } from './epithets';
import { genderAfter } from './descriptionGender';
import { canBeSource, isAgeNoun } from './sourceHeads';
import { F_ALLCAPS, F_POSS } from './tokenKinds';
import type { Tokens } from './tokens';

/** Words between "a" and the role it introduces: "a senior foreign ministry spokesman". */
const INDEFINITE_MODIFIERS = 3;
/** Scholars and experts, whom wire leads quote unnamed before naming them: "an analyst said". */
const EXPERTS: ReadonlySet<string> = ROLE_HYPERNYMS.get('expert') ?? new Set();

type Nominal = Extract<SubjectRef, { type: 'nominal' }>;

export class Descriptions {
  private phrases = new Map<string, number>();
  /** The last unnamed person described by each head noun ("a senior official"), for "the official" after it. */
  private described = new Map<string, Ref>();
  /** Who issued the last source of each kind ("the ministry issued a statement"), for "the statement said". */
  private issuers = new Map<string, number>();
  /** The issuer of each issued source by the source phrase's first token: "issued a statement that stressed …". */
  private issuedPhrases = new Map<number, number>();
  /** The last named person or body that spoke (a cue or a quote), for "the statement" nobody was said to issue. */
  private lastVoice = -1;
  /** Roles introduced with "a"/"an", and where (indefiniteRoles). */
  private indefinite: Map<string, { article: number; role: number }> | null = null;
  /** The plain nouns named people were introduced with ("Nils Holm, a farmer"), read on first need. */
  private nouns: AppositiveNouns | null = null;
  /** The nouns named bodies may be called by ("Bergen FC" the club), read on first need. */
  private bodies: AppositiveNouns | null = null;

  private readonly mentions: Mention[];
  /** Who the next sentences name, for descriptions read before their person is named. */
  private readonly introductions: Introductions;

  constructor(private tokens: Tokens, private index: MentionIndex, private entities: Entity[], private holders: RoleHolders, private antecedents: Antecedents) {
    this.mentions = index.mentions;
    this.introductions = new Introductions(tokens, index, entities, holders, antecedents);
  }

  /** `ref` spoke: a cue or a quote was credited to it. */
  spoke(ref: Ref): void {
    const e = this.entities[ref.entity];
    // (An unnamed body, "the unions", only before any named voice: "the medium alleged" put out no statement.)
    if (e.named || (e.kind === 'organization' && this.lastVoice < 0)) this.lastVoice = ref.entity;
  }

  /** `ref` issued a source headed by `head` ("issued a statement"): "the statement" speaks for it from here on. */
  issued(head: string, object: number, ref: Ref | null): void {
    // A named issuer, or a body known by its description ("the embassy"): never "it" of nothing.
    if (!ref || !(this.entities[ref.entity].named || this.entities[ref.entity].kind === 'organization')) return;
    this.issuers.set(head, ref.entity);
    this.issuedPhrases.set(object, ref.entity);
  }

  /**
   * "the spokesman" -> the last spokesman named; "the ministry" -> the last ministry named;
   * "the Berg administration" -> an organisation named by the phrase; a description nobody
   * in the article answers to ("a senior official") speaks as itself, shown at the phrase.
   */
  resolve(subject: Nominal, pos: number): Ref | null {
    const { tokens } = this;
    const start = tokens.start[subject.tokStart], end = tokens.baseEnd[subject.tokEnd - 1];
    const local = (entity: number): Ref => ({ entity, start, end, pos });
    // "The ministry issued a statement that stressed …": the source just issued is its issuer's voice.
    const issuer = subject.person ? undefined : this.issuedPhrases.get(subject.tokStart);
    if (issuer !== undefined) return local(issuer);
    const owner = subject.person ? -1 : this.sourceOwner(subject, pos);
    if (owner >= 0) return local(owner);
    const appositive = this.introducedWith(subject, pos);
    if (appositive >= 0) return local(appositive);
    // "Mr Berg's solicitor argued": a lawyer named by the client argues in their own words,
    // neither the client nor anyone the story names next; "the solicitor added" is them again.
    if (subject.named >= 0 && LEGAL_COUNSEL.has(subject.head)) {
      const counsel = local(this.phraseEntity(subject.tokStart, subject.tokEnd, true));
      this.described.set(subject.head, counsel);
      return counsel;
    }
    if (subject.definite && subject.person) {
      // ("the head of state" is the country's leader, not any head of an office.)
      const role = subject.head === 'head' && tokens.lower(subject.tokEnd) === 'of' && tokens.lower(subject.tokEnd + 1) === 'state' ? 'leader' : subject.head;
      const body = this.bodyHolder(subject, pos);
      const holder = body === undefined ? this.holders.person(role, this.topOfOffice(subject.tokStart, subject.tokEnd - 1), pos, genderAfter(tokens, subject.tokEnd), this.modifiers(subject)) : body >= 0 ? { entity: body, pos } : null;
      // "Jon Lund, the spokesman, … a senior official said … the official added": a description
      // repeating the head of a later unnamed one means that one, not the earlier named holder.
      const described = this.described.get(subject.head);
      if (described && (!holder || described.pos > holder.pos)) return local(described.entity);
      if (holder) return local(holder.entity);
      const introduced = this.introductions.introducedNext(pos, KINSHIP_NOUNS.has(subject.head) ? this.introductions.familyNames(subject.tokEnd, pos) : null);
      if (introduced >= 0) return local(introduced);
      // "Senator Ola Berg … The Oregon Republican said": a party epithet names, like "he", the
      // person the article is about at this point.
      if (PARTY_EPITHETS.has(subject.head) && this.antecedents.current) return local(this.antecedents.current.entity);
      const current = this.currentHolder(subject, pos);
      if (current >= 0) return local(current);
    } else if (subject.definite && subject.named < 0) {
      // "The ANC is not saying much. "…," the party said": the party named last, though its
      // name may not say "party" (a congress, an alliance, a front).
      const party = subject.head === 'party' ? lastParty(this.index, this.entities, subject.tokStart) : -1;
      if (party >= 0) return local(party);
      const org = this.holders.organization(subject.head, pos);
      // "The Norland Red Cross sent trucks … the charity said": the body last named that goes by the noun.
      this.bodies ??= bodyNouns(this.tokens, this.mentions, this.entities);
      const body = this.tokens.lower(subject.tokStart) === 'the' ? introducedAs(this.bodies, subject.head, pos, false) : null;
      // ("National Irish Bank … its parent bank Danske … Danske reported … the bank said": of a
      // body whose name holds the noun and one introduced by it, the one named later.)
      if (org >= 0 && !(body && body.entity !== org && this.lastSeen(body.entity, pos) > this.lastSeen(org, pos))) return local(org);
      if (body) return local(body.entity);
      const issuedBy = this.issuers.get(subject.head);
      if (issuedBy !== undefined) return local(issuedBy);
      // "The Norland ministry said on Monday … "…," the statement said": a statement nobody
      // was said to issue is the one the last speaker put out; with no voice yet, the body the
      // story is about ("The council has condemned the attack … read the statement"), though
      // not for a report, often another outlet's. ("the county report" names its own issuer.)
      const bare = LAST_VOICE_SOURCES.has(subject.head) && subject.tokEnd - subject.tokStart === 2;
      const voice = !bare ? -1 : this.lastVoice >= 0 ? this.lastVoice : subject.head === 'report' ? -1 : this.antecedents.currentBody(pos);
      if (voice >= 0) return local(voice);
      // (Not "that company": a demonstrative points at the firm just described, named or not.)
      const called = this.tokens.lower(subject.tokStart) === 'the' ? lastBodyCalled(subject.head, this.tokens, this.index, this.entities, subject.tokStart) : -1;
      if (called >= 0) return local(called);
    } else if (subject.named >= 0 && !subject.person) {
      const m = this.mentions[subject.named];
      if (m.kind === 'organization' && m.entity >= 0 && this.entities[m.entity].named) return local(m.entity);
    }
    // "a State Department spokesman" in a lead is the one its title names before or after
    // ("one Bergen spokesman" is one of several, any of them). Not a group: "Dahl supporters".
    if (!subject.definite && subject.person && !PERSON_ROLE_PLURALS.has(subject.head) && !this.oneOfMany(subject.tokStart)) {
      const named = this.introductions.namedNext(subject.head, pos);
      if (named >= 0) return local(named);
      // "…, an Argentine academic has said. … said Ola Berg, director of the studies centre": a
      // scholar quoted unnamed in the lead is the person the next sentences name.
      const scholar = EXPERTS.has(subject.head) ? this.introductions.newPersonNext(pos) : -1;
      if (scholar >= 0) {
        const ref = local(scholar);
        this.described.set(subject.head, ref);
        return ref;
      }
    }
    if (subject.named >= 0 && subject.person && !PERSON_ROLE_PLURALS.has(subject.head)) {
      const m = this.mentions[subject.named];
      const holder = this.oneOfMany(subject.tokStart) ? -1 : this.holders.titled(subject.head, m.name, pos);
      if (holder >= 0) return local(holder);
      // "an RT reporter asked": a journalist asks for themself, not as the outlet's voice;
      // "Berg's sister said": a relative speaks for themself, not for the one named.
      // "A Norland Ministry spokesperson told reporters": the one spokesperson, unnamed, is
      // credited as described ("one ministry spokesman", one of several, is the ministry's voice).
      const describedSpokesperson = SPOKES.has(subject.head) && !this.oneOfMany(subject.tokStart);
      if (PRESS_ROLES.has(subject.head) || KINSHIP_NOUNS.has(subject.head) || describedSpokesperson) return local(this.phraseEntity(subject.tokStart, subject.tokEnd, true));
      const current = this.qualifiedCurrent(subject, m, pos);
      if (current >= 0) return local(current);
      // "the RNC member", "Jonas’ campaign manager": nobody named holds the role, so the name
      // carried speaks through it; "a senior Blue House official" speaks as described.
      if (m.entity >= 0 && this.entities[m.entity].named && m.kind !== 'place' && subject.definite) return local(m.entity);
    }
    // Nobody named answers to it: the phrase speaks as itself only if its head could.
    if (!canBeSource(tokens.lower(subject.tokEnd - 1))) return null;
    const [from, to] = subject.definite && subject.person ? this.introduction(subject) : [subject.tokStart, subject.tokEnd];
    const own = local(this.phraseEntity(from, to, subject.person));
    if (subject.person) this.described.set(subject.head, own);
    return own;
  }

  /**
   * "Nils Holm, a farmer in Norland, … the farmer said": "the" and a noun the lexicon knows no
   * role for is the named person the article introduced with that noun last -- unless an
   * unnamed one described so spoke since ("a farmer in Tromso said … the farmer added"). -1 otherwise.
   */
  private introducedWith(subject: Nominal, pos: number): number {
    if (this.tokens.lower(subject.tokStart) !== 'the') return -1;
    // ("the Norland coach": a place may qualify the noun; another name is the role holders' business.)
    if (subject.named >= 0 && this.mentions[subject.named].kind !== 'place') return -1;
    let qualified = false;
    for (let k = subject.tokStart + 1; k < subject.tokEnd - 1 && !qualified; k++) qualified = this.tokens.isCap(k);
    this.nouns ??= appositiveNouns(this.tokens, this.mentions, this.entities);
    const intro = introducedAs(this.nouns, subject.head, pos, qualified);
    if (!intro) return -1;
    const described = this.described.get(subject.head);
    return described && described.pos > intro.pos ? -1 : intro.entity;
  }

  /**
   * "A statement by an official of the port authority … the official said": a definite role first
   * introduced indefinitely is shown as the introduction describes it. The phrase's tokens.
   */
  private introduction(subject: Nominal): [number, number] {
    const intro = this.indefiniteRoles().get(subject.head);
    return intro && intro.role < subject.tokStart ? [intro.article, intro.role + 1] : [subject.tokStart, subject.tokEnd];
  }

  /**
   * "the ministry’s press service said", "the press service of the ministry said", "the
   * ministry’s statement said": a press office, or a source someone put out, speaks for the
   * body or person it belongs to, named or described before. -1 otherwise.
   */
  private sourceOwner(subject: Nominal, pos: number): number {
    const { tokens } = this;
    const head = subject.tokEnd - 1;
    // ("Ola Berg's office said", "the President's office said": a person's office is their voice.)
    const personalOffice = subject.head === 'office' && head > 0 && (tokens.flags[head - 1] & F_POSS) !== 0;
    const office = (PRESS_OFFICES.has(subject.head) && head > 0 && tokens.lower(head - 1) === 'press') || personalOffice;
    if (!office && !SOURCE_NOUNS.has(subject.head)) return -1;
    // "his memo to the staff says": the person "his" or "her" stands for.
    const determiner = tokens.lower(subject.tokStart);
    if (determiner === 'his' || determiner === 'her') return this.antecedents.resolve({ type: 'pronoun', tok: subject.tokStart, refers: 'person' }, pos)?.entity ?? -1;
    // The owner: a possessive before the head or, for an office, the object of an "of" after it.
    let owner = -1;
    for (let k = head - 1; k >= subject.tokStart && owner < 0; k--) if ((tokens.flags[k] & F_POSS) !== 0) owner = k;
    if (owner < 0 && office && tokens.lower(subject.tokEnd) === 'of' && tokens.isWord(subject.tokEnd + 1)) owner = tokens.lower(subject.tokEnd + 1) === 'the' ? subject.tokEnd + 2 : subject.tokEnd + 1;
    // "the Gazeta article", "a Lund statement": a name right before the source noun is its author.
    if (owner < 0 && !office && subject.named >= 0 && this.mentions[subject.named].tokEnd === head) owner = head - 1;
    // ("The Bergen Times … the editorial warns", "an opinion piece in the Bergen Times …
    // The article noted": what a paper prints speaks with the paper's voice.)
    if (owner < 0 && PRINTED_PIECES.has(subject.head) && subject.definite) return this.holders.lastOutlet();
    // "Norland's health ministry said … "…," a ministry statement said": a body's word before
    // the source noun names the body of that kind named last.
    if (owner < 0 && !office && head - 1 >= subject.tokStart && tokens.isLowerWord(head - 1) && ORG_WORDS.has(tokens.lower(head - 1))) return this.holders.organization(tokens.lower(head - 1), tokens.start[head - 1]);
    if (owner < 0 || !tokens.isWord(owner)) return -1;
    const m = this.index.endingAt(owner);
    if (m >= 0) {
      const { kind, entity } = this.mentions[m];
      return entity >= 0 && kind !== 'place' && this.entities[entity].named ? entity : -1;
    }
    if (personalOffice && PERSON_ROLE_NOUNS.has(tokens.lower(owner))) return this.holders.person(tokens.lower(owner), false, pos)?.entity ?? -1;
    return this.holders.organization(tokens.lower(owner), tokens.start[owner]);
  }

  /**
   * "the Bergen Council chief", "the NFC official": a general role noun with a body's name
   * is someone whose title names that body -- not the last minister or director of any
   * other body. -1 when nobody's does; undefined when the phrase names no body.
   */
  private bodyHolder(subject: Nominal, pos: number): number | undefined {
    if (subject.named < 0 || !ROLE_HYPERNYMS.has(subject.head)) return undefined;
    const m = this.mentions[subject.named];
    return m.kind === 'organization' ? this.holders.titled(subject.head, m.name, pos) : undefined;
  }

  /**
   * "Ola Berg said … The minister greeted “…”": a definite role that nobody named holds is,
   * like "he", the person the story is about at this point -- unless that person holds
   * another role ("Senator Berg … the president said" is someone else, or a person just
   * before), or the role is a relation to someone ("the son of Ola Berg"). -1 otherwise.
   */
  private currentHolder(subject: Nominal, pos: number): number {
    const current = this.antecedents.current;
    // "the diplomat-turned-politician": a compound's last part is the role.
    const age = isAgeNoun(subject.head), past = this.tokens.lower(subject.tokStart + 1) === 'former';
    const head = subject.head.includes('-') && !age ? subject.head.slice(subject.head.lastIndexOf('-') + 1) : subject.head;
    if (!current || subject.named >= 0 || PERSON_ROLE_PLURALS.has(head) || BYSTANDER_ROLES.has(head) || KINSHIP_NOUNS.has(head)) return -1;
    // ("the top diplomat" asks for whoever leads the office: not the person in focus if a
    // deputy or a spokesman. "Chief Election Commissioner Ola Berg … the top poll panel
    // official said" is Berg.)
    if (this.topOfOffice(subject.tokStart, subject.tokEnd - 1) && (SUBORDINATE_ROLES.has(head) || this.holders.subordinate(current.entity))) return -1;
    // Only a role the lexicon knows: not a group ("protesters in Bergen"), nor a noun that only
    // looks like a person's ("the anger").
    const epithet = isEpithet(this.tokens, subject.tokStart, subject.tokEnd);
    if (!PERSON_ROLE_NOUNS.has(head) && !TITLE_WORDS.has(head) && !age && !epithet) return -1;
    // ("A spokesman for the ministry … the spokesman said": that unnamed spokesman, not the person in focus.)
    const introduced = this.indefiniteRoles().get(head);
    if (introduced && introduced.role < subject.tokStart) return -1;
    const e = this.entities[current.entity];
    if (!this.antecedents.reaches(current, pos)) return -1;
    // ("The 61-year-old wrote": an age fits anyone. "the telecom czar", "the former foreign minister": an epithet
    // or a past office, which the story need not have given, fits anyone a title or a given name shows is a person.)
    if (age || ((past || mayHoldRole(head, e.roles)) && (!(past || PERSON_EPITHETS.has(head)) || surelyPerson(e)))) return current.entity;
    // "Ola Berg says … Siv Dahl, the union president, said … the Health Minister said": the
    // person in focus holds another role, so the one before who may hold this one -- someone
    // a title or a given name shows is a person, not a name that may be a place or a body.
    for (const ref of this.antecedents.recent) {
      const other = this.entities[ref.entity];
      if (ref.entity !== current.entity && surelyPerson(other) && this.antecedents.reaches(ref, pos) && mayHoldRole(head, other.roles)) return ref.entity;
    }
    return epithet && surelyPerson(e) ? current.entity : -1;
  }

  /**
   * "Ola Berg spoke … "…," the NDP leader warned", "Mark Lund said … The Sherwood MP said": a
   * definite role qualified by a body's or a place's name is, like "he", the person the story
   * is about, not the body -- when that person may hold the role or is surely a person. A spokesman
   * or an aide is not: "the Kremlin spokesman" after Putin is someone else.
   */
  private qualifiedCurrent(subject: Nominal, m: Mention, pos: number): number {
    const current = this.antecedents.current;
    if (!subject.definite || !current || !this.antecedents.reaches(current, pos)) return -1;
    // ("The Commons leader called": a one-word body the lexicon does not know is a name, not a person.)
    if (LEADING_ROLES.has(subject.head)) return m.kind === 'organization' || bodyLikeName(m, this.entities) ? current.entity : -1;
    // ("Sanders' campaign manager" works for Sanders: a person's name makes it a relation.)
    if (m.possessive || m.kind === 'person' || (m.entity >= 0 && this.entities[m.entity].kind === 'person')) return -1;
    // ("Labour's Kari Berg MP": a full name with letters after it is that person herself.)
    const letters = (this.tokens.flags[subject.tokEnd - 1] & F_ALLCAPS) !== 0;
    if (letters && m.kind === 'name' && m.words.length > 1 && m.tokEnd === subject.tokEnd - 1) return -1;
    const head = subject.head;
    // (Only a person's role: "the Gulf state" is a country.)
    if (!PERSON_ROLE_NOUNS.has(head)) return -1;
    if (SUBORDINATE_ROLES.has(head) || BYSTANDER_ROLES.has(head) || KINSHIP_NOUNS.has(head) || PERSON_ROLE_PLURALS.has(head)) return -1;
    // ("Norma Foley … the Tralee teacher said": a qualified role the story never gave her is an epithet, if she is surely a person.)
    return surelyPerson(this.entities[current.entity]) || mayHoldRole(head, this.entities[current.entity].roles) ? current.entity : -1;
  }

  /**
   * Where each role is first introduced indefinitely ("a spokesman at the ministry", "an
   * official"): the tokens of the article and of the role. Read once per article, on first need.
   */
  private indefiniteRoles(): ReadonlyMap<string, { article: number; role: number }> {
    if (this.indefinite) return this.indefinite;
    const { tokens } = this;
    const found = new Map<string, { article: number; role: number }>();
    for (let k = 0; k < tokens.count; k++) {
      // (Lengths first: most words are longer than "an", and lower-casing each costs a string.)
      if (tokens.baseEnd[k] - tokens.start[k] > 2 || (!tokens.isLowerWord(k) && !tokens.isCap(k))) continue;
      const w = tokens.lower(k);
      if (w !== 'a' && w !== 'an') continue;
      for (let j = k + 1; j < tokens.count && j <= k + INDEFINITE_MODIFIERS + 1 && tokens.isWord(j); j++) {
        const head = tokens.lower(j);
        if (!PERSON_ROLE_NOUNS.has(head)) continue;
        if (!found.has(head)) found.set(head, { article: k, role: j });
        break;
      }
    }
    this.indefinite = found;
    return found;
  }

  /** "the top diplomat" [from, head): a modifier asking for the head of the office. */
  private topOfOffice(from: number, head: number): boolean {
    if (this.tokens.lower(head) === 'head') return true;
    for (let k = from; k < head; k++) if (TOP_MODIFIERS.has(this.tokens.lower(k))) return true;
    return false;
  }

  /** Where `entity` was last named before `pos` (-1 if not). Its mentions are in text order. */
  private lastSeen(entity: number, pos: number): number {
    let last = -1;
    for (const i of this.entities[entity].mentions) {
      if (this.mentions[i].start >= pos) break;
      last = this.mentions[i].start;
    }
    return last;
  }

  /** The words before a description's head, without its determiner: "prime" in "the prime minister". */
  private modifiers(subject: Nominal): string[] {
    const words: string[] = [];
    for (let k = subject.tokStart; k < subject.tokEnd - 1; k++) {
      const w = this.tokens.lower(k);
      if (this.tokens.isWord(k) && !DETERMINERS.has(w) && !TOP_MODIFIERS.has(w)) words.push(w);
    }
    return words;
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
    const phrase = text(to);
    const key = phrase.toLowerCase();
    const nameEnd = person ? qualifiedEnd(tokens, to) : to;
    const name = nameEnd === to ? phrase : text(nameEnd);
    let id = this.phrases.get(key);
    if (id === undefined) {
      id = this.entities.length;
      // ("an embassy spokeswoman said … she said": a gendered head says who "she" may be.)
      const head = tokens.lower(to - 1);
      const gender = !person ? undefined : FEMALE_WORDS.has(head) ? 'f' : MALE_WORDS.has(head) ? 'm' : undefined;
      this.entities.push(newEntity(id, person ? 'person' : 'organization', name, gender, false));
      this.phrases.set(key, id);
    } else if (name.length > this.entities[id].name.length) this.entities[id].name = name;
    return id;
  }
}
