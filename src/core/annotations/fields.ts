// An annotation as the ordered list of fields the sidecar writes, and value equality. Both the
// writer (what changed?) and the save check (did the file come back the same?) use these.
import { ANNOTATION_FIELDS, type Annotation } from './types';

const KNOWN = new Set<string>(ANNOTATION_FIELDS);

/** The fields written for an annotation, in file order: known fields, then extras in their own order. */
export function fieldsOf(annotation: Annotation): [string, unknown][] {
  const fields: [string, unknown][] = [];
  for (const key of ANNOTATION_FIELDS) {
    const value = (annotation as unknown as Record<string, unknown>)[key];
    if (value !== undefined) fields.push([key, value]);
  }
  if (annotation.extra) {
    // An extra named like a known field would write the key twice; the known field wins.
    for (const key of Object.keys(annotation.extra)) {
      const value = annotation.extra[key];
      if (!KNOWN.has(key) && value !== undefined) fields.push([key, value]);
    }
  }
  return fields;
}

/** Deep equality of JSON-like data (Object.is for numbers, so NaN equals NaN and -0 is not 0). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k)
    && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The extras that are written (defined, not named like a known field), counted. */
function extraCount(extra: Record<string, unknown> | undefined): number {
  let n = 0;
  if (extra) for (const key in extra) if (extra[key] !== undefined && !KNOWN.has(key)) n++;
  return n;
}

/** Same data in every field (extras compared as sets of keys; their order does not matter). */
export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  if (a === b) return true;
  // Field by field without building lists: this runs for every entry on every save.
  if (a.id !== b.id || a.article !== b.article || a.label !== b.label || a.quote !== b.quote || a.prefix !== b.prefix
    || a.suffix !== b.suffix || !Object.is(a.start, b.start) || a.speaker !== b.speaker || a.note !== b.note
    || a.author !== b.author || a.created !== b.created || a.updated !== b.updated) {
    return false;
  }
  if (a.extra === b.extra) return true;
  if (extraCount(a.extra) !== extraCount(b.extra)) return false;
  const ea = a.extra ?? {};
  const eb = b.extra ?? {};
  for (const key in ea) {
    if (ea[key] === undefined || KNOWN.has(key)) continue;
    if (!Object.prototype.hasOwnProperty.call(eb, key) || !sameValue(ea[key], eb[key])) return false;
  }
  return true;
}

/** The value of a field by name: known field or extra. */
export function fieldValue(annotation: Annotation, key: string): unknown {
  if (KNOWN.has(key)) return (annotation as unknown as Record<string, unknown>)[key];
  return annotation.extra && Object.prototype.hasOwnProperty.call(annotation.extra, key) ? annotation.extra[key] : undefined;
}
