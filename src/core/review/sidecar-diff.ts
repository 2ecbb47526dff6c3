// What a change to a sidecar did to its annotations, matched by id (ids are stable across
// edits, so a moved or relabelled annotation shows as changed, not as removed + added).
import { ANNOTATION_FIELDS, type Annotation } from '../annotations';
import { fieldValue, sameValue } from '../annotations/fields';

/** How a changed field reads to a reviewer. */
export type FieldGroup = 'anchor' | 'label' | 'speaker' | 'note' | 'meta' | 'extra';

export interface FieldChange {
  field: string;
  group: FieldGroup;
  /** undefined when the field is absent on that side. */
  before: unknown;
  after: unknown;
}

export interface ChangedAnnotation {
  id: string;
  before: Annotation;
  after: Annotation;
  /** Known fields in sidecar order, then extras alphabetically. */
  changes: FieldChange[];
}

export interface SidecarDiff {
  /** In head order. */
  added: Annotation[];
  /** In base order. */
  removed: Annotation[];
  /** In head order. */
  changed: ChangedAnnotation[];
  unchanged: number;
}

const GROUPS: Record<(typeof ANNOTATION_FIELDS)[number], FieldGroup> = {
  id: 'meta',
  article: 'anchor',
  label: 'label',
  quote: 'anchor',
  prefix: 'anchor',
  suffix: 'anchor',
  start: 'anchor',
  speaker: 'speaker',
  note: 'note',
  author: 'meta',
  created: 'meta',
  updated: 'meta',
};

function extraKeys(a: Annotation): string[] {
  return a.extra ? Object.keys(a.extra).filter((k) => !(ANNOTATION_FIELDS as readonly string[]).includes(k) && a.extra![k] !== undefined) : [];
}

export function fieldChanges(before: Annotation, after: Annotation): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of ANNOTATION_FIELDS) {
    const b = fieldValue(before, field);
    const a = fieldValue(after, field);
    if (!sameValue(b, a)) changes.push({ field, group: GROUPS[field], before: b, after: a });
  }
  const extras = [...new Set([...extraKeys(before), ...extraKeys(after)])].sort();
  for (const field of extras) {
    const b = fieldValue(before, field);
    const a = fieldValue(after, field);
    if (!sameValue(b, a)) changes.push({ field, group: 'extra', before: b, after: a });
  }
  return changes;
}

export function diffAnnotations(base: readonly Annotation[], head: readonly Annotation[]): SidecarDiff {
  const before = new Map(base.map((a) => [a.id, a]));
  const after = new Set(head.map((a) => a.id));
  const diff: SidecarDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const a of head) {
    const old = before.get(a.id);
    if (!old) {
      diff.added.push(a);
      continue;
    }
    const changes = fieldChanges(old, a);
    if (changes.length) diff.changed.push({ id: a.id, before: old, after: a, changes });
    else diff.unchanged++;
  }
  for (const a of base) if (!after.has(a.id)) diff.removed.push(a);
  return diff;
}

/** Only the anchor moved (start and context), as `check --fix` does after the corpus changed. */
export function isAnchorUpdate(change: ChangedAnnotation): boolean {
  return change.changes.every((c) => c.field === 'start' || c.field === 'prefix' || c.field === 'suffix' || c.field === 'updated');
}

export function isEmptyDiff(diff: SidecarDiff): boolean {
  return !diff.added.length && !diff.removed.length && !diff.changed.length;
}
