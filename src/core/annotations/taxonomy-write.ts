// Adds and changes speaker aliases in the text of `.news-annotator.yaml`, for Merge Speakers
// and Rename Speaker. Teams review this file in pull requests, so only the alias lines change:
// everything else (labels, fields, comments, blank lines, quoting, line ends) is copied byte
// for byte. The text is spliced at the ranges the `yaml` parser gives: a changed alias has
// just its value replaced (a comment after it stays), a dropped one loses its line, new ones
// are added after the last alias at the same indentation; `speakers:` and `aliases:` are
// created when missing. A layout the splice does not handle (flow style `{...}`, an explicit
// `speakers: null`) goes through the yaml Document API instead, which keeps comments but may
// reformat. Either way the result is parsed again and must hold exactly the intended aliases
// and the same labels and fields, or nothing is returned to write.
//
// Without a file (or with one holding only comments) a new one is made with the built-in
// labels, so the labels in use do not change when the first alias is saved.
import { isMap, isScalar, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../corpus/types';
import { DEFAULT_TAXONOMY } from './default-taxonomy';
import { findAliasCycles, normalizeSpeakerName } from './speaker-aliases';
import { parseTaxonomy } from './taxonomy';
import type { Taxonomy } from './taxonomy-types';
import { doubleQuote, renderScalar } from './yaml-scalar';

/** "`alias` is another name of `canonical`". */
export interface SpeakerAliasChange {
  alias: string;
  canonical: string;
}

export type TaxonomyWriteResult =
  | {
    ok: true;
    /** The new file text (equal to the input when nothing changes). */
    text: string;
    /** Every alias the new text holds, normalised, in file order. */
    aliases: Map<string, string>;
  }
  | { ok: false; errors: Diagnostic[] };

/** Longer names are refused: YAML keys on one line may be at most 1024 characters. */
export const MAX_SPEAKER_NAME_LENGTH = 500;

const YAML_OPTIONS = { schema: 'core', version: '1.2', uniqueKeys: true, strict: true, prettyErrors: false } as const;

function failure(message: string): TaxonomyWriteResult {
  return { ok: false, errors: [{ severity: 'error', code: 'invalid-speaker-alias', message, offset: 0, length: 0, line: 0, column: 0 }] };
}

/**
 * The alias map after the changes, applied in order. Each change makes `canonical` a canonical
 * name (an alias of that name is dropped, which also keeps renaming back and forth free of
 * cycles), points aliases that led to `alias` at `canonical` directly, and adds or updates
 * `alias: canonical`.
 */
export function plannedAliases(current: ReadonlyMap<string, string>, changes: readonly SpeakerAliasChange[]): Map<string, string> | string {
  const next = new Map(current);
  for (const change of changes) {
    const alias = normalizeSpeakerName(change.alias);
    const canonical = normalizeSpeakerName(change.canonical);
    if (!alias || !canonical) return 'a speaker name must not be empty';
    const tooLong = [alias, canonical].find((name) => name.length > MAX_SPEAKER_NAME_LENGTH);
    if (tooLong) return `a speaker name may have at most ${MAX_SPEAKER_NAME_LENGTH} characters ('${tooLong.slice(0, 40)}…' is longer)`;
    next.delete(canonical);
    for (const [key, value] of next) if (value === alias) next.set(key, canonical);
    if (alias !== canonical) next.set(alias, canonical);
  }
  return next;
}

/** The text with the changes made; errors (with line and column) when the text is not a valid taxonomy. */
export function setSpeakerAliases(text: string | undefined, changes: readonly SpeakerAliasChange[]): TaxonomyWriteResult {
  const base = hasContent(text ?? '') ? text! : withBuiltInLabels(text ?? '');
  const parsed = parseTaxonomy(base);
  if (!parsed.ok) return parsed;
  const current = normalizedAliases(parsed.taxonomy);
  const planned = plannedAliases(current, changes);
  if (typeof planned === 'string') return failure(planned);
  const cycle = findAliasCycles(Object.fromEntries(planned))[0];
  if (cycle) return failure(`these aliases would go round in a circle: ${[...cycle, cycle[0]].join(' -> ')}`);
  if (sameMap(current, planned) && base === text) return { ok: true, text: base, aliases: planned };

  const doc = parseDocument(base, YAML_OPTIONS);
  for (const candidate of [() => splice(base, doc, current, planned), () => rebuild(base, planned)]) {
    const out = candidate();
    if (out !== undefined && holds(out, planned, parsed.taxonomy)) return { ok: true, text: out, aliases: planned };
  }
  return failure('the speaker aliases could not be written into this file without changing other parts of it; add them by hand');
}

/** A new taxonomy file's text: the built-in labels and, when given, speaker aliases. */
export function newTaxonomyText(aliases: readonly SpeakerAliasChange[] = []): string {
  const result = setSpeakerAliases(undefined, aliases);
  if (!result.ok) throw new Error(result.errors[0].message);
  return result.text;
}

function hasContent(text: string): boolean {
  const doc = parseDocument(text, YAML_OPTIONS);
  return doc.errors.length > 0 || (doc.contents !== null && !(isScalar(doc.contents) && doc.contents.value === null));
}

function withBuiltInLabels(comments: string): string {
  const eol = comments.includes('\r\n') ? '\r\n' : '\n';
  const lines = [
    ...(comments.trim() ? [] : [
      '# News Annotator taxonomy: the labels annotations use and the canonical names of speakers.',
      '# Made with the built-in labels when speakers were first merged or renamed; edit freely.',
    ]),
    'version: 1',
    'labels:',
    ...DEFAULT_TAXONOMY.labels.flatMap((label) => [
      `  - id: ${renderScalar(label.id)}`,
      `    description: ${renderScalar(label.description)}`,
      `    color: ${doubleQuote(label.color)}`,
      ...(label.key !== undefined ? [`    key: ${renderScalar(label.key)}`] : []),
    ]),
  ];
  const separator = comments && !comments.endsWith('\n') ? eol : '';
  return comments + separator + lines.join(eol) + eol;
}

function normalizedAliases(taxonomy: Taxonomy): Map<string, string> {
  const map = new Map<string, string>();
  for (const [alias, canonical] of Object.entries(taxonomy.speakerAliases)) {
    const from = normalizeSpeakerName(alias);
    const to = normalizeSpeakerName(canonical);
    if (from !== to) map.set(from, to);
  }
  return map;
}

function sameMap(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}

/** The new text parses, holds exactly the planned aliases, and the same labels and fields as before. */
function holds(text: string, planned: ReadonlyMap<string, string>, before: Taxonomy): boolean {
  const parsed = parseTaxonomy(text);
  return parsed.ok
    && sameMap(normalizedAliases(parsed.taxonomy), planned)
    && JSON.stringify(parsed.taxonomy.labels) === JSON.stringify(before.labels)
    && JSON.stringify(parsed.taxonomy.fields) === JSON.stringify(before.fields);
}

// --- Splicing -----------------------------------------------------------------------------

interface Insert {
  start: number;
  end: number;
  text: string;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function nextLineStart(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset);
  return lf === -1 ? text.length : lf + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The first pair of a block mapping whose key is `name`. */
function pairNamed(map: YAMLMap, name: string): Pair<Node, Node | null> | undefined {
  return (map.items as Pair<Node, Node | null>[]).find((pair) => isScalar(pair.key) && pair.key.value === name);
}

/** `key:` with nothing after it (or only a comment): a null with no source of its own. */
function isEmptyValue(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null && (node.source === '' || node.source === undefined) && node.range?.[0] === node.range?.[1]);
}

/** The indentation step the file uses (its first indented line), 2 when it has none. */
function indentUnit(text: string): number {
  const match = /^( +)[^\s#]/m.exec(text);
  return match ? match[1].length : 2;
}

function aliasLines(entries: Iterable<[string, string]>, indent: number, eol: string): string {
  let out = '';
  for (const [alias, canonical] of entries) out += `${' '.repeat(indent)}${renderScalar(alias)}: ${renderScalar(canonical)}${eol}`;
  return out;
}

/** Where the last pair of a block map ends (its value, or its key when the value is empty). */
function pairEnd(pair: Pair<Node, Node | null>): number {
  return pair.value && !isEmptyValue(pair.value) ? pair.value.range![1] : pair.key.range![1];
}

/** Lines inserted at a line start; a file not ending in a line break gets one first. */
function insertLines(text: string, at: number, lines: string, eol: string): Insert {
  return { start: at, end: at, text: at === text.length && text.length > 0 && !text.endsWith('\n') ? eol + lines : lines };
}

function applyInserts(text: string, edits: Insert[]): string {
  edits.sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
  const pieces: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) return text; // overlapping edits: let verification reject it
    pieces.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

function splice(text: string, doc: Document.Parsed, current: ReadonlyMap<string, string>, planned: ReadonlyMap<string, string>): string | undefined {
  const root = doc.contents;
  if (!isMap(root) || root.flow) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(text);
  const added = [...planned].filter(([alias]) => !current.has(alias));

  const speakers = pairNamed(root, 'speakers');
  if (!speakers) {
    const block = `speakers:${eol}${' '.repeat(unit)}aliases:${eol}${aliasLines(added, unit * 2, eol)}`;
    return applyInserts(text, [insertLines(text, text.length, block, eol)]);
  }
  const speakersColumn = columnOf(text, speakers.key.range![0]);
  if (isEmptyValue(speakers.value)) {
    const block = `${' '.repeat(speakersColumn + unit)}aliases:${eol}${aliasLines(added, speakersColumn + unit * 2, eol)}`;
    return applyInserts(text, [insertLines(text, nextLineStart(text, speakers.key.range![1]), block, eol)]);
  }
  if (!isMap(speakers.value) || speakers.value.flow || !speakers.value.items.length) return undefined;
  const speakersMap = speakers.value;
  const itemColumn = columnOf(text, (speakersMap.items[0] as Pair<Node, Node | null>).key.range![0]);
  const aliases = pairNamed(speakersMap, 'aliases');
  if (!aliases) {
    const last = speakersMap.items[speakersMap.items.length - 1] as Pair<Node, Node | null>;
    const block = `${' '.repeat(itemColumn)}aliases:${eol}${aliasLines(added, itemColumn + unit, eol)}`;
    return applyInserts(text, [insertLines(text, nextLineStart(text, pairEnd(last)), block, eol)]);
  }
  const aliasesColumn = columnOf(text, aliases.key.range![0]);
  if (isEmptyValue(aliases.value)) {
    return applyInserts(text, [insertLines(text, nextLineStart(text, aliases.key.range![1]), aliasLines(added, aliasesColumn + unit, eol), eol)]);
  }
  if (!isMap(aliases.value) || aliases.value.flow || !aliases.value.items.length) return undefined;
  return spliceAliasMap(text, aliases.value, planned, added, eol);
}

/** Edits inside an existing block map of aliases. */
function spliceAliasMap(text: string, map: YAMLMap, planned: ReadonlyMap<string, string>, added: [string, string][], eol: string): string | undefined {
  const pairs = map.items as Pair<Node, Node | null>[];
  const column = columnOf(text, pairs[0].key.range![0]);
  const edits: Insert[] = [];
  for (const pair of pairs) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') return undefined;
    const keyStart = pair.key.range![0];
    // Each alias must sit on a line of its own for line-wise edits.
    if (text.slice(lineStartOf(text, keyStart), keyStart).trim() !== '') return undefined;
    const alias = normalizeSpeakerName(pair.key.value);
    const value = pair.value;
    const canonical = planned.get(alias);
    if (canonical === undefined) {
      edits.push({ start: lineStartOf(text, keyStart), end: nextLineStart(text, pairEnd(pair)), text: '' });
    } else if (!isScalar(value) || typeof value.value !== 'string') {
      return undefined;
    } else if (normalizeSpeakerName(value.value) !== canonical) {
      edits.push({ start: value.range![0], end: value.range![1], text: renderScalar(canonical) });
    }
  }
  if (added.length) edits.push(insertLines(text, nextLineStart(text, pairEnd(pairs[pairs.length - 1])), aliasLines(added, column, eol), eol));
  return applyInserts(text, edits);
}

// --- Rebuilding through the Document API ----------------------------------------------------

function rebuild(text: string, planned: ReadonlyMap<string, string>): string | undefined {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const speakers = doc.get('speakers', true);
  const aliases = isMap(speakers) ? speakers.get('aliases', true) : undefined;
  if (!isMap(speakers) || !isMap(aliases)) {
    doc.set('speakers', doc.createNode({ aliases: Object.fromEntries(planned) }));
    return doc.toString({ lineWidth: 0 });
  }
  const kept = new Set<string>();
  aliases.items = (aliases.items as Pair<Node, Node | null>[]).filter((pair) => {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') return true;
    const alias = normalizeSpeakerName(pair.key.value);
    const canonical = planned.get(alias);
    if (canonical === undefined) return false;
    kept.add(alias);
    if (!(isScalar(pair.value) && typeof pair.value.value === 'string' && normalizeSpeakerName(pair.value.value) === canonical)) {
      pair.value = doc.createNode(canonical);
    }
    return true;
  });
  for (const [alias, canonical] of planned) if (!kept.has(alias)) aliases.set(alias, canonical);
  aliases.flow = aliases.flow && aliases.items.length > 0;
  return doc.toString({ lineWidth: 0 });
}
