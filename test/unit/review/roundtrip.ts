// Checks that an export's offsets slice the same text out of the corpus again; shared by the
// core export tests and the CLI tests that read the exported files back from disk.
import { strict as assert } from 'node:assert';
import { EXPORT_COLUMNS, parseCsv } from '../../../src/core/review';

/** The body of an article of the corpus file named `file`. */
export type BodyOf = (file: string, article: string) => string;

/** text[start, end) counted in code points. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

/** Returns the number of rows that had offsets. */
export function checkJsonl(jsonl: string, bodyOf: BodyOf): number {
  const lines = jsonl.split('\n');
  assert.equal(lines.pop(), '', 'ends with a line break');
  let placed = 0;
  for (const line of lines) {
    const row = JSON.parse(line);
    assert.deepEqual(Object.keys(row), [...EXPORT_COLUMNS]);
    assert.ok(row.type === 'annotation' || row.type === 'quote');
    if (row.start === null) {
      assert.equal(row.anchor, 'orphaned');
      continue;
    }
    assert.equal(bodyOf(row.file, row.article).slice(row.start, row.end), row.text, line);
    placed++;
  }
  return placed;
}

export function checkCsv(csv: string, bodyOf: BodyOf): number {
  assert.ok(csv.endsWith('\r\n'), 'CRLF record ends');
  const [header, ...records] = parseCsv(csv);
  assert.deepEqual(header, [...EXPORT_COLUMNS]);
  let placed = 0;
  for (const record of records) {
    assert.equal(record.length, header.length);
    const row: Record<string, string> = Object.fromEntries(header.map((k, j) => [k, record[j]]));
    if (row.start === '') {
      assert.equal(row.anchor, 'orphaned');
      continue;
    }
    assert.equal(bodyOf(row.file, row.article).slice(Number(row.start), Number(row.end)), row.text);
    placed++;
  }
  return placed;
}

interface Selector { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }

export function checkW3c(json: string, bodyOf: BodyOf): number {
  const doc = JSON.parse(json);
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  assert.equal(doc.first.type, 'AnnotationPage');
  assert.equal(doc.total, doc.first.items.length);
  const ids = new Set<string>();
  let placed = 0;
  for (const item of doc.first.items) {
    assert.equal(item.type, 'Annotation');
    assert.ok(!ids.has(item.id), `duplicate id ${item.id}`);
    ids.add(item.id);
    assert.ok(Array.isArray(item.body) && item.body.every((b: { type: string }) => b.type === 'TextualBody'));
    const hash = item.target.source.lastIndexOf('#');
    const file = decodeURI(item.target.source.slice(0, hash));
    const article = decodeURIComponent(item.target.source.slice(hash + 1));
    const selectors: Selector[] = item.target.selector;
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    assert.ok(quote, 'every target has a TextQuoteSelector');
    if (!position) continue; // an orphan keeps only its saved quote
    const body = bodyOf(file, article);
    assert.equal(sliceCodePoints(body, position.start!, position.end!), quote.exact);
    assert.ok(sliceCodePoints(body, 0, position.start!).endsWith(quote.prefix!));
    assert.ok(sliceCodePoints(body, position.end!, Infinity).startsWith(quote.suffix!));
    placed++;
  }
  return placed;
}

/** One brat document; `conf` is the annotation.conf its types must be declared in. */
export function checkBrat(txt: string, ann: string, conf: string): number {
  const ids = new Set<string>();
  let spans = 0;
  for (const line of ann.split('\n').filter(Boolean)) {
    const [id, data, text] = line.split('\t');
    if (id.startsWith('T')) {
      const [type, ...offsets] = data.split(' ');
      const fragments = offsets.join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.equal(fragments.map(([s, e]) => sliceCodePoints(txt, s, e)).join(' '), text, line);
      assert.ok(new RegExp(`^${type}$`, 'm').test(conf), `type ${type} is declared in annotation.conf`);
      ids.add(id);
      spans++;
    } else {
      assert.match(id, /^[RA#]\d+$/);
      // Relations, attributes and notes refer only to spans defined above them.
      for (const ref of data.match(/\bT\d+\b/g) ?? []) assert.ok(ids.has(ref), line);
    }
  }
  return spans;
}
