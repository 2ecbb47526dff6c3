// Reading sidecar text with the `yaml` package: the header, any entry the fast line reader
// does not handle (block scalars, nested values, anchors...), and whole files laid out in ways
// the writer cannot splice. Offsets are shifted by `base` so they point into the whole file.
import { Document, isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Node, type Pair, type ParseOptions, type DocumentOptions, type SchemaOptions, type YAMLMap } from 'yaml';
import type { RawField } from './sidecar-raw';

/** A problem found while reading, located by offset; turned into a Diagnostic at the end. */
export interface Problem {
  code: string;
  message: string;
  offset: number;
  length: number;
  /** Another place the message refers to (the first of two duplicates); printed as its line. */
  relatedOffset?: number;
}

/**
 * YAML 1.2 core schema (timestamps stay strings), duplicate keys are errors. Aliases are
 * refused before anything expands them, and maxAliasCount is a second guard for values the
 * taxonomy reads with toJS.
 */
export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  version: '1.2',
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
};
export const MAX_ALIAS_COUNT = 0;

/**
 * Parses `source` (found at `base` in the file) and reports its syntax errors and any alias.
 * Returns the document only when it has neither.
 */
export function parseYaml(source: string, base: number, problems: Problem[]): Document.Parsed | undefined {
  const doc = parseDocument(source, YAML_OPTIONS);
  const before = problems.length;
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    problems.push({ code: 'yaml-syntax', message: cleanYamlMessage(error.message), offset: base + start, length: Math.max(0, end - start) });
  }
  if (problems.length > before) return undefined;
  visit(doc, {
    Alias(_key, node) {
      const [start, end] = node.range ?? [0, 0];
      problems.push({ code: 'yaml-alias', message: 'YAML aliases (*name) are not allowed in a sidecar; write the value out', offset: base + start, length: end - start });
      return visit.BREAK;
    },
  });
  return problems.length > before ? undefined : doc;
}

/** yaml's messages end with a source excerpt on further lines; our diagnostics carry the position instead. */
function cleanYamlMessage(message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `YAML syntax error: ${first}`;
}

/** End of the line holding `offset`, before its line break. */
export function lineEndFrom(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset);
  if (lf === -1) return text.length;
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
}

/** Start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** After the line break of the line holding `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset);
  return lf === -1 ? text.length : lf + 1;
}

/** Only JSON-like data is kept in a sidecar; tags such as !!binary or 1.1 timestamps are refused. */
function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every((item) => isPlainData(item, depth + 1));
  }
  return false;
}

/** The fields of one mapping node, with offsets into the whole file `text` (`base` = where the parsed source starts). */
export function fieldsOfMap(map: YAMLMap, doc: Document.Parsed, text: string, base: number, problems: Problem[]): RawField[] {
  const fields: RawField[] = [];
  for (const pair of map.items as Pair<Node | null, Node | null>[]) {
    const key = pair.key;
    if (!isScalar(key) || typeof key.value !== 'string' || !key.range) {
      const range = key?.range ?? map.range ?? [0, 0];
      problems.push({ code: 'invalid-key', message: 'field names must be plain strings', offset: base + range[0], length: range[1] - range[0] });
      continue;
    }
    const keyOffset = base + key.range[0];
    const colon = text.indexOf(':', base + key.range[1]);
    const valueNode = pair.value;
    let valueOffset = colon + 1;
    let valueEnd = colon + 1;
    let value: unknown = null;
    let block = false;
    if (valueNode && valueNode.range && !(isScalar(valueNode) && valueNode.value === null && valueNode.range[0] === valueNode.range[1])) {
      valueOffset = base + valueNode.range[0];
      valueEnd = base + valueNode.range[1];
      value = isScalar(valueNode) ? valueNode.value : valueNode.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
      block = !isScalar(valueNode) || valueNode.type === 'BLOCK_LITERAL' || valueNode.type === 'BLOCK_FOLDED';
    }
    if (!isPlainData(value)) {
      problems.push({ code: 'unsupported-value', message: `'${key.value}' holds a value a sidecar cannot keep (only strings, numbers, booleans, null, lists and maps)`, offset: valueOffset, length: valueEnd - valueOffset });
      continue;
    }
    // A value that ends with its line break (block scalars) ends on the line before.
    const lastChar = valueEnd > valueOffset && text.charCodeAt(valueEnd - 1) === 10 ? valueEnd - 1 : valueEnd;
    const lineEnd = lineEndFrom(text, Math.max(lastChar, valueOffset));
    const inline = !block && text.lastIndexOf('\n', valueEnd - 1) < keyOffset;
    fields.push({ key: key.value, value, keyOffset, valueOffset, valueEnd, inline, lineEnd });
  }
  return fields;
}

/** A node's offset in the file. */
export function nodeOffset(node: Node | null | undefined, base: number, fallback = 0): number {
  return node?.range ? base + node.range[0] : fallback;
}

export { isMap, isSeq, isScalar, isAlias };
