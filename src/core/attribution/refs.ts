// A speaker as resolved at one point of the article: the entity, and the mention that shows it.
import type { Mention } from './mentions';

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
