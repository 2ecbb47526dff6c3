// Writes annotations back into a sidecar by splicing its text: the header, the trailer and
// every unchanged entry (with the comments above and inside it) are copied byte for byte;
// a changed entry has only its changed values rewritten (a comment after a value stays),
// fields are added or removed as whole lines, and new entries are written in the canonical
// layout. Reviewers then see in a pull request exactly the lines that changed.
import { ANNOTATION_FIELDS, type Annotation } from './types';
import type { RawEntry, RawField, RawSidecar, SpliceLayout } from './sidecar-raw';
import { fieldValue, fieldsOf, sameValue } from './fields';
import { doubleQuote, renderValue, resolvePlain } from './yaml-scalar';
import { lineStartOf, nextLineStart } from './sidecar-yaml';

export interface Edit {
  start: number;
  end: number;
  text: string;
  /** Replaces the value of an inline field (the kind of edit the re-reader can check in place). */
  value?: RawField;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const KNOWN = new Set<string>(ANNOTATION_FIELDS);

export function renderKey(key: string): string {
  if (KNOWN.has(key)) return key;
  return PLAIN_KEY.test(key) && typeof resolvePlain(key) === 'string' ? key : doubleQuote(key);
}

/** One annotation as a new entry: `- id: ...` at dashIndent, the other fields two columns in. */
export function renderEntry(annotation: Annotation, dashIndent: number, eol: string): string {
  const keyPad = ' '.repeat(dashIndent + 2);
  return fieldsOf(annotation)
    .map(([key, value], i) => `${i === 0 ? `${' '.repeat(dashIndent)}- ` : keyPad}${renderKey(key)}: ${renderValue(value)}${eol}`)
    .join('');
}

function applyEdits(text: string, start: number, end: number, edits: Edit[]): string {
  // Insertions (empty ranges) before removals that start at the same place.
  edits.sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
  // Pieces joined once: a flat string (a chain of += would be flattened again by every reader).
  const pieces: string[] = [];
  let cursor = start;
  for (const edit of edits) {
    pieces.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  pieces.push(text.slice(cursor, end));
  return pieces.join('');
}

/**
 * Keys whose values differ between two annotations, in file order (known fields, then extras);
 * empty when they hold the same data. Named property reads, not a loop over key names: this
 * runs for every entry on every save, and keyed reads of a dozen names are several times slower.
 */
export function changedKeys(before: Annotation, after: Annotation): string[] {
  const keys: string[] = [];
  if (before === after) return keys;
  if (before.id !== after.id) keys.push('id');
  if (before.article !== after.article) keys.push('article');
  if (before.label !== after.label) keys.push('label');
  if (before.quote !== after.quote) keys.push('quote');
  if (before.prefix !== after.prefix) keys.push('prefix');
  if (before.suffix !== after.suffix) keys.push('suffix');
  if (!Object.is(before.start, after.start)) keys.push('start');
  if (before.speaker !== after.speaker) keys.push('speaker');
  if (before.note !== after.note) keys.push('note');
  if (before.author !== after.author) keys.push('author');
  if (before.created !== after.created) keys.push('created');
  if (before.updated !== after.updated) keys.push('updated');
  if (before.extra !== after.extra) {
    for (const key of new Set([...Object.keys(after.extra ?? {}), ...Object.keys(before.extra ?? {})])) {
      if (!KNOWN.has(key) && !sameValue(fieldValue(before, key), fieldValue(after, key))) keys.push(key);
    }
  }
  return keys;
}

/**
 * The entry's chunk with `after`'s values, and the edits made; undefined when the change needs
 * the entry rewritten as a whole (removing the field on the `-` line).
 */
function patchEntry(text: string, entry: RawEntry, after: Annotation, changed: readonly string[], eol: string): { text: string; edits: Edit[] } | undefined {
  const fields = entry.fields!;
  const edits: Edit[] = [];
  let wanted: [string, unknown][] | undefined;
  for (const key of changed) {
    const field = fields.find((f) => f.key === key);
    const value = fieldValue(after, key);
    if (value === undefined) {
      // Removed: the field's lines go, unless it sits on the `-` line.
      if (!field) continue;
      if (field === fields[0]) return undefined;
      edits.push({ start: lineStartOf(text, field.keyOffset), end: nextLineStart(text, field.lineEnd), text: '' });
    } else if (field) {
      const rendered = renderValue(value);
      if (field.inline) {
        const empty = field.valueOffset === field.valueEnd;
        edits.push({ start: field.valueOffset, end: field.valueEnd, text: empty ? ` ${rendered}` : rendered, value: field });
      } else {
        edits.push({ start: field.keyOffset, end: field.lineEnd, text: `${renderKey(key)}: ${rendered}` });
      }
    } else {
      // New: an empty prefix/suffix needs no line; anything else goes after the nearest field before it in file order.
      if ((key === 'prefix' || key === 'suffix') && value === '') continue;
      let previous: RawField | undefined;
      wanted ??= fieldsOf(after);
      for (const [k] of wanted) {
        if (k === key) break;
        previous = fields.find((f) => f.key === k) ?? previous;
      }
      if (!previous) return undefined;
      const at = nextLineStart(text, previous.lineEnd);
      const lineBreak = at === previous.lineEnd ? eol : '';
      edits.push({ start: at, end: at, text: `${lineBreak}${' '.repeat(entry.keyIndent)}${renderKey(key)}: ${renderValue(value)}${eol}` });
    }
  }
  return { text: applyEdits(text, entry.chunkStart, entry.end, edits), edits };
}

function endWithBreak(chunk: string, eol: string): string {
  return chunk === '' || chunk.endsWith('\n') ? chunk : chunk + eol;
}

/** One entry of the written file, and how it was made (for checking the output cheaply). */
export interface SplicedChunk {
  annotation: Annotation;
  text: string;
  /** The entry it was copied or patched from. */
  from?: RawEntry;
  /** The edits applied to `from` (none: copied byte for byte). */
  edits?: Edit[];
  /** Written anew (a new entry, or one rewritten as a whole): to be read back in full. */
  rewritten: boolean;
}

export interface SpliceResult {
  text: string;
  chunks: SplicedChunk[];
  /** Where the first entry starts in the new text when everything before it is the old header, byte for byte. */
  bodyStart: number | undefined;
}

/**
 * The new file text, `sorted` being the annotations in file order. Entries are matched to
 * the file's by id.
 */
export function spliceSidecar(raw: RawSidecar, layout: SpliceLayout, before: readonly Annotation[], entries: readonly RawEntry[], sorted: readonly Annotation[]): SpliceResult {
  const { text } = raw;
  const { eol } = layout;
  const old = new Map<string, { annotation: Annotation; entry: RawEntry }>();
  before.forEach((annotation, i) => old.set(annotation.id, { annotation, entry: entries[i] }));

  const dashIndent = raw.entries.length ? layout.dashIndent : 2;
  const chunks: SplicedChunk[] = [];
  const parts: string[] = [];
  for (const annotation of sorted) {
    const existing = old.get(annotation.id);
    let chunk: SplicedChunk;
    const changed = existing && changedKeys(existing.annotation, annotation);
    if (!existing || !changed) {
      chunk = { annotation, text: renderEntry(annotation, dashIndent, eol), rewritten: true };
    } else if (changed.length === 0) {
      chunk = { annotation, text: text.slice(existing.entry.chunkStart, existing.entry.end), from: existing.entry, rewritten: false };
    } else {
      const { entry } = existing;
      const patched = patchEntry(text, entry, annotation, changed, eol);
      if (patched) {
        chunk = { annotation, text: patched.text, from: entry, edits: patched.edits, rewritten: patched.edits.some((e) => !e.value) };
      } else {
        const lineStart = lineStartOf(text, entry.dash);
        chunk = { annotation, text: text.slice(entry.chunkStart, lineStart) + renderEntry(annotation, entry.dash - lineStart, eol), rewritten: true };
      }
    }
    if (!chunk.text.endsWith('\n')) {
      chunk.text += eol;
      chunk.rewritten = true;
    }
    chunks.push(chunk);
    parts.push(chunk.text);
  }
  const body = parts.join('');

  const line = layout.annotationsLine;
  let out: string;
  let bodyStart: number | undefined;
  if (raw.entries.length) {
    const first = raw.entries[0];
    const last = raw.entries[raw.entries.length - 1];
    const trailer = text.slice(last.end);
    if (sorted.length) {
      out = text.slice(0, first.chunkStart) + body + trailer;
      bodyStart = first.chunkStart;
    } else {
      // The list became empty: say so with `[]`, keeping any comment on the key's line.
      out = text.slice(0, line!.keyEnd) + ' []' + endWithBreak(text.slice(line!.keyEnd, line!.eolEnd), eol) + trailer;
    }
  } else if (!sorted.length) {
    out = text;
  } else if (line) {
    const keyLine = endWithBreak(text.slice(0, line.keyEnd) + text.slice(line.valueEnd, line.eolEnd), eol);
    out = keyLine + body + text.slice(line.eolEnd);
  } else {
    out = endWithBreak(text, eol) + `annotations:${eol}` + body;
  }
  // Keep a file that had no final line break without one.
  if (text !== '' && !text.endsWith('\n') && out.endsWith(eol)) {
    out = out.slice(0, -eol.length);
    bodyStart = undefined;
  }
  return { text: out, chunks, bodyStart };
}
