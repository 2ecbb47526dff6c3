// Reading a just-spliced sidecar back without parsing all of it again. Every save is checked
// by reading its output back; doing that in full costs a whole parse even when one annotation
// changed. Here the output is checked the cheap way:
//   - the segmenter must find exactly the entries the writer wrote, at the offsets it wrote them;
//   - an entry copied byte for byte reads as before (a reader looks at nothing outside the
//     entry), so its fields are only shifted;
//   - a value rewritten in place is read again from the new text and must equal the value meant;
//   - an entry written anew (or with lines added or removed) is read and checked in full.
// Anything unexpected returns undefined, and the caller reads the whole file back instead.
import type { Annotation } from './types';
import type { RawEntry, RawField, RawSidecar } from './sidecar-raw';
import type { SpliceResult, Edit } from './sidecar-write';
import { readEntry, segment } from './sidecar-segment';
import { readField } from './sidecar-fast-entry';
import { toAnnotation } from './sidecar-validate';
import { fieldValue, sameAnnotation, sameValue } from './fields';
import type { Problem } from './sidecar-yaml';

/** Offsets of the old entry moved into the new text: by where the chunk landed and by the edits before them. */
function shifter(from: RawEntry, newChunkStart: number, edits: readonly Edit[]): (offset: number) => number {
  const base = newChunkStart - from.chunkStart;
  if (edits.length === 0) return (offset) => offset + base;
  return (offset) => {
    let shift = base;
    for (const e of edits) if (e.end <= offset) shift += e.text.length - (e.end - e.start);
    return offset + shift;
  };
}

/**
 * An entry copied byte for byte to another offset. Its fields are shifted only when someone
 * asks for them (a later patch, a position): a save that changes one annotation then costs one
 * small object per other entry, not a dozen.
 */
class ShiftedEntry implements RawEntry {
  private shiftedFields: RawField[] | undefined;
  private constructor(private readonly base: RawEntry, private readonly delta: number) {}

  static of(entry: RawEntry, delta: number): RawEntry {
    if (delta === 0) return entry;
    // Shifting a shifted entry shifts its base, so chains never grow over a long session.
    if (entry instanceof ShiftedEntry && !entry.shiftedFields) return ShiftedEntry.of(entry.base, entry.delta + delta);
    return new ShiftedEntry(entry, delta);
  }

  get dash(): number { return this.base.dash + this.delta; }
  get chunkStart(): number { return this.base.chunkStart + this.delta; }
  get end(): number { return this.base.end + this.delta; }
  get keyIndent(): number { return this.base.keyIndent; }
  get fields(): RawField[] | undefined {
    const d = this.delta;
    this.shiftedFields ??= this.base.fields?.map((f) => ({
      key: f.key, value: f.value, keyOffset: f.keyOffset + d, valueOffset: f.valueOffset + d, valueEnd: f.valueEnd + d, inline: f.inline, lineEnd: f.lineEnd + d,
    }));
    return this.shiftedFields;
  }
}

/**
 * A patched entry at its new place. Only its rewritten values are read (and checked) at once;
 * the other fields are shifted when someone asks for them, as in ShiftedEntry.
 */
class PatchedEntry implements RawEntry {
  private movedFields: RawField[] | undefined;
  constructor(
    private readonly from: RawEntry,
    private readonly move: (offset: number) => number,
    readonly chunkStart: number,
    private readonly reread: Map<RawField, RawField>,
  ) {}

  get dash(): number { return this.move(this.from.dash); }
  get end(): number { return this.move(this.from.end); }
  get keyIndent(): number { return this.from.keyIndent; }
  get fields(): RawField[] {
    const move = this.move;
    this.movedFields ??= this.from.fields!.map((field) => this.reread.get(field) ?? {
      key: field.key, value: field.value, keyOffset: move(field.keyOffset), valueOffset: move(field.valueOffset),
      valueEnd: move(field.valueEnd), inline: field.inline, lineEnd: move(field.lineEnd),
    });
    return this.movedFields;
  }
}

/** The old entry at its new place, its rewritten values read again; undefined if any reads differently. */
function movedEntry(text: string, from: RawEntry, newChunkStart: number, edits: readonly Edit[], annotation: Annotation): RawEntry | undefined {
  if (!from.fields) return undefined;
  const move = shifter(from, newChunkStart, edits);
  const reread = new Map<RawField, RawField>();
  for (const edit of edits) {
    const field = edit.value;
    if (!field || reread.has(field)) return undefined;
    const again = readField(text, move(field.keyOffset), move(field.lineEnd));
    if (!again || again.key !== field.key || !sameValue(again.value, fieldValue(annotation, field.key))) return undefined;
    reread.set(field, again);
  }
  return new PatchedEntry(from, move, newChunkStart, reread);
}

export interface Reread {
  raw: RawSidecar;
  annotations: Annotation[];
  entries: RawEntry[];
}

/** The sidecar as `spliced` wrote it (raw entries and annotations), checked; undefined when it must be read in full. */
export function rereadSplice(old: RawSidecar, spliced: SpliceResult): Reread | undefined {
  const { text, chunks, bodyStart } = spliced;
  if (bodyStart === undefined || !old.layout) return undefined;
  const segments = segment(text);
  if (!segments || segments.items.length !== chunks.length || !segments.annotationsLine) return undefined;
  const entries: RawEntry[] = [];
  const annotations: Annotation[] = [];
  let chunkStart = bodyStart;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    const item = segments.items[i];
    const chunkEnd = chunkStart + chunk.text.length;
    if (item.end !== chunkEnd) return undefined;
    let entry: RawEntry | undefined;
    if (chunk.from && !chunk.rewritten) {
      entry = chunk.edits?.length
        ? movedEntry(text, chunk.from, chunkStart, chunk.edits, chunk.annotation)
        : ShiftedEntry.of(chunk.from, chunkStart - chunk.from.chunkStart);
    } else {
      const problems: Problem[] = [];
      entry = readEntry(text, item, chunkStart, problems);
      const annotation = entry && toAnnotation(entry, problems);
      if (problems.length || !annotation || !sameAnnotation(annotation, chunk.annotation)) return undefined;
    }
    if (!entry || entry.dash !== item.dash || entry.end !== chunkEnd) return undefined;
    entries.push(entry);
    annotations.push(chunk.annotation);
    chunkStart = chunkEnd;
  }
  const raw: RawSidecar = {
    text,
    // Everything before the first entry is the old header, byte for byte.
    version: old.version,
    annotationsNotAList: undefined,
    entries,
    layout: { annotationsLine: segments.annotationsLine, dashIndent: segments.dashIndent, eol: old.layout.eol },
  };
  return { raw, annotations, entries };
}
