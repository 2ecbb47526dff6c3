// Moving an anchor through one text edit, for the editor to keep annotations in place while
// the user types (before the next re-anchoring against the saved quote). Offsets are in one
// coordinate space (e.g. the article body, or the whole file for both anchor and edit).
import type { TextEdit } from '../corpus/types';

export interface ShiftedAnchor {
  start: number;
  length: number;
  /**
   * none: the edit is after the anchor. shifted: before it, the anchored text is intact.
   * changed: the edit touched the anchored text (the saved quote no longer matches it).
   * removed: the anchored text was deleted entirely (length 0 at the edit; re-anchor, never drop).
   */
  effect: 'none' | 'shifted' | 'changed' | 'removed';
}

/**
 * The anchor [start, start + length) after replacing [edit.offset, edit.offset + edit.removed)
 * with edit.inserted. Typing right at the anchor's start or end goes outside it (the anchor
 * does not grow), as VS Code's decorations with closed edges do.
 */
export function shiftForEdit(start: number, length: number, edit: TextEdit): ShiftedAnchor {
  const end = start + length;
  const editStart = edit.offset;
  const editEnd = edit.offset + edit.removed;
  const inserted = edit.inserted.length;
  const delta = inserted - edit.removed;
  if (edit.removed === 0 && inserted === 0) return { start, length, effect: 'none' };
  if (editEnd <= start) return { start: start + delta, length, effect: 'shifted' };
  if (editStart >= end) return { start, length, effect: 'none' };
  // The edit overlaps the anchored text.
  if (editStart <= start && editEnd >= end) {
    // All of it is gone; whatever was typed in its place is not what was annotated.
    return { start: editStart + inserted, length: 0, effect: 'removed' };
  }
  if (editStart <= start) {
    // The edit ate the head: what remains starts after the inserted text.
    return { start: editStart + inserted, length: end + delta - (editStart + inserted), effect: 'changed' };
  }
  if (editEnd >= end) return { start, length: editStart - start, effect: 'changed' }; // the tail
  return { start, length: length + delta, effect: 'changed' }; // inside
}
