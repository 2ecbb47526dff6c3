// The team's taxonomy: `.news-annotator.yaml` at the workspace root (the CLI takes the nearest
// one above a corpus). Without one, DEFAULT_TAXONOMY applies.
//
//   version: 1                      # optional
//   labels:                         # required, at least one
//     - id: claim                   # what an annotation's `label:` holds: letters, digits, . _ -
//       description: A statement presented as fact that can be checked.
//       color: "#0072B2"            # #rrggbb, quoted (an unquoted # starts a YAML comment)
//       key: c                      # optional single-character shortcut, unique
//       # any other keys are kept on the label (LabelDefinition.extra)
//   fields:                         # optional: extra fields annotations may carry
//     verdict: [true, false, misleading, unverified]   # short form: the allowed values
//     source:                                          # long form
//       description: Where the claim was first made
//       values: [tv, print, online]                    # absent: free text
//       labels: [claim, prediction]                    # absent: every label
//   speakers:                       # optional
//     aliases:                      # alias: canonical name (see speaker-aliases.ts for matching)
//       Peskov: Dmitry Peskov
//
// Problems are errors with line and column; parsing never throws.
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { LineIndex } from '../corpus/lines';
import type { Diagnostic } from '../corpus/types';
import { MAX_ALIAS_COUNT, parseYaml, type Problem } from './sidecar-yaml';
import { findAliasCycles, normalizeSpeakerName } from './speaker-aliases';
import type { FieldDefinition, LabelDefinition, Taxonomy } from './taxonomy-types';

export type { FieldDefinition, LabelDefinition, Taxonomy } from './taxonomy-types';
export { DEFAULT_TAXONOMY } from './default-taxonomy';

export const TAXONOMY_FILE_NAME = '.news-annotator.yaml';
export const MAX_TAXONOMY_LENGTH = 1024 * 1024;

export type TaxonomyParseResult =
  | { ok: true; taxonomy: Taxonomy }
  | { ok: false; errors: Diagnostic[] };

const LABEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const TOP_LEVEL_KEYS = ['version', 'labels', 'fields', 'speakers'];
const RESERVED_FIELDS = new Set(['id', 'article', 'label', 'quote', 'prefix', 'suffix', 'start', 'speaker', 'note', 'author', 'created', 'updated']);

class Reader {
  readonly problems: Problem[] = [];
  constructor(readonly doc: Document.Parsed) {}

  error(node: Node | null | undefined, message: string, code = 'invalid-taxonomy'): void {
    const [start, end] = node?.range ?? [0, 0];
    this.problems.push({ code, message, offset: start, length: end - start });
  }

  /** The pairs of a mapping whose keys are strings; anything else is reported. */
  pairs(map: YAMLMap): [string, Node | null, Pair<Node, Node | null>][] {
    const out: [string, Node | null, Pair<Node, Node | null>][] = [];
    for (const pair of map.items as Pair<Node, Node | null>[]) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string') out.push([pair.key.value, pair.value, pair]);
      else this.error(pair.key, 'keys must be strings');
    }
    return out;
  }

  string(node: Node | null, what: string, allowEmpty = false): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && (allowEmpty || node.value !== '')) return node.value;
    this.error(node, `${what} must be a${allowEmpty ? '' : ' non-empty'} string`);
    return undefined;
  }

  /** Scalars as strings (`true` -> "true"), for allowed values. */
  scalarText(node: Node | null, what: string): string | undefined {
    if (isScalar(node) && node.value !== null && typeof node.value !== 'object') return String(node.value);
    this.error(node, `${what} must be a single value`);
    return undefined;
  }

  stringList(node: Node | null, what: string, item: (n: Node | null) => string | undefined): string[] | undefined {
    if (!isSeq(node)) {
      this.error(node, `${what} must be a list`);
      return undefined;
    }
    const values = (node.items as (Node | null)[]).map(item);
    return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
  }
}

function readLabel(r: Reader, node: Node | null): LabelDefinition | undefined {
  if (!isMap(node)) {
    r.error(node, 'each label must be a mapping with id, description and color');
    return undefined;
  }
  const label: Partial<LabelDefinition> = {};
  let extra: Record<string, unknown> | undefined;
  for (const [key, value] of r.pairs(node)) {
    switch (key) {
      case 'id': {
        const id = r.string(value, 'label id');
        if (id !== undefined && !LABEL_ID.test(id)) r.error(value, `label id '${id}' may hold only letters, digits, '.', '_' and '-'`);
        else label.id = id;
        break;
      }
      case 'description':
        label.description = r.string(value, 'description', true);
        break;
      case 'color': {
        const hint = isScalar(value) && value.value === null ? ' (quote it: an unquoted # starts a YAML comment)' : '';
        if (isScalar(value) && typeof value.value === 'string' && COLOR.test(value.value)) label.color = value.value;
        else r.error(value ?? node, `color must be "#rrggbb"${hint}`);
        break;
      }
      case 'key': {
        const k = r.string(value, 'key');
        if (k !== undefined && [...k].length !== 1) r.error(value, 'key must be a single character');
        else label.key = k;
        break;
      }
      default:
        extra ??= Object.create(null) as Record<string, unknown>;
        Object.defineProperty(extra, key, { value: value?.toJS(r.doc, { maxAliasCount: MAX_ALIAS_COUNT }) ?? null, enumerable: true, writable: true, configurable: true });
    }
  }
  for (const required of ['id', 'description', 'color'] as const) {
    if (!r.pairs(node).some(([key]) => key === required)) r.error(node, `label is missing '${required}'`);
  }
  if (label.id === undefined || label.description === undefined || label.color === undefined) return undefined;
  const result: LabelDefinition = { id: label.id, description: label.description, color: label.color };
  if (label.key !== undefined) result.key = label.key;
  if (extra) result.extra = extra;
  return result;
}

function readField(r: Reader, name: string, keyNode: Node, node: Node | null): FieldDefinition | undefined {
  if (!FIELD_NAME.test(name)) {
    r.error(keyNode, `field name '${name}' may hold only letters, digits, '_' and '-', starting with a letter or '_'`);
    return undefined;
  }
  if (RESERVED_FIELDS.has(name)) {
    r.error(keyNode, `'${name}' is a built-in annotation field`);
    return undefined;
  }
  const field: FieldDefinition = { name };
  if (isSeq(node)) {
    field.values = r.stringList(node, `'${name}' values`, (n) => r.scalarText(n, 'an allowed value'));
    return field.values ? field : undefined;
  }
  if (isScalar(node) && node.value === null) return field;
  if (!isMap(node)) {
    r.error(node, `field '${name}' must be a list of allowed values or a mapping (description, values, labels)`);
    return undefined;
  }
  for (const [key, value] of r.pairs(node)) {
    if (key === 'description') field.description = r.string(value, 'description', true);
    else if (key === 'values') field.values = r.stringList(value, 'values', (n) => r.scalarText(n, 'an allowed value'));
    else if (key === 'labels') field.labels = r.stringList(value, 'labels', (n) => r.string(n, 'a label id'));
    else r.error(value, `unknown key '${key}' in field '${name}' (expected description, values, labels)`);
  }
  return field;
}

function readSpeakers(r: Reader, node: Node | null): Record<string, string> {
  const aliases = Object.create(null) as Record<string, string>;
  if (isScalar(node) && node.value === null) return aliases;
  if (!isMap(node)) {
    r.error(node, "'speakers' must be a mapping (aliases: ...)");
    return aliases;
  }
  for (const [key, value] of r.pairs(node)) {
    if (key !== 'aliases') {
      r.error(value, `unknown key '${key}' in 'speakers' (expected aliases)`);
      continue;
    }
    if (isScalar(value) && value.value === null) continue;
    if (!isMap(value)) {
      r.error(value, "'aliases' must be a mapping of alias: canonical name");
      continue;
    }
    const keyNodes = new Map<string, Node>();
    for (const [alias, canonical, pair] of r.pairs(value)) {
      const name = r.string(canonical, `the canonical name for '${alias}'`);
      const normal = normalizeSpeakerName(alias);
      if (!normal) {
        r.error(pair.key, 'a speaker alias must be a non-empty name');
        continue;
      }
      // 'Peskov' and 'Peskov ' (or two Unicode spellings of one name) are the same alias.
      if (keyNodes.has(normal)) {
        r.error(pair.key, `the alias '${normal}' is already given above`);
        continue;
      }
      keyNodes.set(normal, pair.key);
      if (name !== undefined) Object.defineProperty(aliases, alias, { value: name, enumerable: true, writable: true, configurable: true });
    }
    for (const cycle of findAliasCycles(aliases)) {
      r.error(keyNodes.get(cycle[0]), `speaker aliases go round in a circle (${[...cycle, cycle[0]].join(' -> ')}): one of these names must be the canonical one, with no alias`);
    }
  }
  return aliases;
}

function readTaxonomy(r: Reader): Taxonomy | undefined {
  const root = r.doc.contents;
  if (!isMap(root)) {
    r.error(root, 'a taxonomy is a mapping with a labels list');
    return undefined;
  }
  const taxonomy: Taxonomy = { labels: [], fields: [], speakerAliases: Object.create(null) as Record<string, string> };
  let sawLabels = false;
  for (const [key, value, pair] of r.pairs(root)) {
    if (key === 'version') {
      if (!(isScalar(value) && value.value === 1)) r.error(value, 'unsupported taxonomy version (this News Annotator reads version 1)');
    } else if (key === 'labels') {
      sawLabels = true;
      if (!isSeq(value) || value.items.length === 0) {
        r.error(value ?? pair.key, "'labels' must be a non-empty list");
        continue;
      }
      const seenIds = new Map<string, Node>();
      const seenKeys = new Map<string, string>();
      for (const item of value.items as (Node | null)[]) {
        const label = readLabel(r, item);
        if (!label) continue;
        if (seenIds.has(label.id)) r.error(item, `duplicate label id '${label.id}'`);
        else if (label.key !== undefined && seenKeys.has(label.key)) r.error(item, `label '${label.id}' has key '${label.key}', already used by '${seenKeys.get(label.key)}'`);
        else taxonomy.labels.push(label);
        seenIds.set(label.id, item!);
        if (label.key !== undefined && !seenKeys.has(label.key)) seenKeys.set(label.key, label.id);
      }
    } else if (key === 'fields') {
      if (isScalar(value) && value.value === null) continue;
      if (!isMap(value)) {
        r.error(value, "'fields' must be a mapping of field name to its definition");
        continue;
      }
      for (const [name, definition, fieldPair] of r.pairs(value)) {
        const field = readField(r, name, fieldPair.key, definition);
        if (field) taxonomy.fields.push(field);
      }
    } else if (key === 'speakers') {
      taxonomy.speakerAliases = readSpeakers(r, value);
    } else {
      r.error(pair.key, `unknown key '${key}' (expected ${TOP_LEVEL_KEYS.join(', ')})`);
    }
  }
  if (!sawLabels) r.error(root, "a taxonomy needs a 'labels' list");
  const labelIds = new Set(taxonomy.labels.map((l) => l.id));
  for (const field of taxonomy.fields) {
    for (const id of field.labels ?? []) {
      if (!labelIds.has(id)) r.problems.push({ code: 'invalid-taxonomy', message: `field '${field.name}' names unknown label '${id}'`, offset: 0, length: 0 });
    }
  }
  return taxonomy;
}

/** Reads `.news-annotator.yaml`. Never throws. */
export function parseTaxonomy(text: string): TaxonomyParseResult {
  const problems: Problem[] = [];
  let taxonomy: Taxonomy | undefined;
  if (text.length > MAX_TAXONOMY_LENGTH) {
    problems.push({ code: 'too-large', message: `taxonomy file is too large (limit ${MAX_TAXONOMY_LENGTH} characters)`, offset: 0, length: 0 });
  } else {
    const doc = parseYaml(text, 0, problems);
    if (doc) {
      const reader = new Reader(doc);
      taxonomy = readTaxonomy(reader);
      problems.push(...reader.problems);
    }
  }
  if (problems.length || !taxonomy) {
    const lines = new LineIndex(text);
    return {
      ok: false,
      errors: problems.map((p) => ({ severity: 'error', code: p.code, message: p.message, offset: p.offset, length: p.length, ...lines.positionAt(p.offset) })),
    };
  }
  return { ok: true, taxonomy };
}

export function findLabel(taxonomy: Taxonomy, id: string): LabelDefinition | undefined {
  return taxonomy.labels.find((label) => label.id === id);
}

/** Whether `value` is allowed for the field (values compare as text: true matches "true"). */
export function isAllowedFieldValue(field: FieldDefinition, value: unknown): boolean {
  if (!field.values) return true;
  return value !== null && typeof value !== 'object' && field.values.includes(String(value));
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The label id closest to a mistyped one (for "did you mean"), when one is close enough. */
export function closestLabel(taxonomy: Taxonomy, id: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(id.length / 3)) + 1;
  for (const label of taxonomy.labels) {
    const distance = editDistance(id.toLowerCase(), label.id.toLowerCase());
    if (distance < bestDistance) {
      best = label.id;
      bestDistance = distance;
    }
  }
  return best;
}
