// Turns raw entries into Annotations, checking every field. Each problem is reported at the
// field (or the entry) it concerns; one bad entry makes the whole file unreadable on purpose,
// so that nothing ever rewrites a file it only partly understood.
import type { Annotation } from './types';
import type { RawEntry, RawField, RawSidecar } from './sidecar-raw';
import type { Problem } from './sidecar-yaml';

export const SIDECAR_VERSION = 1;

type StringField = 'id' | 'article' | 'label' | 'quote' | 'prefix' | 'suffix' | 'speaker' | 'note' | 'author' | 'created' | 'updated';

const REQUIRED_STRINGS = new Set<string>(['id', 'article', 'label', 'quote']);
const OPTIONAL_STRINGS = new Set<string>(['prefix', 'suffix', 'speaker', 'note', 'author', 'created', 'updated']);

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

function toAnnotation(entry: RawEntry, problems: Problem[]): Annotation | undefined {
  if (!entry.fields) {
    problems.push({ code: 'entry-not-a-mapping', message: 'each annotation must be a mapping of fields (id, article, label, quote, ...)', offset: entry.dash, length: 1 });
    return undefined;
  }
  const before = problems.length;
  const strings = new Map<string, string>();
  let start: number | undefined;
  let extra: Record<string, unknown> | undefined;
  for (const field of entry.fields) {
    const { key, value } = field;
    if (REQUIRED_STRINGS.has(key) || OPTIONAL_STRINGS.has(key)) {
      if (typeof value !== 'string') {
        const hint = typeof value === 'number' || typeof value === 'boolean' ? ` (quote it: "${String(value)}")` : '';
        problems.push(at(field, 'wrong-type', `'${key}' must be a string, not ${describe(value)}${hint}`));
      } else if (value === '' && REQUIRED_STRINGS.has(key)) {
        problems.push(at(field, 'empty-field', `'${key}' must not be empty`));
      } else {
        strings.set(key, value);
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
  for (const key of ['id', 'article', 'label', 'quote', 'start']) {
    const present = key === 'start' ? entry.fields.some((f) => f.key === 'start') : entry.fields.some((f) => f.key === key);
    if (!present) problems.push({ code: 'missing-field', message: `annotation is missing '${key}'`, offset: entry.dash, length: 1 });
  }
  if (problems.length > before || start === undefined) return undefined;

  const annotation: Annotation = {
    id: strings.get('id')!,
    article: strings.get('article')!,
    label: strings.get('label')!,
    quote: strings.get('quote')!,
    prefix: strings.get('prefix') ?? '',
    suffix: strings.get('suffix') ?? '',
    start,
  };
  for (const key of ['speaker', 'note', 'author', 'created', 'updated'] as StringField[]) {
    const value = strings.get(key);
    if (value !== undefined) (annotation as unknown as Record<string, string>)[key] = value;
  }
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
