// What the reading keeps of the current paragraph and the one before it -- who spoke, who the
// sentences were about, who introduced a list -- for the quotes that have no cue of their own.
import type { Entity } from './coreference';
import type { Ref } from './refs';

/** Who the current paragraph and the one before it were about, for quotes with no cue. */
export class ParagraphMemory {
  /** The last entity credited with a quote or a cue in this paragraph. */
  speaker: Ref | null = null;
  /** The last sentence subject of this paragraph. */
  subject: Ref | null = null;
  previousSpeaker: Ref | null = null;
  previousSubject: Ref | null = null;
  /** Who introduced the list this paragraph is an item of ("She said that:" ¶ "• …"), if any. */
  listSpeaker: Ref | null = null;

  nextParagraph(endedWithColon: boolean, listItem: boolean, entities: Entity[]): void {
    // The first item takes the speaker (or named subject) of the colon paragraph; later items keep it.
    this.listSpeaker = !listItem ? null : endedWithColon ? this.speaker ?? namedNotPlace(this.subject, entities) : this.listSpeaker;
    // "He then listed his questions:" ¶ "…": a paragraph ending in a colon hands the
    // quote after it to its subject, even without a speech verb.
    this.previousSpeaker = this.speaker ?? (endedWithColon ? this.subject : null);
    // "Mayor Lind is upbeat about the vote." ¶ "We will win…": a paragraph about a
    // named person, then a quote paragraph with no cue: most likely that person's words.
    this.previousSubject = this.speaker ? null : namedNotPlace(this.subject, entities);
    this.speaker = null;
    this.subject = null;
  }
}

/** The reference when it is to a named person or organisation (not a place); else null. */
export function namedNotPlace(ref: Ref | null, entities: Entity[]): Ref | null {
  return ref && entities[ref.entity].named && entities[ref.entity].kind !== 'place' ? ref : null;
}
