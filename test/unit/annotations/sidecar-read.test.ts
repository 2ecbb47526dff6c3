// parseSidecar: the fixture, every scalar style and layout, every error with its line and
// column, hostile input (alias bombs, __proto__, huge files, random text), and the fast
// reader agreeing with the `yaml` package on generated files.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parseSidecar, type Annotation } from '../../../src/core/annotations';
import { renderScalar } from '../../../src/core/annotations/yaml-scalar';
import { YAML_OPTIONS } from '../../../src/core/annotations/sidecar-yaml';
import { errorsOf, read, readFixture } from './helpers';

const HEAD = 'version: 1\nannotations:\n';
const ENTRY = '  - id: a1b2c3\n    article: a.txt\n    label: claim\n    quote: hello\n    start: 4\n';

describe('annotations/parseSidecar: reading', () => {
  it('reads the seeds fixture: fields, comments skipped, timestamps as strings, extras in order', () => {
    const sidecar = read(readFixture('seeds.corpus.annotations.yaml'));
    assert.equal(sidecar.annotations.length, 8);
    const denial = sidecar.annotations.find((a) => a.label === 'denial' && a.speaker === 'Moscow')!;
    assert.deepEqual({ ...denial }, {
      id: 'a2zpie',
      article: '000_88a625c4827ab9bc.txt',
      label: 'denial',
      quote: 'Moscow has repeatedly denied these allegations',
      prefix: ' in "malicious" cyber attacks.\n\n',
      suffix: ' and blamed Washington for inter',
      start: 2085,
      speaker: 'Moscow',
      note: 'Repeated in every Kremlin briefing since 2016.',
      author: 'jdoe',
      created: '2026-11-22T10:00:00Z',
    });
    const accusation = sidecar.annotations.find((a) => a.id === 'hz8v65')!;
    assert.deepEqual(Object.entries(accusation.extra!), [['verdict', 'unverified'], ['reviewed_by', 'jdoe']]);
    assert.deepEqual(sidecar.positionOf('a2zpie'), { line: 14, column: 2 });
    assert.deepEqual(sidecar.positionOf('a2zpie', 'start'), { line: 20, column: 4 });
    assert.equal(sidecar.positionOf('nope'), undefined);
  });

  it('reads every scalar style, including ones only the yaml package reads', () => {
    const text = [
      '%YAML 1.2', '---', '# header comment', 'version: 1', 'annotations:',
      '- id: "a1"   # indentless list, quoted id', '  article: \'it\'\'s.txt\'', '  label: claim',
      '  quote: |', '    two', '    lines', '  prefix: "tab\\there \\u00e9 \\x41 \\U0001F600"', '  suffix: plain#hash #a comment', '  start: 0x10',
      '  note: a long', '    folded note', '  sources: [tv, {name: print}]', '  nested:', '    deeper: true',
      '- id: a2', '  article: b', '  label: x', '  quote: q', '  start: 1.0e1', '  empty:', '',
    ].join('\n');
    const [a, b] = read(text).annotations;
    assert.equal(a.id, 'a1');
    assert.equal(a.article, "it's.txt");
    assert.equal(a.quote, 'two\nlines\n');
    assert.equal(a.prefix, 'tab\there é A 😀');
    assert.equal(a.suffix, 'plain#hash');
    assert.equal(a.start, 16);
    assert.equal(a.note, 'a long folded note');
    assert.deepEqual(a.extra, Object.assign(Object.create(null), { sources: ['tv', { name: 'print' }], nested: { deeper: true } }));
    assert.equal(b.start, 10);
    assert.deepEqual({ ...b.extra }, { empty: null });
    assert.equal(b.prefix, '');
  });

  it('reads flow-style lists and other layouts through the yaml package', () => {
    const flow = read('version: 1\nannotations: [{id: a, article: b, label: c, quote: d, start: 0}]\n');
    assert.equal(flow.annotations[0].quote, 'd');
    const after = read(`annotations:\n${ENTRY}version: 1\n`);
    assert.equal(after.annotations[0].id, 'a1b2c3');
    const crlf = read(`${HEAD}${ENTRY}`.replace(/\n/g, '\r\n'));
    assert.equal(crlf.annotations[0].quote, 'hello');
    const bom = read(`\ufeff${HEAD}${ENTRY}`);
    assert.equal(bom.annotations.length, 1);
  });

  it('reads an empty sidecar in each spelling', () => {
    for (const text of ['version: 1\nannotations: []\n', 'version: 1\nannotations:\n', 'version: 1\n', '# c\nversion: 1\nannotations: [] # none yet\n']) {
      assert.deepEqual(read(text).annotations, [], text);
    }
  });
});

describe('annotations/parseSidecar: errors with line and column', () => {
  it('reports YAML syntax errors', () => {
    const errors = errorsOf(`${HEAD}  - id: a\n    quote: "unclosed\n`);
    assert.equal(errors[0][0], 'yaml-syntax');
    assert.deepEqual(errorsOf('version: 1\nannotations:\n  - id: a\n    id: b\n')[0], ['yaml-syntax', 3, 4]);
    assert.deepEqual(errorsOf('version: 1\nversion: 2\n')[0].slice(0, 2), ['yaml-syntax', 1]);
  });

  it('reports wrong types at the value', () => {
    const entry = (field: string) => `${HEAD}  - id: a\n    article: b\n    label: c\n    quote: d\n    start: 1\n${field}`;
    assert.deepEqual(errorsOf(`${HEAD}  - id: a\n    article: b\n    label: c\n    quote: d\n    start: "12"\n`), [['wrong-type', 6, 11]]);
    assert.deepEqual(errorsOf(`${HEAD}  - id: a\n    article: b\n    label: c\n    quote: d\n    start: 1.5\n`), [['wrong-type', 6, 11]]);
    assert.deepEqual(errorsOf(`${HEAD}  - id: a\n    article: b\n    label: c\n    quote: d\n    start: -1\n`), [['wrong-type', 6, 11]]);
    assert.deepEqual(errorsOf(`${HEAD}  - id: a\n    article: b\n    label: 5\n    quote: d\n    start: 1\n`), [['wrong-type', 4, 11]]);
    assert.deepEqual(errorsOf(entry('    note: [a]\n')), [['wrong-type', 7, 10]]);
    assert.deepEqual(errorsOf(entry('    created: 2026-11-22\n'.replace('2026-11-22', 'true'))), [['wrong-type', 7, 13]]);
    const result = parseSidecar(`${HEAD}  - id: 001234\n    article: b\n    label: c\n    quote: d\n    start: 1\n`);
    assert.ok(!result.ok && /quote it: "1234"/.test(result.errors[0].message));
  });

  it('reports missing and empty fields at the entry', () => {
    assert.deepEqual(errorsOf(`${HEAD}  - id: a\n    article: b\n    quote: d\n    start: 1\n`), [['missing-field', 2, 2]]);
    assert.deepEqual(errorsOf(`${HEAD}  - id: a\n    article: b\n    label: c\n    quote: d\n`), [['missing-field', 2, 2]]);
    assert.deepEqual(errorsOf(`${HEAD}  - id: a\n    article: b\n    label: c\n    quote: ""\n    start: 1\n`), [['empty-field', 5, 11]]);
  });

  it('reports duplicate ids at the second one, naming the first', () => {
    const text = `${HEAD}${ENTRY}${ENTRY}`;
    assert.deepEqual(errorsOf(text), [['duplicate-id', 7, 8]]);
    const result = parseSidecar(text);
    assert.ok(!result.ok && result.errors[0].message.includes('first on line 3'));
  });

  it('reports a missing or unknown version, and misshapen files', () => {
    assert.deepEqual(errorsOf(`annotations: []\n`), [['missing-version', 0, 0]]);
    assert.deepEqual(errorsOf(`# c\nversion: 2\nannotations: []\n`), [['unsupported-version', 1, 9]]);
    assert.deepEqual(errorsOf(`version: "1"\nannotations: []\n`), [['unsupported-version', 0, 9]]);
    assert.deepEqual(errorsOf(`version: 1\nannotations: nope\n`), [['annotations-not-a-list', 1, 13]]);
    assert.deepEqual(errorsOf(`version: 1\nannotations:\n  - just text\n`), [['entry-not-a-mapping', 2, 2]]);
    assert.deepEqual(errorsOf(`- a\n- b\n`), [['not-a-mapping', 0, 0]]);
    assert.deepEqual(errorsOf(''), [['missing-version', 0, 0]]);
  });

  it('refuses files over the size limit before parsing', () => {
    assert.deepEqual(errorsOf(`${HEAD}${ENTRY}`.padEnd(25 * 1024 * 1024, '#')), [['too-large', 0, 0]]);
    const small = parseSidecar(`${HEAD}${ENTRY}`, { maxLength: 10 });
    assert.ok(!small.ok && small.errors[0].code === 'too-large');
  });

  it('refuses an alias bomb quickly, without expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) levels.push(`${'bcdefghij'[i - 1]}: &${'bcdefghij'[i - 1]} [${Array(9).fill(`*${i === 1 ? 'a' : 'bcdefghij'[i - 2]}`).join(',')}]`);
    const bomb = `version: 1\n${levels.join('\n')}\nannotations: []\n`;
    const started = performance.now();
    const errors = errorsOf(bomb);
    assert.ok(performance.now() - started < 500, 'took too long');
    assert.equal(errors[0][0], 'yaml-alias');
    assert.equal(errors[0][1], 2);
    const inEntry = errorsOf(`${HEAD}  - &x id: a\n    article: *x\n    label: c\n    quote: d\n    start: 1\n`);
    assert.deepEqual(inEntry[0], ['yaml-alias', 3, 13]);
  });

  it('treats __proto__ and other special keys as plain data', () => {
    const text = `__proto__: {polluted: 1}\nversion: 1\nannotations:\n  - id: a\n    article: b\n    label: c\n    quote: d\n    start: 1\n    __proto__: polluted\n    constructor: x\n    toString: y\n  - id: b\n    article: b\n    label: c\n    quote: d\n    start: 2\n    meta: {__proto__: {isAdmin: true}}\n`;
    const [a, b] = read(text).annotations;
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
    assert.deepEqual(Object.keys(a.extra!), ['__proto__', 'constructor', 'toString']);
    assert.equal(a.extra!['__proto__'], 'polluted');
    assert.equal(Object.getPrototypeOf(a.extra), null);
    const meta = b.extra!.meta as Record<string, unknown>;
    assert.ok(Object.prototype.hasOwnProperty.call(meta, '__proto__'));
    assert.equal((meta as { isAdmin?: boolean }).isAdmin, undefined);
  });

  it('never throws, and places every error inside the text, on random and mutated input', () => {
    const fixture = readFixture('seeds.corpus.annotations.yaml');
    const check = (text: string) => {
      const result = parseSidecar(text);
      if (result.ok) return;
      const lines = text.split(/\r\n|\r|\n/).length;
      for (const e of result.errors) assert.ok(e.line >= 0 && e.line < lines && e.column >= 0, JSON.stringify(e));
    };
    fc.assert(fc.property(fc.string({ maxLength: 200 }), check), { numRuns: 1000 });
    fc.assert(fc.property(fc.integer({ min: 0, max: fixture.length }), fc.integer({ min: 0, max: 20 }), fc.string({ maxLength: 8 }),
      (at, removed, inserted) => check(fixture.slice(0, at) + inserted + fixture.slice(at + removed))), { numRuns: 1000 });
  });
});

// Files generated the way people might write them: any quoting style, comments, blank lines,
// indentation; parseSidecar must read exactly what `yaml` reads.
const text = fc.array(fc.constantFrom('a', 'B', ' ', ':', '#', '"', "'", '\\', '\n', '-', '1', 'é', '😀', '\t', 'true', '[', '{'), { maxLength: 10 }).map((p) => p.join(''));
const style = (s: string) => fc.constantFrom(
  renderScalar(s),
  JSON.stringify(s),
  // eslint-disable-next-line no-control-regex
  /[\n\r\t\u0000-\u001f]/.test(s) ? JSON.stringify(s) : `'${s.replace(/'/g, "''")}'`,
);
const comment = fc.constantFrom('', '', '  # note', ' #x');
const between = fc.constantFrom('', '', '\n', '  # about the next one\n', '# column 0\n', '      # deep\n');
const generatedEntry = fc.record({ id: fc.stringMatching(/^[a-z][0-9a-z]{5}$/), quote: text.filter((s) => s !== ''), prefix: text, start: fc.nat(100000), note: fc.option(text), extra: fc.option(text) })
  .chain((e) => fc.tuple(fc.constant(e), style(e.quote), style(e.prefix), e.note === null ? fc.constant('') : style(e.note), e.extra === null ? fc.constant('') : style(e.extra), comment, between));

describe('annotations/parseSidecar: fast reader agrees with yaml', () => {
  it('reads generated files as yaml does', () => {
    fc.assert(fc.property(fc.constantFrom(0, 2, 4), fc.constantFrom(1, 1, 3), fc.array(generatedEntry, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'),
      (dash, gap, entries, eol) => {
        const seen = new Set<string>();
        const unique = entries.filter(([e]) => !seen.has(e.id) && seen.add(e.id));
        const keyPad = ' '.repeat(dash + 1 + gap);
        let body = '# top\nversion: 1\nannotations:\n';
        for (const [e, quote, prefix, note, extra, trailing, before] of unique) {
          body += before + `${' '.repeat(dash)}-${' '.repeat(gap)}id: ${e.id}${trailing}\n`;
          body += `${keyPad}article: a.txt\n${keyPad}label: claim\n${keyPad}quote: ${quote}\n${keyPad}prefix: ${prefix}${trailing}\n${keyPad}start: ${e.start}\n`;
          if (note) body += `${keyPad}note: ${note}\n`;
          if (extra) body += `${keyPad}x-extra: ${extra}\n`;
        }
        const file = body.replace(/\n/g, eol);
        const result = parseSidecar(file);
        const expected = parse(file, YAML_OPTIONS) as { annotations: Record<string, unknown>[] | null };
        assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
        const got = result.sidecar.annotations.map((a: Annotation) => ({ ...a, extra: a.extra ? { ...a.extra } : undefined }));
        const want = (expected.annotations ?? []).map((e) => {
          const { id, article, label, quote, prefix, start, note, ...rest } = e;
          const a: Record<string, unknown> = { id, article, label, quote, prefix, suffix: '', start };
          if (note !== undefined) a.note = note;
          a.extra = Object.keys(rest).length ? rest : undefined;
          return a;
        });
        assert.deepEqual(got, want);
        assert.deepEqual(got.map((a) => a.quote), unique.map(([e]) => e.quote));
      }), { numRuns: 800 });
  });
});
