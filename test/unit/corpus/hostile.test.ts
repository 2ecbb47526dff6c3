// Hostile input: parseCorpus must finish in linear time, never throw, and return sound ranges.
// The per-test timeouts are the linear-time check: a quadratic scan of these megabytes would
// run for hours, while a linear one takes well under a second.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { applyEdit, parseCorpus } from '../../../src/core/corpus';
import { prng } from '../../../bench/corpus-builder';
import { assertConsistent } from './consistency';

const MB = 1 << 20;

function check(text: string): ReturnType<typeof parseCorpus> {
  const corpus = parseCorpus(text);
  assert.equal(corpus.text, text);
  assertConsistent(corpus);
  return corpus;
}

describe('corpus/parseCorpus: hostile input', function () {
  this.timeout(10_000);

  it('a 2 MB line of quote marks', () => {
    assert.equal(check('"'.repeat(2 * MB)).articles.length, 0);
    assert.equal(check(`<<<FILE q>>>\n${'“'.repeat(2 * MB)}`).articles.length, 1);
  });

  it('a 2 MB line of <<< (and one of <<<FILE<<<FILE…)', () => {
    const c = check('<<<'.repeat(700_000));
    assert.deepEqual(c.diagnostics.map((d) => d.code), ['text-before-first-header']);
    const fragments = check('<<<FILE'.repeat(300_000));
    assert.equal(fragments.diagnostics.filter((d) => d.code === 'header-not-at-line-start').length, 299_999);
  });

  it('100k `<<<FILE` fragments in every position', () => {
    const rnd = prng(7);
    const parts: string[] = [];
    const forms = ['<<<FILE', '<<<FILE x', '<<<FILE x>>>', ' <<<FILE', '<<<FILE:', '<<<FILE k="', '>>>', '<<<END>>>', '\n', '\r\n', '\r', 'text'];
    for (let i = 0; i < 100_000; i++) parts.push(forms[Math.floor(rnd() * forms.length)]);
    const c = check(parts.join(''));
    assert.ok(c.articles.length > 1000);
    const sameLines = check('<<<FILE x\n'.repeat(100_000));
    assert.equal(sameLines.articles.length, 100_000);
    assert.equal(sameLines.diagnostics.filter((d) => d.code === 'duplicate-name').length, 99_999);
  });

  it('a 5 MB file without a newline, with and without a header', () => {
    const words = `${'lorem ipsum <<< >>> "quote" '.repeat(Math.ceil((5 * MB) / 28)).slice(0, 5 * MB)} end`;
    assert.equal(check(words).articles.length, 0);
    const c = check(`<<<FILE one ${words}`);
    assert.equal(c.articles.length, 1);
    assert.equal(c.articles[0].dialect, 'block');
    assert.deepEqual(c.diagnostics.map((d) => d.code), ['unterminated-block', 'malformed-attributes']);
    // Editing it incrementally stays correct (the whole file is one segment).
    const edited = applyEdit(c, { offset: 2 * MB, removed: 1, inserted: '\n<<<FILE two>>>\n' });
    assert.deepEqual(edited.corpus, parseCorpus(edited.corpus.text));
    assert.deepEqual(edited.changed, ['one', 'two']);
  });

  it('a header line with an unclosed attribute quote, many times over', () => {
    check('<<<FILE a k="unclosed and long\n'.repeat(50_000) + 'x'.repeat(MB));
  });

  it('random bytes, decoded as UTF-8 and as Latin-1', () => {
    for (let i = 0; i < 20; i++) {
      const bytes = randomBytes(64 * 1024);
      check(bytes.toString('utf8'));
      check(bytes.toString('latin1'));
    }
  });

  it('random strings of any code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      check(s);
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('<', '>', 'F', 'I', 'L', 'E', ':', ' ', '\n', '\r', '"', '=', 'k', 'N', 'D', '\uFEFF'), maxLength: 200 }), (s) => {
      check(s);
    }), { numRuns: 3000 });
  });
});
