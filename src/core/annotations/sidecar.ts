// The sidecar codec: `NAME.annotations.yaml` beside corpus `NAME`, written for people.
//
//   # News Annotator annotations for seeds.corpus
//   version: 1
//   annotations:
//     - id: k3v9q2
//       article: 000_88a625c4827ab9bc.txt
//       label: denial
//       quote: Moscow has repeatedly denied these allegations
//       prefix: " in \"malicious\" cyber attacks.\n\n"
//       suffix: " and blamed Washington for inter"
//       start: 2085
//       ...optional speaker, note, author, created, updated, then a team's extra fields
//
// Reading never throws and refuses the whole file on any problem (with line and column), so
// nothing rewrites a file it only partly understood. Writing splices the original text (see
// sidecar-write.ts), returns the original text untouched when the annotations did not change,
// and reads its own output back before returning it (only the changed entries when it can, see
// sidecar-reread.ts): a save that would not give back exactly the annotations it was given
// throws instead of writing.
import { LineIndex, type Position } from '../corpus/lines';
import type { Diagnostic } from '../corpus/types';
import type { Annotation } from './types';
import type { RawEntry, RawSidecar } from './sidecar-raw';
import { readRawSidecar } from './sidecar-segment';
import { validateSidecar } from './sidecar-validate';
import { spliceSidecar } from './sidecar-write';
import { rereadSplice } from './sidecar-reread';
import { rewriteDocument } from './sidecar-document-write';
import { sameAnnotation } from './fields';
import type { Problem } from './sidecar-yaml';

export { SIDECAR_VERSION } from './sidecar-validate';

/** Sidecars longer than this (UTF-16 code units) are refused before parsing. */
export const DEFAULT_MAX_SIDECAR_LENGTH = 20 * 1024 * 1024;
export const SIDECAR_SUFFIX = '.annotations.yaml';

export interface SidecarOptions {
  /** Refuse texts longer than this many UTF-16 code units (default 20 Mi). */
  maxLength?: number;
}

export interface Sidecar {
  /** The text this sidecar was read from; what a save without changes returns. */
  readonly text: string;
  /** The annotations in file order. */
  readonly annotations: readonly Annotation[];
  /** 0-based position of an annotation's entry (its `-`), or of one of its fields' key. */
  positionOf(id: string, field?: string): Position | undefined;
}

export type SidecarParseResult =
  | { ok: true; sidecar: Sidecar }
  | { ok: false; errors: Diagnostic[] };

class ParsedSidecar implements Sidecar {
  private lines: LineIndex | undefined;
  /** Index of each annotation (and its entry) by id. */
  private readonly indexById = new Map<string, number>();

  constructor(readonly raw: RawSidecar, readonly annotations: readonly Annotation[], readonly entries: readonly RawEntry[]) {
    annotations.forEach((annotation, i) => this.indexById.set(annotation.id, i));
  }

  annotationById(id: string): Annotation | undefined {
    const i = this.indexById.get(id);
    return i === undefined ? undefined : this.annotations[i];
  }

  get text(): string {
    return this.raw.text;
  }

  positionOf(id: string, field?: string): Position | undefined {
    const i = this.indexById.get(id);
    if (i === undefined) return undefined;
    const entry = this.entries[i];
    const offset = (field ? entry.fields?.find((f) => f.key === field)?.keyOffset : undefined) ?? entry.dash;
    this.lines ??= new LineIndex(this.raw.text);
    return this.lines.positionAt(offset);
  }
}

function toDiagnostics(text: string, problems: Problem[]): Diagnostic[] {
  const lines = new LineIndex(text);
  return problems.map((problem) => {
    const { line, column } = lines.positionAt(problem.offset);
    const related = problem.relatedOffset === undefined ? '' : ` (first on line ${lines.lineAt(problem.relatedOffset) + 1})`;
    return { severity: 'error', code: problem.code, message: problem.message + related, offset: problem.offset, length: problem.length, line, column };
  });
}

/** Reads a sidecar. Never throws: problems come back as errors with 0-based line and column. */
export function parseSidecar(text: string, options: SidecarOptions = {}): SidecarParseResult {
  const maxLength = options.maxLength ?? DEFAULT_MAX_SIDECAR_LENGTH;
  if (text.length > maxLength) {
    return { ok: false, errors: [{ severity: 'error', code: 'too-large', message: `sidecar is too large (${text.length} characters; the limit is ${maxLength})`, offset: 0, length: 0, line: 0, column: 0 }] };
  }
  try {
    const { raw, problems } = readRawSidecar(text);
    // After a YAML error the structure is unknown; checking fields would only add noise.
    if (problems.length) return { ok: false, errors: toDiagnostics(text, problems) };
    const validated = validateSidecar(raw, problems);
    if (problems.length) return { ok: false, errors: toDiagnostics(text, problems) };
    return { ok: true, sidecar: new ParsedSidecar(raw, validated.annotations, validated.entries) };
  } catch (error) {
    // A bug in a reader must not take the editor down: report it like any unreadable file.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ severity: 'error', code: 'internal-error', message: `could not read sidecar: ${message}`, offset: 0, length: 0, line: 0, column: 0 }] };
  }
}

/** `NAME.annotations.yaml` for corpus file name `NAME`. */
export function sidecarFileName(corpusFileName: string): string {
  return corpusFileName + SIDECAR_SUFFIX;
}

/** The corpus file name a sidecar file name belongs to, or undefined when it is not a sidecar name. */
export function corpusFileNameOf(sidecarName: string): string | undefined {
  return sidecarName.endsWith(SIDECAR_SUFFIX) && sidecarName.length > SIDECAR_SUFFIX.length
    ? sidecarName.slice(0, -SIDECAR_SUFFIX.length)
    : undefined;
}

/** An empty sidecar for a corpus (its base name goes in the top comment). */
export function createSidecar(corpusFileName: string): Sidecar {
  const name = corpusFileName.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const result = parseSidecar(`# News Annotator annotations for ${name}\nversion: 1\nannotations: []\n`);
  if (!result.ok) throw new Error(`createSidecar: ${result.errors[0].message}`);
  return result.sidecar;
}

/**
 * Whether the list is already in file order (known articles by rank, then start, then id;
 * unknown articles after, as given). A list read from a sidecar is in this order and most
 * saves move nothing, so one pass usually replaces the sort.
 */
function inFileOrder(annotations: readonly Annotation[], rank: ReadonlyMap<string, number>): boolean {
  let previous: Annotation | undefined;
  let previousRank: number | undefined = -1;
  for (const a of annotations) {
    const r = rank.get(a.article);
    if (previous) {
      if (previousRank === undefined) {
        if (r !== undefined) return false;
      } else if (r !== undefined) {
        if (r < previousRank) return false;
        if (r === previousRank && (a.start < previous.start || (a.start === previous.start && !(a.id > previous.id)))) return false;
      }
    }
    previous = a;
    previousRank = r;
  }
  return true;
}

/**
 * File order: by the article's position in the corpus, then start, then id. Annotations of
 * articles the corpus does not have (renamed or removed: orphans) come after, in the order given.
 */
export function sortAnnotations(annotations: readonly Annotation[], articleOrder: readonly string[]): Annotation[] {
  const rank = new Map<string, number>();
  articleOrder.forEach((name, i) => { if (!rank.has(name)) rank.set(name, i); });
  if (inFileOrder(annotations, rank)) return annotations.slice();
  return annotations
    .map((annotation, index) => ({ annotation, index, rank: rank.get(annotation.article) }))
    .sort((a, b) => {
      if (a.rank === undefined || b.rank === undefined) {
        if (a.rank !== undefined) return -1;
        if (b.rank !== undefined) return 1;
        return a.index - b.index;
      }
      return a.rank - b.rank || a.annotation.start - b.annotation.start
        || (a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0);
    })
    .map((entry) => entry.annotation);
}

/** Why a list of annotations cannot be written (duplicate ids, empty required fields, bad start). */
export function annotationProblems(annotations: readonly Annotation[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  // Checked field by field with the message built only on a problem: this runs on every save.
  const say = (a: Annotation, what: string): void => { problems.push(`annotation '${a.id}': ${what}`); };
  const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
  for (const a of annotations) {
    if (typeof a.id !== 'string' || a.id === '') problems.push('an annotation has an empty id');
    else if (ids.has(a.id)) problems.push(`duplicate id '${a.id}'`);
    ids.add(a.id);
    if (typeof a.article !== 'string' || a.article === '') say(a, "'article' must be a non-empty string");
    if (typeof a.label !== 'string' || a.label === '') say(a, "'label' must be a non-empty string");
    if (typeof a.quote !== 'string' || a.quote === '') say(a, "'quote' must be a non-empty string");
    if (typeof a.prefix !== 'string') say(a, "'prefix' must be a string");
    if (typeof a.suffix !== 'string') say(a, "'suffix' must be a string");
    if (!optionalString(a.speaker)) say(a, "'speaker' must be a string");
    if (!optionalString(a.note)) say(a, "'note' must be a string");
    if (!optionalString(a.author)) say(a, "'author' must be a string");
    if (!optionalString(a.created)) say(a, "'created' must be a string");
    if (!optionalString(a.updated)) say(a, "'updated' must be a string");
    if (!Number.isSafeInteger(a.start) || a.start < 0) say(a, "'start' must be a whole number >= 0");
  }
  return problems;
}

function unchanged(sidecar: ParsedSidecar, annotations: readonly Annotation[]): boolean {
  if (annotations.length !== sidecar.annotations.length) return false;
  const seen = new Set<string>();
  return annotations.every((a) => {
    const old = sidecar.annotationById(a.id);
    if (old === undefined || seen.has(a.id) || !sameAnnotation(old, a)) return false;
    seen.add(a.id);
    return true;
  });
}

function readsBackAs(text: string, sorted: readonly Annotation[]): Sidecar | undefined {
  const result = parseSidecar(text, { maxLength: Infinity });
  if (!result.ok) return undefined;
  const back = result.sidecar.annotations;
  return back.length === sorted.length && back.every((a, i) => sameAnnotation(a, sorted[i])) ? result.sidecar : undefined;
}

/**
 * The sidecar text holding `annotations` (sorted into file order), and the sidecar read back
 * from it (the base for the next save). Unchanged annotations give back the very same text.
 * Throws for annotations that cannot be written (see annotationProblems), and, as a last line
 * of defence, when the output would not read back as exactly these annotations.
 */
export function updateSidecar(sidecar: Sidecar, annotations: readonly Annotation[], articleOrder: readonly string[]): { text: string; sidecar: Sidecar } {
  if (!(sidecar instanceof ParsedSidecar)) throw new TypeError('updateSidecar: not a sidecar from parseSidecar/createSidecar');
  // Unchanged annotations are the ones read from this file, so they are valid.
  if (unchanged(sidecar, annotations)) return { text: sidecar.text, sidecar };
  const problems = annotationProblems(annotations);
  if (problems.length) throw new TypeError(`cannot write annotations: ${problems.slice(0, 5).join('; ')}`);

  const sorted = sortAnnotations(annotations, articleOrder);
  const { raw } = sidecar;
  if (raw.layout) {
    const spliced = spliceSidecar(raw, raw.layout, sidecar.annotations, sidecar.entries, sorted);
    // The cheap check first (only what changed is read again), else read it all back.
    const quick = rereadSplice(raw, spliced);
    if (quick) return { text: spliced.text, sidecar: new ParsedSidecar(quick.raw, quick.annotations, quick.entries) };
    const back = readsBackAs(spliced.text, sorted);
    if (back) return { text: spliced.text, sidecar: back };
  }
  const text = rewriteDocument(raw.text, sorted);
  const back = readsBackAs(text, sorted);
  if (back) return { text, sidecar: back };
  throw new Error('refusing to save: the sidecar written would not read back as the same annotations (please report this bug)');
}

/** The sidecar text holding `annotations`; see updateSidecar. */
export function serializeSidecar(sidecar: Sidecar, annotations: readonly Annotation[], articleOrder: readonly string[]): string {
  return updateSidecar(sidecar, annotations, articleOrder).text;
}
