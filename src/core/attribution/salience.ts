// What a reader keeps in mind while reading an article from the top: who was last the
// subject (for "he", "she", "it"), who was last seen holding each role (for "the spokesman",
// "the ministry"). Resolution happens at reading time, so "he" means the last person before
// it, never one introduced later. Pronouns are resolved by antecedents.ts, descriptions by
// descriptions.ts (with the role holders of roleHolders.ts); this class feeds them as the
// article is read and asks the one a subject phrase needs.
import { Antecedents } from './antecedents';
import { surelyPerson, type Entity } from './coreference';
import { Descriptions } from './descriptions';
import type { Mention } from './mentions';
import type { MentionIndex, SubjectRef } from './nounPhrases';
import { mentionRef, refAt, type Ref } from './refs';
import { RoleHolders } from './roleHolders';
import type { Tokens } from './tokens';

export class Salience {
  /**
   * Set while reading a line that interrupts the story (headlines.ts, bodyHeadlines): the
   * people it names do not become who "he" and "she" mean.
   */
  quiet = false;
  private readonly mentions: Mention[];
  private readonly entities: Entity[];
  private readonly holders: RoleHolders;
  private readonly antecedents: Antecedents;
  private readonly descriptions: Descriptions;

  constructor(tokens: Tokens, index: MentionIndex, entities: Entity[]) {
    this.mentions = index.mentions;
    this.entities = entities;
    this.holders = new RoleHolders(this.mentions, entities);
    this.antecedents = new Antecedents(tokens, this.mentions, entities);
    this.descriptions = new Descriptions(tokens, index, entities, this.holders, this.antecedents);
  }

  /** A mention was read: its entity's roles and organisation words now point to it. */
  see(i: number): void {
    const m = this.mentions[i];
    if (m.entity < 0) return;
    const ref = mentionRef(m);
    this.holders.see(m, ref);
    this.antecedents.see(i, ref, this.quiet);
  }

  /** Someone was the subject of a sentence, a cue or a quote: pronouns now point to them (antecedents.ts). */
  subject(ref: Ref, asking = false): void {
    if (!this.quiet) this.antecedents.subject(ref, asking);
  }

  /** `ref` spoke: a cue or a quote was credited to it. */
  spoke(ref: Ref): void {
    if (!this.quiet) this.descriptions.spoke(ref);
  }

  /** `ref` issued a source headed by `head` ("issued a statement"): "the statement" speaks for it from here on. */
  issued(head: string, object: number, ref: Ref | null): void {
    this.descriptions.issued(head, object, ref);
  }

  /**
   * Who the story is about at `pos`: the person (or body) last its subject, while still in
   * reach -- never a name that may be a place or a headline's words ("Bergen, 17 May").
   */
  focus(pos: number): Ref | null {
    const current = this.antecedents.currentAt(pos);
    if (!current) return null;
    const e = this.entities[current.entity];
    return surelyPerson(e) || e.kind === 'organization' ? refAt(current, pos) : null;
  }

  /** The entity a cue's subject phrase stands for at `pos`, or null. */
  resolve(subject: SubjectRef, pos: number, clause: Ref | null): Ref | null {
    switch (subject.type) {
      case 'mention':
      case 'relative': {
        const m = this.mentions[subject.mention];
        return m.entity < 0 ? null : mentionRef(m);
      }
      case 'pronoun':
        return this.antecedents.resolve(subject, pos);
      case 'nominal':
        return this.descriptions.resolve(subject, pos);
      case 'clause':
        return clause ? refAt(clause, pos) : null;
      default:
        return null;
    }
  }
}
