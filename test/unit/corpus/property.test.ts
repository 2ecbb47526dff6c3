// Property tests over thousands of random corpora: the parser agrees with a naive reference
// reading of the format, its output is always consistent, and incremental edits (one at a
// time or in a batch) give exactly what a full parse of the edited text gives.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdit, applyEdits, parseCorpus, type ParsedCorpus } from '../../../src/core/corpus';
import { assertConsistent } from './consistency';
import { applyToText, corpusText, editSpec, toEdit } from './arbitraries';
import { referenceArticles } from './reference-parser';

/** Unique names whose header or body text differs between two parses, plus names only in `after`. */
function trulyChanged(before: ParsedCorpus, after: ParsedCorpus): Set<string> {
  const count = (c: ParsedCorpus): Map<string, number> => {
    const m = new Map<string, number>();
    for (const a of c.articles) m.set(a.name, (m.get(a.name) ?? 0) + 1);
    return m;
  };
  const nb = count(before);
  const na = count(after);
  const textOf = (c: ParsedCorpus, name: string): string => {
    const a = c.articles.find((x) => x.name === name)!;
    return `${c.text.slice(a.headerStart, a.headerEnd)}\u0000${c.text.slice(a.bodyStart, a.bodyEnd)}`;
  };
  const changed = new Set<string>();
  for (const [name, n] of na) {
    if (!nb.has(name)) changed.add(name);
    else if (n === 1 && nb.get(name) === 1 && textOf(before, name) !== textOf(after, name)) changed.add(name);
  }
  return changed;
}

const names = (c: ParsedCorpus): Set<string> => new Set(c.articles.map((a) => a.name));

describe('corpus: properties', function () {
  this.timeout(120_000);

  it('parseCorpus agrees with the reference reading and is consistent', () => {
    fc.assert(fc.property(corpusText, (text) => {
      const corpus = parseCorpus(text);
      assertConsistent(corpus);
      const actual = corpus.articles.map((a) => ({
        name: a.name, dialect: a.dialect, body: text.slice(a.bodyStart, a.bodyEnd), closed: a.closeStart !== undefined,
      }));
      assert.deepEqual(actual, referenceArticles(text));
    }), { numRuns: 5000 });
  });

  it('applyEdit equals a full parse after every edit of a random sequence', () => {
    fc.assert(fc.property(corpusText, fc.array(editSpec, { minLength: 1, maxLength: 8 }), (initial, specs) => {
      let text = initial;
      let corpus = parseCorpus(text);
      for (const spec of specs) {
        const edit = toEdit(spec, text.length);
        const before = parseCorpus(text);
        text = applyToText(text, edit);
        const result = applyEdit(corpus, edit);
        const full = parseCorpus(text);
        assert.deepEqual(result.corpus, full);
        // changed: exactly the articles whose header or body changed (checked where names are unique).
        const expected = trulyChanged(before, full);
        for (const name of expected) assert.ok(result.changed.includes(name), `changed misses ${JSON.stringify(name)}`);
        const stable = [...names(full)].filter((n) => full.articles.filter((a) => a.name === n).length === 1 && before.articles.filter((a) => a.name === n).length === 1);
        for (const name of stable) assert.equal(result.changed.includes(name), expected.has(name), `changed ${JSON.stringify(name)}`);
        assert.deepEqual(new Set(result.removed), new Set([...names(before)].filter((n) => !names(full).has(n))));
        corpus = result.corpus;
      }
    }), { numRuns: 3000 });
  });

  it('applyEdits applies a batch in order like a full parse, and reports its net effect', () => {
    fc.assert(fc.property(corpusText, fc.array(editSpec, { maxLength: 6 }), (initial, specs) => {
      let text = initial;
      const edits = specs.map((spec) => {
        const edit = toEdit(spec, text.length);
        text = applyToText(text, edit);
        return edit;
      });
      const before = parseCorpus(initial);
      const result = applyEdits(parseCorpus(initial), edits);
      const full = parseCorpus(text);
      assert.deepEqual(result.corpus, full);
      for (const name of trulyChanged(before, full)) assert.ok(result.changed.includes(name), `changed misses ${JSON.stringify(name)}`);
      assert.ok(result.changed.every((n) => names(full).has(n)));
      assert.deepEqual(new Set(result.removed), new Set([...names(before)].filter((n) => !names(full).has(n))));
    }), { numRuns: 1500 });
  });
});
