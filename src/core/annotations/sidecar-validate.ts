// Turns raw entries into Annotations, checking every field. Each problem is reported at the
// field (or the entry) it concerns; one bad entry makes the whole file unreadable on purpose,
// so that nothing ever rewrites a file it only partly understood.
import type { Annotation } from './types';
import type { RawEntry, RawField, RawSidecar } from './sidecar-raw';
import type { Problem } from './sidecar-yaml';

export const SIDECAR_VERSION = 1;

type StringField = 'id' | 'article' | 'label' | 'quote' | 'prefix' | 'suffix' | 'speaker' | 'note' | 'author' | 'created' | 'updated';

const STRING_FIELDS = new Set<string>(['id', 'article', 'label', 'quote', 'prefix', 'suffix', 'speaker', 'note', 'author', 'created', 'updated']);
/** Required fields, each with a bit for the "seen" mask. */
const REQUIRED_BITS = new Map<string, number>([['id', 1], ['article', 2], ['label', 4], ['quote', 8], ['start', 16]]);

function at(field: RawField, code: string, message: string): Problem {
  return { code, message, offset: field.valueOffset, length: Math.max(0, field.valueEnd - field.valueOffset) };
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

/** A null-prototype object, so a field named `__proto__` is just a field. */
function dataRecord(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

export function toAnnotation(entry: RawEntry, problems: Problem[]): Annotation | undefined {
  if (!entry.fields) {
    problems.push({ code: 'entry-not-a-mapping', message: 'each annotation must be a mapping of fields (id, article, label, quote, ...)', offset: entry.dash, length: 1 });
    return undefined;
  }
  const before = problems.length;
  // Filled field by field; the known keys are set in file order and put in canonical order at the end.
  const strings: Partial<Record<StringField, string>> = {};
  let start: number | undefined;
  let extra: Record<string, unknown> | undefined;
  let seen = 0;
  for (const field of entry.fields) {
    const { key, value } = field;
    const bit = REQUIRED_BITS.get(key) ?? 0;
    seen |= bit;
    if (STRING_FIELDS.has(key)) {
      if (typeof value !== 'string') {
        const hint = typeof value === 'number' || typeof value === 'boolean' ? ` (quote it: "${String(value)}")` : '';
        problems.push(at(field, 'wrong-type', `'${key}' must be a string, not ${describe(value)}${hint}`));
      } else if (value === '' && bit) {
        problems.push(at(field, 'empty-field', `'${key}' must not be empty`));
      } else {
        strings[key as StringField] = value;
      }
    } else if (key === 'start') {
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        problems.push(at(field, 'wrong-type', `'start' must be a whole number >= 0 (an offset into the article body), not ${describe(value)}`));
      } else {
        start = value;
      }
    } else {
      extra ??= dataRecord();
      Object.defineProperty(extra, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  for (const [key, bit] of REQUIRED_BITS) {
    if (!(seen & bit)) problems.push({ code: 'missing-field', message: `annotation is missing '${key}'`, offset: entry.dash, length: 1 });
  }
  if (problems.length > before || start === undefined) return undefined;

  const annotation: Annotation = {
    id: strings.id!,
    article: strings.article!,
    label: strings.label!,
    quote: strings.quote!,
    prefix: strings.prefix ?? '',
    suffix: strings.suffix ?? '',
    start,
  };
  if (strings.speaker !== undefined) annotation.speaker = strings.speaker;
  if (strings.note !== undefined) annotation.note = strings.note;
  if (strings.author !== undefined) annotation.author = strings.author;
  if (strings.created !== undefined) annotation.created = strings.created;
  if (strings.updated !== undefined) annotation.updated = strings.updated;
  if (extra) annotation.extra = extra;
  return annotation;
}

export interface ValidatedSidecar {
  annotations: Annotation[];
  /** The raw entry of each annotation, same order. */
  entries: RawEntry[];
}

export function validateSidecar(raw: RawSidecar, problems: Problem[]): ValidatedSidecar {
  if (!raw.version) {
    problems.push({ code: 'missing-version', message: `not a News Annotator sidecar: missing 'version: ${SIDECAR_VERSION}'`, offset: 0, length: 0 });
  } else if (raw.version.value !== SIDECAR_VERSION) {
    problems.push(at(raw.version, 'unsupported-version', `unsupported sidecar version ${JSON.stringify(raw.version.value)}: this News Annotator reads version ${SIDECAR_VERSION}`));
  }
  if (raw.annotationsNotAList) {
    problems.push({ code: 'annotations-not-a-list', message: "'annotations' must be a list of entries", offset: raw.annotationsNotAList.offset, length: 0 });
  }
  const annotations: Annotation[] = [];
  const entries: RawEntry[] = [];
  const firstById = new Map<string, RawField>();
  for (const entry of raw.entries) {
    const annotation = toAnnotation(entry, problems);
    if (!annotation) continue;
    const idField = entry.fields!.find((f) => f.key === 'id')!;
    const first = firstById.get(annotation.id);
    if (first) {
      problems.push({ ...at(idField, 'duplicate-id', `duplicate id '${annotation.id}': ids must be unique within the file`), relatedOffset: first.valueOffset });
      continue;
    }
    firstById.set(annotation.id, idField);
    annotations.push(annotation);
    entries.push(entry);
  }
  return { annotations, entries };
}
