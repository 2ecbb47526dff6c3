// Who the next sentences name: a description read before its person is named ("the envoy
// wrote … Kari Moe called it", "a spokeswoman … The spokeswoman, Ann Dahl, said", "an academic
// has said … said Ola Berg, who teaches …", "the sister of leader Ola Berg … Kari Berg's
// remarks") stands for that person. Each walk reads a few mentions of the next sentences.
import type { Antecedents } from './antecedents';
import { notOnePerson, type Entity } from './coreference';
import type { Mention } from './mentions';
import type { MentionIndex } from './nounPhrases';
import type { RoleHolders } from './roleHolders';
import type { Tokens } from './tokens';

/** How many sentences after an opening description its person must be named in, and how many mentions are looked at. */
const INTRODUCTION_SENTENCES = 2;
const INTRODUCTION_MENTIONS = 12;
/** Tokens after a kinship noun read for the relative's names ("the sister of leader Ola Berg"). */
const KIN_PHRASE = 8;

export class Introductions {
  private readonly mentions: Mention[];

  constructor(private tokens: Tokens, private index: MentionIndex, private entities: Entity[], private holders: RoleHolders, private antecedents: Antecedents) {
    this.mentions = index.mentions;
  }

  /** Words of the names in the phrase after a kinship noun, up to `pos`: "the sister of leader Ola Berg" gives ola, berg. */
  familyNames(from: number, pos: number): Set<string> {
    const words = new Set<string>();
    const to = Math.min(this.tokens.indexAt(pos), from + KIN_PHRASE);
    for (let i = this.index.firstAtOrAfter(from); i < this.mentions.length && this.mentions[i].tokStart < to; i++) {
      for (const w of this.mentions[i].name.toLowerCase().split(/\s+/)) words.add(w);
    }
    return words;
  }

  /**
   * `"…," the envoy wrote. ¶ Kari Moe called it …`: a definite description opening an article,
   * before anyone is named, is the person the next sentences name first -- the writer
   * identifies them straight after. -1 when someone was named before `pos`, or nobody who is
   * surely a person (a title, a gender or a full name, not "Telegram") is named within two
   * sentences. With `family` (a kinship noun's relative), the first person named for the
   * first time after `pos`, if they share a name word.
   */
  introducedNext(pos: number, family: Set<string> | null = null): number {
    // "The sister of leader Ola Berg said …" ¶ "Kari Berg's remarks …": a relative, described
    // by the person they are related to, is the next person the story names for the first time.
    // The family name tells a relative from anyone else named next ("The sister of the
    // victim said …" ¶ "Police chief Ann Dahl said …").
    if (family) {
      const next = this.personNamedNext(pos, true);
      return next >= 0 && this.entities[next].name.toLowerCase().split(/\s+/).some((w) => w.length > 2 && family.has(w)) ? next : -1;
    }
    const next = this.personNamedNext(pos, false);
    return next >= 0 && this.antecedents.onlyOneBefore(next, pos) ? next : -1;
  }

  /**
   * "…, an Argentine academic has said. ¶ …, said Ola Berg, director of …": the person named
   * next, when the article had not named them before `pos`; -1 otherwise.
   */
  newPersonNext(pos: number): number {
    const next = this.personNamedNext(pos, false);
    return next >= 0 && this.firstNamedAt(next) > pos ? next : -1;
  }

  /**
   * The first entity named within two sentences after `pos` that is surely one person (a
   * title, a gender or a full name, not "Telegram"), or -1 when the first one named is not;
   * with `firstTime`, passing over people named before `pos`.
   */
  private personNamedNext(pos: number, firstTime: boolean): number {
    const { tokens, mentions } = this;
    const at = tokens.indexAt(pos);
    const last = tokens.sentence[at] + INTRODUCTION_SENTENCES;
    for (let i = this.index.firstAtOrAfter(at + 1), n = 0; i < mentions.length && n < INTRODUCTION_MENTIONS && tokens.sentence[mentions[i].tokStart] <= last; i++, n++) {
      const m = mentions[i];
      if (m.entity < 0 || m.kind === 'organization' || m.kind === 'place') continue;
      const e = this.entities[m.entity];
      if (!e.named || notOnePerson(e) || !(e.kind === 'person' || e.gender || e.name.includes(' '))) continue;
      if (firstTime && this.firstNamedAt(m.entity) < pos) continue;
      return m.entity;
    }
    return -1;
  }

  /** Where the entity is first named. */
  private firstNamedAt(entity: number): number {
    return this.mentions[this.entities[entity].mentions[0]].start;
  }

  /**
   * "A spokeswoman for the ministry waved the plan away as “a toy boat”. The spokeswoman, Ann Dahl,
   * said …": an indefinite description of a role nobody held yet is the holder the writer names
   * within the next sentences. -1 otherwise.
   */
  namedNext(head: string, pos: number): number {
    const i = this.holders.firstNamedAfter(head, pos);
    if (i < 0) return -1;
    const { tokens } = this;
    const e = this.entities[this.mentions[i].entity];
    const near = tokens.sentence[this.mentions[i].tokStart] <= tokens.sentence[tokens.indexAt(pos)] + INTRODUCTION_SENTENCES;
    return near && e.named && !notOnePerson(e) ? e.id : -1;
  }
}
