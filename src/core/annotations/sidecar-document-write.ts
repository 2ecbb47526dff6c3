// The writer for sidecars laid out in ways the splicing writer does not handle (flow lists with
// entries, content after the list, a lone CR...): edit the yaml Document in place (nodes keep
// their comments and styles) and print it. Untouched entries may be reformatted slightly by
// `yaml`; what they hold never changes, which the save check verifies.
import { Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Annotation } from './types';
import { fieldsOf, sameValue } from './fields';
import { isPlainSafe } from './yaml-scalar';
import { YAML_OPTIONS } from './sidecar-yaml';
import { SIDECAR_VERSION } from './sidecar-validate';

function valueNode(doc: Document, value: unknown): Node {
  if (typeof value === 'string') {
    const scalar = new Scalar(value);
    // Same choice as the splicing writer: plain when safe, else one double-quoted line.
    if (!isPlainSafe(value)) scalar.type = 'QUOTE_DOUBLE';
    return scalar;
  }
  return doc.createNode(value) as Node;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

function updateEntry(doc: Document, map: YAMLMap, annotation: Annotation): void {
  const wanted = fieldsOf(annotation);
  const wantedKeys = new Set(wanted.map(([key]) => key));
  map.items = (map.items as Pair[]).filter((pair) => wantedKeys.has(keyOf(pair) ?? ''));
  let insertAt = 0;
  for (const [key, value] of wanted) {
    const index = (map.items as Pair[]).findIndex((pair) => keyOf(pair) === key);
    if (index === -1) {
      if ((key === 'prefix' || key === 'suffix') && value === '') continue;
      map.items.splice(insertAt, 0, new Pair(new Scalar(key), valueNode(doc, value)));
      insertAt++;
      continue;
    }
    insertAt = index + 1;
    const pair = (map.items as Pair<unknown, Node | null>[])[index];
    const current = pair.value;
    const currentValue = isScalar(current) ? current.value : current?.toJS(doc);
    if (sameValue(currentValue ?? null, value)) continue;
    if (isScalar(current) && (value === null || typeof value !== 'object')) {
      current.value = value;
      if (typeof value === 'string' && !isPlainSafe(value) && current.type !== 'BLOCK_LITERAL') current.type = 'QUOTE_DOUBLE';
    } else {
      pair.value = valueNode(doc, value);
    }
  }
}

function newEntry(doc: Document, annotation: Annotation): YAMLMap {
  const map = new YAMLMap();
  for (const [key, value] of fieldsOf(annotation)) map.items.push(new Pair(new Scalar(key), valueNode(doc, value)));
  return map;
}

/** The text of `text` (a sidecar that parsed) rewritten to hold `sorted`, in that order. */
export function rewriteDocument(text: string, sorted: readonly Annotation[]): string {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({ version: SIDECAR_VERSION }) as never;
  const root = doc.contents as unknown as YAMLMap;
  const found: unknown = root.get('annotations', true);
  let seq: YAMLSeq;
  if (isSeq(found)) {
    seq = found;
  } else {
    seq = new YAMLSeq();
    root.set('annotations', seq);
  }
  const byId = new Map<string, YAMLMap>();
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    if (typeof id === 'string') byId.set(id, item);
  }
  seq.items = sorted.map((annotation) => {
    const existing = byId.get(annotation.id);
    if (!existing) return newEntry(doc, annotation);
    updateEntry(doc, existing, annotation);
    return existing;
  });
  // An empty list reads best as `[]`; a list that gains entries leaves flow style.
  if (seq.items.length === 0) seq.flow = true;
  else if (seq.flow && byId.size === 0) seq.flow = false;
  return doc.toString({ lineWidth: 0, doubleQuotedAsJSON: true, singleQuote: false });
}
