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

/**
 * The same reference, made again at `pos`. Built field by field like mentionRef, not spread:
 * a copied object may take a shape of its own, and the rules reading refs run faster when
 * every ref has one.
 */
export function refAt(ref: Ref, pos: number): Ref {
  return { entity: ref.entity, start: ref.start, end: ref.end, pos };
}
