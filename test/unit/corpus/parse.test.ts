// parseCorpus on each dialect of GUIDE §1 and on each problem it diagnoses, with exact ranges,
// lines and columns.
import assert from 'node:assert/strict';
import { parseCorpus, type Diagnostic, type ParsedCorpus } from '../../../src/core/corpus';
import { assertConsistent } from './consistency';
import { readFixture } from './fixtures';

/** [code, line, column] of every diagnostic, in order. */
const where = (c: ParsedCorpus): Array<[string, number, number]> => c.diagnostics.map((d) => [d.code, d.line, d.column]);
const only = (c: ParsedCorpus, code: string): Diagnostic[] => c.diagnostics.filter((d) => d.code === code);
const body = (c: ParsedCorpus, i: number): string => c.text.slice(c.articles[i].bodyStart, c.articles[i].bodyEnd);

describe('corpus/parseCorpus: dialects', () => {
  it('reads the standard form with attributes, in the order written', () => {
    const text = '<<<FILE a.txt source="TASS" date="2016-12-22" url="http://x/?a=1&b=2">>>\nfirst\n\n<<<FILE b.txt>>>\nsecond\n';
    const c = parseCorpus(text);
    assertConsistent(c);
    assert.deepEqual(c.diagnostics, []);
    assert.deepEqual(c.articles.map((a) => a.name), ['a.txt', 'b.txt']);
    const [a, b] = c.articles;
    assert.deepEqual(Object.entries(a.attributes), [['source', 'TASS'], ['date', '2016-12-22'], ['url', 'http://x/?a=1&b=2']]);
    assert.equal(a.dialect, 'standard');
    assert.deepEqual([a.headerStart, a.headerEnd, a.bodyStart, a.bodyEnd, a.end, a.headerLine], [0, 72, 73, 80, 80, 0]);
    assert.equal(body(c, 0), 'first\n\n');
    assert.deepEqual([b.headerLine, b.bodyStart, b.bodyEnd], [3, 97, 104]);
    assert.equal(body(c, 1), 'second\n');
    assert.equal(a.closeStart, undefined);
  });

  it('reads every dialect of the dialects fixture', () => {
    const c = parseCorpus(readFixture('dialects-all.corpus'));
    assertConsistent(c);
    assert.deepEqual(c.diagnostics, []);
    assert.deepEqual(c.articles.map((a) => [a.name, a.dialect, a.headerLine]), [
      ['std.txt', 'standard', 0],
      ['colon.txt', 'colon', 2],
      ['block.txt', 'block', 4],
      ['closed.txt', 'standard', 9],
      ['closed2.txt', 'standard', 12],
      ['nospace.txt', 'colon', 15],
    ]);
    assert.deepEqual(c.articles.map((_, i) => body(c, i)), ['std body\n', 'colon body\n', 'block body\nwith >>> inside a line\n', 'closed body\n', 'closed2 body\n', 'last\n']);
    assert.deepEqual(c.articles[2].attributes, { source: 'AP', date: '2019-05-14' });
    const closes = c.articles.map((a) => (a.closeStart === undefined ? null : c.text.slice(a.closeStart, a.closeEnd)));
    assert.deepEqual(closes, [null, null, '>>>', '<<<END FILE>>>', '<<<END>>>', null]);
    // Text after a closing line is outside every article: the next article starts at its header.
    const block = c.articles[2];
    assert.equal(c.text.slice(block.end, c.articles[3].headerStart), 'between, outside any article\n');
  });

  it('ends the body at a closing line and the article after its line break', () => {
    const c = parseCorpus('<<<FILE a>>>\nx\n<<<END>>>\ngap\n<<<FILE b>>>\ny');
    assert.deepEqual([c.articles[0].bodyEnd, c.articles[0].closeStart, c.articles[0].closeEnd, c.articles[0].end], [15, 15, 24, 25]);
    assert.equal(c.articles[1].bodyEnd, c.text.length);
    assert.equal(body(c, 1), 'y');
  });

  it('treats `>>>` as text in a standard article and as the close of a block article only', () => {
    const c = parseCorpus('<<<FILE a>>>\n>>>\n<<<FILE b\n>>>  \nafter\n');
    assert.equal(body(c, 0), '>>>\n');
    assert.equal(body(c, 1), '');
    assert.equal(c.text.slice(c.articles[1].closeStart, c.articles[1].closeEnd), '>>>  ');
    assert.deepEqual(c.diagnostics, []);
  });

  it('accepts blanks after the marker and before the line break', () => {
    const c = parseCorpus('<<<FILE   a.txt   k="v"   >>>  \t\nbody');
    assert.deepEqual([c.articles[0].name, c.articles[0].attributes, c.articles[0].dialect], ['a.txt', { k: 'v' }, 'standard']);
    assert.equal(c.articles[0].headerEnd, c.text.indexOf('\n'));
  });

  it('starts the body after a \\r\\n or a lone \\r', () => {
    const crlf = parseCorpus('<<<FILE a>>>\r\nline 1\r\nline 2\r\n<<<FILE b>>>\r\nx');
    assertConsistent(crlf);
    assert.deepEqual(crlf.diagnostics, []);
    assert.deepEqual([crlf.articles[0].headerEnd, crlf.articles[0].bodyStart], [12, 14]);
    assert.equal(body(crlf, 0), 'line 1\r\nline 2\r\n');
    assert.equal(crlf.articles[1].headerLine, 3);
    const cr = parseCorpus('<<<FILE a>>>\rx\r<<<FILE b>>>\ry');
    assert.deepEqual(cr.articles.map((a) => [a.name, a.headerLine, a.bodyStart]), [['a', 0, 13], ['b', 2, 28]]);
  });

  it('reads a header on the last line with no line break as an empty article', () => {
    const c = parseCorpus('<<<FILE a>>>\nx\n<<<FILE b>>>');
    assert.deepEqual([c.articles[1].headerEnd, c.articles[1].bodyStart, c.articles[1].bodyEnd], [27, 27, 27]);
  });

  it('keeps `__proto__` and other odd keys as plain data', () => {
    const c = parseCorpus('<<<FILE a __proto__="x" constructor="y" og:title="t" pub-date="2020-01-02">>>\n');
    const attrs = c.articles[0].attributes;
    assert.equal(Object.getPrototypeOf(attrs), Object.prototype);
    assert.deepEqual(Object.keys(attrs), ['__proto__', 'constructor', 'og:title', 'pub-date']);
    assert.equal(attrs['__proto__'], 'x');
  });

  it('parses the empty text and whitespace-only text without diagnostics', () => {
    for (const text of ['', '\n', '  \r\n\t\r\n', ' \n\t\n']) {
      const c = parseCorpus(text);
      assert.deepEqual([c.articles, c.diagnostics], [[], []], JSON.stringify(text));
    }
  });
});

describe('corpus/parseCorpus: diagnostics', () => {
  it('reports every problem of the malformed fixture at its line and column', () => {
    const c = parseCorpus(readFixture('malformed.corpus'));
    assertConsistent(c);
    assert.deepEqual(where(c), [
      ['text-before-first-header', 0, 0],
      ['header-not-at-line-start', 3, 26],
      ['malformed-header', 4, 0],
      ['malformed-header', 5, 0],
      ['stray-close', 8, 0],
      ['duplicate-name', 9, 8],
      ['empty-name', 11, 0],
      ['malformed-attributes', 13, 22],
      ['duplicate-attribute', 15, 27],
      ['malformed-close', 17, 0],
      ['unterminated-block', 18, 0],
    ]);
    assert.deepEqual(c.articles.map((a) => a.name), ['good-1.txt', 'good-1.txt', '', 'bad-attrs.txt', 'dup-attr.txt', 'block.txt', 'last.txt']);
    const severities = Object.fromEntries(c.diagnostics.map((d) => [d.code, d.severity]));
    assert.equal(severities['duplicate-name'], 'error');
    assert.equal(severities['empty-name'], 'error');
    assert.equal(severities['unterminated-block'], 'error');
    assert.equal(severities['text-before-first-header'], 'warning');
    // Lengths cover the offending text.
    const text = c.text;
    const span = (code: string): string => {
      const d = only(c, code)[0];
      return text.slice(d.offset, d.offset + d.length);
    };
    assert.equal(span('text-before-first-header'), 'Stray preface text before any header.');
    assert.equal(span('header-not-at-line-start'), '<<<FILE');
    assert.equal(span('duplicate-name'), 'good-1.txt');
    assert.equal(span('malformed-attributes'), 'source=TASS');
    assert.equal(span('duplicate-attribute'), 'a="2"');
    assert.equal(span('unterminated-block'), '<<<FILE block.txt');
    // The malformed lines are body text of the article they sit in.
    assert.ok(body(c, 0).includes('<<<FILES not-a-header.txt>>>\n<<<file lower.txt>>>\n'));
    assert.equal(c.articles[1].attributes['source'], undefined);
    assert.deepEqual(c.articles[4].attributes, { a: '1' });
    assert.deepEqual(c.articles[3].attributes, {});
  });

  it('ignores a whitespace-only preamble but reports one with text', () => {
    assert.deepEqual(parseCorpus('\n  \n\t\n<<<FILE a>>>\n').diagnostics, []);
    const c = parseCorpus('\n  junk  \n\n<<<FILE a>>>\n');
    assert.deepEqual(where(c), [['text-before-first-header', 1, 2]]);
    assert.equal(c.diagnostics[0].length, 4);
    assert.deepEqual(where(parseCorpus('no header at all')), [['text-before-first-header', 0, 0]]);
  });

  it('reports a BOM and counts it as column 0 of the first line', () => {
    const c = parseCorpus('\uFEFF<<<FILE a>>>\nbody\n');
    assertConsistent(c);
    assert.deepEqual(where(c), [['bom', 0, 0]]);
    assert.equal(c.diagnostics[0].severity, 'info');
    assert.deepEqual([c.articles[0].name, c.articles[0].headerStart, c.articles[0].bodyStart], ['a', 1, 14]);
    assert.deepEqual(where(parseCorpus('\uFEFFjunk\n<<<FILE a>>>\n')), [['bom', 0, 0], ['text-before-first-header', 0, 1]]);
  });

  it('reports mixed line endings once, at the first break unlike the first line\'s', () => {
    const c = parseCorpus('<<<FILE a>>>\r\none\r\ntwo\nthree\n<<<FILE b>>>\r\n');
    assertConsistent(c);
    assert.deepEqual(where(c), [['mixed-line-endings', 2, 3]]);
    assert.equal(c.diagnostics[0].length, 1);
    assert.match(c.diagnostics[0].message, /ends with LF.*first line ends with CRLF.*CRLF ×3, LF ×2/);
    assert.deepEqual(where(parseCorpus('a\rb\n')).map((w) => w[0]), ['text-before-first-header', 'mixed-line-endings']);
    assert.deepEqual(parseCorpus('<<<FILE a>>>\r\nx\r\n').diagnostics, []);
  });

  it('reports an empty name in every spelling, and never as a duplicate', () => {
    for (const header of ['<<<FILE>>>', '<<<FILE >>>', '<<<FILE:>>>', '<<<FILE: >>>', '<<<FILE k="v">>>']) {
      const c = parseCorpus(`${header}\nx\n${header}\ny\n`);
      assert.deepEqual(where(c).map((w) => w[0]), ['empty-name', 'empty-name'], header);
      assert.deepEqual(c.articles.map((a) => a.name), ['', ''], header);
    }
    assert.deepEqual(parseCorpus('<<<FILE k="v">>>\n').articles[0].attributes, { k: 'v' });
  });

  it('reports an unterminated block at its header, closed by the next header or EOF', () => {
    const c = parseCorpus('<<<FILE a\none\n<<<FILE b\ntwo\n');
    assert.deepEqual(where(c), [['unterminated-block', 0, 0], ['unterminated-block', 2, 0]]);
    assert.equal(body(c, 0), 'one\n');
    assert.equal(body(c, 1), 'two\n');
  });

  it('reports `<<<FILE` away from a line start, also indented, also several on a line', () => {
    const c = parseCorpus('<<<FILE a>>>\n  <<<FILE b>>>\nsee <<<FILE c>>> and <<<FILE d>>>\n');
    assert.deepEqual(where(c), [['header-not-at-line-start', 1, 2], ['header-not-at-line-start', 2, 4], ['header-not-at-line-start', 2, 21]]);
    assert.equal(c.articles.length, 1);
  });

  it('reports a closing line outside any article', () => {
    assert.deepEqual(where(parseCorpus('<<<END>>>\n<<<FILE a>>>\n<<<END FILE>>>\n<<<END FILE>>>\n')), [
      ['text-before-first-header', 0, 0], ['stray-close', 0, 0], ['stray-close', 3, 0],
    ]);
  });

  it('reports malformed headers and closing lines and reads them as text', () => {
    const c = parseCorpus('<<<FILE a>>>\n<<<FILEb>>>\n<<<File c>>>\n<<<END FILE >>>x\n<<<end>>>\nrest\n');
    assert.deepEqual(where(c), [['malformed-header', 1, 0], ['malformed-header', 2, 0], ['malformed-close', 3, 0], ['malformed-close', 4, 0]]);
    assert.equal(c.articles.length, 1);
    assert.ok(body(c, 0).endsWith('rest\n'));
  });

  it('reports duplicate names on the later articles only', () => {
    const c = parseCorpus('<<<FILE x>>>\n<<<FILE y>>>\n<<<FILE x>>>\n<<<FILE: x>>>\n');
    assert.deepEqual(where(c), [['duplicate-name', 2, 8], ['duplicate-name', 3, 9]]);
  });

  it('orders diagnostics by offset', () => {
    const c = parseCorpus(readFixture('malformed.corpus'));
    const offsets = c.diagnostics.map((d) => d.offset);
    assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
  });
});
