// Three-way merge of annotations by id, for when the sidecar changes on disk (git pull,
// another window) while the editor holds unsaved changes: base = as last loaded from disk,
// ours = in memory, theirs = on disk now.
//
// Changes on one side are taken; the same change on both sides is taken once. The anchor
// (article, quote, prefix, suffix, start) merges as one unit, since mixing one side's quote
// with the other's start would point at text neither side meant. Both sides changing the same
// unit differently, or one deleting what the other edited, is a conflict: the merged list then
// keeps our version (or the edited one, for a deletion), and the conflict carries all three
// so nothing is lost silently.
import type { Annotation } from './types';
import { fieldValue, fieldsOf, sameAnnotation, sameValue } from './fields';
import { generateId, type RandomSource } from './ids';

export type MergeConflictKind =
  /** Both sides changed the same field (or the anchor) to different values. */
  | 'both-changed'
  /** We deleted it, they edited it: the merged list keeps their edit. */
  | 'deleted-by-us'
  /** They deleted it, we edited it: the merged list keeps our edit. */
  | 'deleted-by-them'
  /** Both added different annotations with the same id: theirs is kept under a new id. */
  | 'both-added';

export interface MergeConflict {
  id: string;
  kind: MergeConflictKind;
  /** Field names in conflict ('anchor' for the anchor unit), for both-changed. */
  fields: string[];
  base?: Annotation;
  ours?: Annotation;
  theirs?: Annotation;
  /** For both-added: the id theirs was given in the merged list. */
  theirsNewId?: string;
}

export interface MergeResult {
  merged: Annotation[];
  conflicts: MergeConflict[];
}

export interface MergeOptions {
  /** Random source for ids given to colliding additions (tests pass a seeded one). */
  random?: RandomSource;
}

const ANCHOR_FIELDS = ['article', 'quote', 'prefix', 'suffix', 'start'];
const ANCHOR = new Set(ANCHOR_FIELDS);

/** Merge units: 'anchor', then every other field name present on any side, in a stable order. */
function units(...annotations: Annotation[]): string[] {
  const names = new Set<string>(['anchor']);
  for (const a of annotations) for (const [key] of fieldsOf(a)) if (!ANCHOR.has(key) && key !== 'id') names.add(key);
  return [...names];
}

function unitValue(a: Annotation, unit: string): unknown {
  return unit === 'anchor' ? ANCHOR_FIELDS.map((key) => fieldValue(a, key)) : fieldValue(a, unit);
}

function setUnit(target: Annotation, source: Annotation, unit: string): void {
  const keys = unit === 'anchor' ? ANCHOR_FIELDS : [unit];
  for (const key of keys) {
    const value = fieldValue(source, key);
    if (key === 'article' || key === 'quote' || key === 'prefix' || key === 'suffix' || key === 'label') {
      target[key] = value as string;
    } else if (key === 'start') {
      target.start = value as number;
    } else if (key === 'speaker' || key === 'note' || key === 'author' || key === 'created' || key === 'updated') {
      if (value === undefined) delete target[key];
      else target[key] = value as string;
    } else {
      const extra = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of Object.entries(target.extra ?? {})) if (k !== key) extra[k] = v;
      if (value !== undefined) Object.defineProperty(extra, key, { value, enumerable: true, writable: true, configurable: true });
      if (Object.keys(extra).length) target.extra = extra;
      else delete target.extra;
    }
  }
}

function copy(a: Annotation): Annotation {
  const c = { ...a };
  if (a.extra) {
    c.extra = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(a.extra)) Object.defineProperty(c.extra, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return c;
}

function mergeOne(base: Annotation, ours: Annotation, theirs: Annotation): { merged: Annotation; conflictFields: string[] } {
  const merged = copy(ours);
  const conflictFields: string[] = [];
  for (const unit of units(base, ours, theirs)) {
    const b = unitValue(base, unit);
    const o = unitValue(ours, unit);
    const t = unitValue(theirs, unit);
    if (sameValue(o, t) || sameValue(t, b)) continue; // same change, or only we changed it: ours stands
    if (sameValue(o, b)) setUnit(merged, theirs, unit); // only they changed it
    else conflictFields.push(unit); // both, differently: ours stands, the conflict says so
  }
  return { merged, conflictFields };
}

export function mergeAnnotations(base: readonly Annotation[], ours: readonly Annotation[], theirs: readonly Annotation[], options: MergeOptions = {}): MergeResult {
  const baseById = new Map(base.map((a) => [a.id, a]));
  const oursById = new Map(ours.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.map((a) => [a.id, a]));
  const merged: Annotation[] = [];
  const conflicts: MergeConflict[] = [];
  const taken = new Set<string>([...baseById.keys(), ...oursById.keys(), ...theirsById.keys()]);

  // Our order first, then what only they have, in their order.
  const ids = [...oursById.keys()];
  for (const id of theirsById.keys()) if (!oursById.has(id)) ids.push(id);
  for (const id of baseById.keys()) if (!oursById.has(id) && !theirsById.has(id)) ids.push(id);

  for (const id of ids) {
    const b = baseById.get(id);
    const o = oursById.get(id);
    const t = theirsById.get(id);
    if (o && t) {
      if (!b) {
        merged.push(o);
        if (!sameAnnotation(o, t)) {
          const theirsNewId = generateId(taken, options.random);
          taken.add(theirsNewId);
          merged.push({ ...copy(t), id: theirsNewId });
          conflicts.push({ id, kind: 'both-added', fields: [], ours: o, theirs: t, theirsNewId });
        }
        continue;
      }
      const { merged: m, conflictFields } = mergeOne(b, o, t);
      merged.push(sameAnnotation(m, o) ? o : m);
      if (conflictFields.length) conflicts.push({ id, kind: 'both-changed', fields: conflictFields, base: b, ours: o, theirs: t });
    } else if (o) {
      // Not on disk any more: they deleted it (or we added it).
      if (!b) merged.push(o);
      else if (!sameAnnotation(o, b)) {
        merged.push(o);
        conflicts.push({ id, kind: 'deleted-by-them', fields: [], base: b, ours: o });
      }
    } else if (t) {
      // Not in memory: we deleted it (or they added it).
      if (!b) merged.push(t);
      else if (!sameAnnotation(t, b)) {
        merged.push(t);
        conflicts.push({ id, kind: 'deleted-by-us', fields: [], base: b, theirs: t });
      }
    }
    // In base only: deleted on both sides.
  }
  return { merged, conflicts };
}
