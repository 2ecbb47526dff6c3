// applyEdit / applyEdits on the cases an editor produces, each checked against a full parse.
import assert from 'node:assert/strict';
import { applyEdit, applyEdits, parseCorpus, type IncrementalResult, type ParsedCorpus, type TextEdit } from '../../../src/core/corpus';
import { buildBenchCorpus } from '../../../bench/corpus-builder';
import { assertConsistent } from './consistency';
import { applyToText } from './arbitraries';
import { readFixture } from './fixtures';

/** Applies edit to corpus and asserts the result equals a full parse of the edited text. */
function edit(corpus: ParsedCorpus, e: TextEdit): IncrementalResult {
  const text = applyToText(corpus.text, e);
  const result = applyEdit(corpus, e);
  assert.equal(result.corpus.text, text);
  assert.deepEqual(result.corpus, parseCorpus(text));
  return result;
}

const at = (c: ParsedCorpus, needle: string): number => {
  const i = c.text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i;
};

describe('corpus/applyEdit', () => {
  const seeds = readFixture('seeds.corpus');

  it('a keystroke in a body changes that article only and shifts the later ones in place', () => {
    const corpus = parseCorpus(seeds);
    const later = corpus.articles[3];
    const laterStart = later.headerStart;
    const r = edit(corpus, { offset: at(corpus, 'Kremlin ready'), removed: 0, inserted: 'X' });
    assert.deepEqual(r.changed, ['002_159676f630bb4c25.txt']);
    assert.deepEqual(r.removed, []);
    assert.equal(r.corpus.articles[3], later, 'the same object, updated');
    assert.equal(later.headerStart, laterStart + 1);
    assert.ok(r.rescanned!.end - r.rescanned!.start < 5000);
  });

  it('a new line moves the header lines of later articles', () => {
    const corpus = parseCorpus(seeds);
    const r = edit(corpus, { offset: at(corpus, 'Off the wire'), removed: 0, inserted: '\n\n' });
    assert.deepEqual(r.corpus.articles.map((a) => a.headerLine), [0, 26, 59, 88, 122]);
  });

  it('breaking a header merges two articles; restoring it splits them again', () => {
    let corpus = parseCorpus(seeds);
    const header = at(corpus, '<<<FILE 001');
    let r = edit(corpus, { offset: header, removed: 1, inserted: '' });
    assert.deepEqual(r.removed, ['001_b95ea068836629e5.txt']);
    assert.deepEqual(r.changed, ['000_88a625c4827ab9bc.txt']);
    assert.deepEqual(r.corpus.diagnostics, [], '"<<FILE" is plain text');
    corpus = r.corpus;
    r = edit(corpus, { offset: header, removed: 0, inserted: '<' });
    assert.deepEqual(r.changed.sort(), ['000_88a625c4827ab9bc.txt', '001_b95ea068836629e5.txt']);
    assert.deepEqual(r.corpus.diagnostics, []);
  });

  it('typing a header creates an article; joining lines can remove one', () => {
    let corpus = parseCorpus('<<<FILE a>>>\none\ntwo\n');
    let r = edit(corpus, { offset: 17, removed: 0, inserted: '<<<FILE b>>>\n' });
    assert.deepEqual(r.changed.sort(), ['a', 'b']);
    corpus = r.corpus;
    r = edit(corpus, { offset: 16, removed: 1, inserted: '' }); // join "one" and the header line
    assert.deepEqual(r.removed, ['b']);
  });

  it('renaming an article updates duplicate-name diagnostics outside the edited region', () => {
    let corpus = parseCorpus('<<<FILE a>>>\nx\n<<<FILE b>>>\ny\n<<<FILE c>>>\nz\n<<<FILE b>>>\nw\n');
    assert.deepEqual(corpus.diagnostics.map((d) => [d.code, d.line]), [['duplicate-name', 6]]);
    let r = edit(corpus, { offset: 23, removed: 1, inserted: 'q' }); // first b -> q
    assert.deepEqual(r.corpus.diagnostics, []);
    corpus = r.corpus;
    r = edit(corpus, { offset: 8, removed: 1, inserted: 'c' }); // a -> c: the later c becomes the duplicate
    assert.deepEqual(r.corpus.diagnostics.map((d) => [d.code, d.line]), [['duplicate-name', 4]]);
    assert.deepEqual(r.removed, ['a']);
  });

  it('splitting a \\r\\n or adding a BOM updates the whole-file diagnostics', () => {
    let corpus = parseCorpus('<<<FILE a>>>\r\none\r\n<<<FILE b>>>\r\ntwo\r\n');
    let r = edit(corpus, { offset: 18, removed: 0, inserted: 'x' }); // between \r and \n
    assert.deepEqual(r.corpus.diagnostics.map((d) => d.code), ['mixed-line-endings']);
    corpus = r.corpus;
    r = edit(corpus, { offset: 18, removed: 1, inserted: '' });
    assert.deepEqual(r.corpus.diagnostics, []);
    corpus = r.corpus;
    r = edit(corpus, { offset: 0, removed: 0, inserted: '\uFEFF' });
    assert.deepEqual(r.corpus.diagnostics.map((d) => d.code), ['bom']);
    r = edit(r.corpus, { offset: 0, removed: 0, inserted: 'x' }); // the BOM is no longer first
    assert.deepEqual(r.corpus.diagnostics.map((d) => d.code), ['text-before-first-header', 'header-not-at-line-start']);
  });

  it('closing and unclosing a block article', () => {
    let corpus = parseCorpus('<<<FILE a\nbody\n<<<FILE b>>>\nx\n');
    assert.deepEqual(corpus.diagnostics.map((d) => d.code), ['unterminated-block']);
    const r = edit(corpus, { offset: 15, removed: 0, inserted: '>>>\n' });
    assert.deepEqual(r.corpus.diagnostics, []);
    corpus = edit(r.corpus, { offset: 15, removed: 3, inserted: '' }).corpus;
    assert.deepEqual(corpus.diagnostics.map((d) => d.code), ['unterminated-block']);
  });

  it('clamps out-of-range edits, returns the same corpus for an empty one', () => {
    const corpus = parseCorpus('<<<FILE a>>>\nx');
    assert.equal(applyEdit(corpus, { offset: 5, removed: 0, inserted: '' }).corpus, corpus);
    const r = applyEdit(corpus, { offset: 999, removed: 5, inserted: 'y' });
    assert.equal(r.corpus.text, '<<<FILE a>>>\nxy');
    assert.deepEqual(applyEdit(r.corpus, { offset: -4, removed: Number.NaN, inserted: 'z' }).corpus, parseCorpus('z<<<FILE a>>>\nxy'));
  });

  it('still works, by a full parse, when given a corpus it already consumed or did not make', () => {
    const corpus = parseCorpus('<<<FILE a>>>\nx\n<<<FILE b>>>\ny\n');
    const first = applyEdit(corpus, { offset: 14, removed: 0, inserted: 'Q' });
    const again = applyEdit(corpus, { offset: 14, removed: 0, inserted: 'R' });
    assert.deepEqual(again.corpus, parseCorpus('<<<FILE a>>>\nxR\n<<<FILE b>>>\ny\n'));
    assert.deepEqual(first.corpus.text, '<<<FILE a>>>\nxQ\n<<<FILE b>>>\ny\n');
    const plain: ParsedCorpus = JSON.parse(JSON.stringify(parseCorpus('<<<FILE a>>>\n')));
    assert.deepEqual(applyEdit(plain, { offset: 13, removed: 0, inserted: 'x' }).corpus, parseCorpus('<<<FILE a>>>\nx'));
  });

  it('pastes and deletes thousands of articles at once', () => {
    const many = Array.from({ length: 6000 }, (_, i) => `<<<FILE p${i}>>>\nbody ${i}\n`).join('');
    let corpus = parseCorpus(seeds);
    let r = edit(corpus, { offset: at(corpus, '<<<FILE 002'), removed: 0, inserted: many });
    assert.equal(r.corpus.articles.length, 6005);
    assert.equal(r.changed.length, 6000, 'the new articles; the neighbours kept their text');
    corpus = r.corpus;
    r = edit(corpus, { offset: at(corpus, '<<<FILE p0>'), removed: many.length, inserted: '' });
    assert.equal(r.removed.length, 6000);
    assertConsistent(r.corpus);
  });

  it('stays exact over thousands of keystrokes (through text compaction)', () => {
    let corpus = parseCorpus(buildBenchCorpus(200_000));
    let x = 7;
    for (let i = 0; i < 5000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      const offset = x % (corpus.text.length + 1);
      corpus = applyEdit(corpus, i % 3 === 2 ? { offset, removed: 1, inserted: '' } : { offset, removed: 0, inserted: i % 50 === 0 ? '\n' : 'k' }).corpus;
    }
    assert.deepEqual(corpus, parseCorpus(corpus.text));
  });

  it('re-scans a few kilobytes for a keystroke in a 5 MB corpus', () => {
    let corpus = parseCorpus(buildBenchCorpus(5_000_000));
    for (const fraction of [0.1, 0.5, 0.9]) {
      const r = applyEdit(corpus, { offset: Math.floor(corpus.text.length * fraction), removed: 0, inserted: 'x' });
      assert.ok(r.rescanned!.end - r.rescanned!.start < 20_000, JSON.stringify(r.rescanned));
      corpus = r.corpus;
    }
  });
});

describe('corpus/applyEdits', () => {
  it('applies a VS Code change event (changes last-offset-first) in one call', () => {
    const text = '<<<FILE a>>>\none\n<<<FILE b>>>\ntwo\n<<<FILE c>>>\nthree\n';
    const changes: TextEdit[] = [
      { offset: text.indexOf('three'), removed: 5, inserted: '3' },
      { offset: text.indexOf('one'), removed: 3, inserted: '1' },
    ];
    const r = applyEdits(parseCorpus(text), changes);
    assert.equal(r.corpus.text, '<<<FILE a>>>\n1\n<<<FILE b>>>\ntwo\n<<<FILE c>>>\n3\n');
    assert.deepEqual(r.corpus, parseCorpus(r.corpus.text));
    assert.deepEqual(r.changed.sort(), ['a', 'c']);
    assert.ok(r.rescanned!.start === 0 && r.rescanned!.end === r.corpus.text.length);
  });

  it('reports the net effect: an article removed then re-added is changed, not removed', () => {
    const text = '<<<FILE a>>>\nx\n<<<FILE b>>>\ny\n';
    const r = applyEdits(parseCorpus(text), [
      { offset: 15, removed: 1, inserted: '' },
      { offset: 15, removed: 0, inserted: '<' },
    ]);
    assert.deepEqual(r.removed, []);
    assert.deepEqual(r.corpus, parseCorpus(text));
    assert.deepEqual(applyEdits(parseCorpus(text), []).corpus, parseCorpus(text));
  });
});
