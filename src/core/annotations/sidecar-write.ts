// Writes annotations back into a sidecar by splicing its text: the header, the trailer and
// every unchanged entry (with the comments above and inside it) are copied byte for byte;
// a changed entry has only its changed values rewritten (a comment after a value stays),
// fields are added or removed as whole lines, and new entries are written in the canonical
// layout. Reviewers then see in a pull request exactly the lines that changed.
import type { Annotation } from './types';
import type { RawEntry, RawField, RawSidecar, SpliceLayout } from './sidecar-raw';
import { fieldsOf, sameAnnotation, sameValue } from './fields';
import { doubleQuote, renderValue, resolvePlain } from './yaml-scalar';
import { lineStartOf, nextLineStart } from './sidecar-yaml';

interface Edit {
  start: number;
  end: number;
  text: string;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function renderKey(key: string): string {
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
  let out = '';
  let cursor = start;
  for (const edit of edits) {
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor, end);
}

/**
 * The entry's chunk with `after`'s values; undefined when the change needs the entry rewritten
 * as a whole (removing the field on the `-` line).
 */
function patchEntry(text: string, entry: RawEntry, after: Annotation, eol: string): string | undefined {
  const fields = entry.fields!;
  const wanted = fieldsOf(after);
  const wantedKeys = new Set(wanted.map(([key]) => key));
  const present = new Map(fields.map((field) => [field.key, field]));
  const edits: Edit[] = [];

  for (const field of fields) {
    if (wantedKeys.has(field.key)) continue;
    if (field === fields[0]) return undefined;
    edits.push({ start: lineStartOf(text, field.keyOffset), end: nextLineStart(text, field.lineEnd), text: '' });
  }
  let previous: RawField | undefined;
  for (const [key, value] of wanted) {
    const field = present.get(key);
    if (field) {
      previous = field;
      if (sameValue(field.value, value)) continue;
      const rendered = renderValue(value);
      if (field.inline) {
        const empty = field.valueOffset === field.valueEnd;
        edits.push({ start: field.valueOffset, end: field.valueEnd, text: empty ? ` ${rendered}` : rendered });
      } else {
        edits.push({ start: field.keyOffset, end: field.lineEnd, text: `${renderKey(key)}: ${rendered}` });
      }
      continue;
    }
    // Absent before: an empty prefix/suffix needs no line; anything else goes after the field before it.
    if ((key === 'prefix' || key === 'suffix') && value === '') continue;
    if (!previous) return undefined;
    const at = nextLineStart(text, previous.lineEnd);
    const lineBreak = at === previous.lineEnd ? eol : '';
    edits.push({ start: at, end: at, text: `${lineBreak}${' '.repeat(entry.keyIndent)}${renderKey(key)}: ${renderValue(value)}${eol}` });
  }
  return applyEdits(text, entry.chunkStart, entry.end, edits);
}

function endWithBreak(chunk: string, eol: string): string {
  return chunk === '' || chunk.endsWith('\n') ? chunk : chunk + eol;
}

/**
 * The new file text, `sorted` being the annotations in file order. Entries are matched to
 * the file's by id.
 */
export function spliceSidecar(raw: RawSidecar, layout: SpliceLayout, before: readonly Annotation[], entries: readonly RawEntry[], sorted: readonly Annotation[]): string {
  const { text } = raw;
  const { eol } = layout;
  const old = new Map<string, { annotation: Annotation; entry: RawEntry }>();
  before.forEach((annotation, i) => old.set(annotation.id, { annotation, entry: entries[i] }));

  const dashIndent = raw.entries.length ? layout.dashIndent : 2;
  let body = '';
  for (const annotation of sorted) {
    const existing = old.get(annotation.id);
    let chunk: string;
    if (!existing) {
      chunk = renderEntry(annotation, dashIndent, eol);
    } else if (sameAnnotation(existing.annotation, annotation)) {
      chunk = text.slice(existing.entry.chunkStart, existing.entry.end);
    } else {
      const { entry } = existing;
      chunk = patchEntry(text, entry, annotation, eol)
        ?? text.slice(entry.chunkStart, lineStartOf(text, entry.dash)) + renderEntry(annotation, entry.dash - lineStartOf(text, entry.dash), eol);
    }
    body += endWithBreak(chunk, eol);
  }

  const line = layout.annotationsLine;
  let out: string;
  if (raw.entries.length) {
    const first = raw.entries[0];
    const last = raw.entries[raw.entries.length - 1];
    const trailer = text.slice(last.end);
    if (sorted.length) {
      out = text.slice(0, first.chunkStart) + body + trailer;
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
  if (text !== '' && !text.endsWith('\n') && out.endsWith(eol)) out = out.slice(0, -eol.length);
  return out;
}
