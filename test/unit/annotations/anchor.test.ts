// Re-anchoring: each state (exact, moved with the best context, moved into a renamed article,
// fuzzy with a score, orphaned), the work caps, and a property test of thousands of random
// edit sequences after which no annotation is lost and every exact or moved anchor really
// points at its quote.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCorpus, type ParsedCorpus } from '../../../src/core/corpus';
import { anchorAnnotation, makeAnnotation, reanchorAll, updateAnchor, type Annotation } from '../../../src/core/annotations';
import { bodyOf, corpusOf, readFixture } from './helpers';

function annotate(corpus: ParsedCorpus, article: string, quote: string, occurrence = 0, id = 'a00001'): Annotation {
  const body = bodyOf(corpus, article);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = body.indexOf(quote, start + 1);
  assert.ok(start >= 0, `${quote} not in ${article}`);
  return makeAnnotation({ id, article, body, start, end: start + quote.length, label: 'claim' });
}

const seeds = () => parseCorpus(readFixture('seeds.corpus'));
const A0 = '000_88a625c4827ab9bc.txt';
const A2 = '002_159676f630bb4c25.txt';

describe('annotations/anchor: states', () => {
  it('is exact when the quote is still at its start', () => {
    const corpus = seeds();
    const a = annotate(corpus, A0, 'Moscow has repeatedly denied these allegations');
    assert.deepEqual(anchorAnnotation(a, corpus), { state: 'exact', article: A0, start: 2085, end: 2085 + a.quote.length, score: 1 });
  });

  it('is moved when text before it changed, and finds the new start', () => {
    const corpus = seeds();
    const a = annotate(corpus, A0, 'Moscow has repeatedly denied these allegations');
    const edited = parseCorpus(corpus.text.replace('Off the wire\n', 'Off the wire\nA new first paragraph.\n'));
    const r = anchorAnnotation(a, edited);
    assert.equal(r.state, 'moved');
    assert.equal(r.start, 2085 + 'A new first paragraph.\n'.length);
    assert.equal(bodyOf(edited, A0).slice(r.start, r.end), a.quote);
  });

  it('prefers the occurrence whose context agrees, even when another is nearer the old start', () => {
    const corpus = seeds();
    // "Moscow welcomes dialogue at any levels" is in the standfirst and again in the body; annotate the second.
    const a = annotate(corpus, A2, 'Moscow welcomes dialogue at any levels', 1);
    const first = bodyOf(corpus, A2).indexOf(a.quote);
    // Text inserted at the top pushes the first occurrence right onto the old start.
    const filler = 'x'.repeat(a.start - first) + '\n';
    const edited = parseCorpus(corpus.text.replace(`<<<FILE ${A2}>>>\n`, `<<<FILE ${A2}>>>\n${filler}`));
    const r = anchorAnnotation(a, edited);
    assert.equal(r.state, 'moved');
    const newBody = bodyOf(edited, A2);
    assert.ok(Math.abs(newBody.indexOf(a.quote) - a.start) < Math.abs(r.start! - a.start), 'the first occurrence should be nearer');
    assert.equal(r.start, newBody.lastIndexOf(a.quote));
  });

  it('among occurrences with equally good context, takes the one nearest the old start', () => {
    const corpus = corpusOf({ 'a.txt': 'la la la la la la la la la la\n' });
    const a: Annotation = { id: 'x', article: 'a.txt', label: 'claim', quote: 'la', prefix: '', suffix: '', start: 13 };
    assert.equal(anchorAnnotation(a, corpus).start, 12);
    assert.equal(anchorAnnotation({ ...a, start: 500 }, corpus).start, 27);
  });

  it('follows an article renamed by hand into its new name', () => {
    const corpus = seeds();
    const a = annotate(corpus, A0, 'Moscow has repeatedly denied these allegations', 0, 'a1');
    const b = annotate(corpus, A0, 'Getting along with Russia', 0, 'b2');
    const renamed = parseCorpus(corpus.text.replace(`<<<FILE ${A0}>>>`, '<<<FILE 000_renamed.txt>>>'));
    const results = reanchorAll([a, b], renamed);
    assert.deepEqual(results.get('a1'), { state: 'moved', article: '000_renamed.txt', start: 2085, end: 2085 + a.quote.length, score: 1 });
    assert.equal(results.get('b2')!.article, '000_renamed.txt');
    assert.equal(results.get('b2')!.state, 'moved');
  });

  it('is fuzzy, with a score, when the quote itself was edited', () => {
    const corpus = seeds();
    const a = annotate(corpus, A0, 'Moscow has repeatedly denied these allegations');
    const edited = parseCorpus(corpus.text.replace('repeatedly denied these', 'repeatedly denied all these'));
    const r = anchorAnnotation(a, edited);
    assert.equal(r.state, 'fuzzy');
    assert.ok(r.score > 0.9 && r.score < 1, String(r.score));
    assert.equal(r.start, 2085);
    assert.equal(bodyOf(edited, A0).slice(r.start, r.end), 'Moscow has repeatedly denied all these allegations');
  });

  it('is orphaned when the quote is gone, or its article is gone and the quote is nowhere', () => {
    const corpus = seeds();
    const a = annotate(corpus, A0, 'Moscow has repeatedly denied these allegations');
    assert.deepEqual(anchorAnnotation(a, parseCorpus(corpus.text.replace(/Moscow has repeatedly[^\n]*/, 'Gone.'))), { state: 'orphaned', score: 0 });
    assert.deepEqual(anchorAnnotation({ ...a, article: 'deleted.txt' , quote: 'Nowhere in this corpus at all' }, corpus), { state: 'orphaned', score: 0 });
    assert.deepEqual(anchorAnnotation({ ...a, quote: '' }, corpus), { state: 'orphaned', score: 0 });
  });

  it('does not move an annotation of a deleted article to an unrelated article on a common phrase', () => {
    const corpus = seeds();
    const a: Annotation = { id: 'x', article: 'deleted.txt', label: 'claim', quote: 'Dmitry Peskov', prefix: 'something else entirely here! ', suffix: ' and more unrelated context', start: 10 };
    assert.equal(anchorAnnotation(a, corpus).state, 'orphaned');
  });

  it('copes with a saved start past the end of a shortened article', () => {
    const corpus = corpusOf({ 'a.txt': 'short text here\n' });
    const a: Annotation = { id: 'x', article: 'a.txt', label: 'claim', quote: 'text', prefix: 'short ', suffix: ' here', start: 9999 };
    assert.deepEqual(anchorAnnotation(a, corpus), { state: 'moved', article: 'a.txt', start: 6, end: 10, score: 1 });
  });
});

describe('annotations/anchor: caps', () => {
  it('searches a huge body for fuzzy matches only near the old start', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(2000);
    const corpus = corpusOf({ 'a.txt': `${filler}The spokesman denied it flatly.${filler}\n` });
    const a: Annotation = { id: 'x', article: 'a.txt', label: 'claim', quote: 'The spokesman denyed it flatly.', prefix: '', suffix: '', start: filler.length };
    assert.equal(anchorAnnotation(a, corpus).state, 'fuzzy');
    assert.equal(anchorAnnotation(a, corpus, { maxFuzzyBodyLength: 1000, fuzzyWindow: 500 }).state, 'fuzzy');
    assert.equal(anchorAnnotation({ ...a, start: 0 }, corpus, { maxFuzzyBodyLength: 1000, fuzzyWindow: 500 }).state, 'orphaned');
  });

  it('stops searching the corpus for a deleted article after a few failures', () => {
    const corpus = corpusOf(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`a${i}.txt`, 'filler text '.repeat(400) + '\n'])));
    const lost = Array.from({ length: 2000 }, (_, i): Annotation => ({ id: `l${i}`, article: 'deleted.txt', label: 'claim', quote: `missing quote ${i}`, prefix: '', suffix: '', start: 0 }));
    const started = performance.now();
    const results = reanchorAll(lost, corpus);
    assert.ok(performance.now() - started < 2000, 'too slow');
    assert.ok([...results.values()].every((r) => r.state === 'orphaned'));
    assert.equal(results.size, 2000);
  });
});

describe('annotations/updateAnchor and makeAnnotation', () => {
  it('captures quote, 32 characters of context and the start', () => {
    const body = 'x'.repeat(40) + 'QUOTE' + 'y'.repeat(40);
    const a = makeAnnotation({ id: 'i', article: 'a', body, start: 40, end: 45, label: 'claim', speaker: 'S' });
    assert.deepEqual(a, { id: 'i', article: 'a', label: 'claim', quote: 'QUOTE', prefix: 'x'.repeat(32), suffix: 'y'.repeat(32), start: 40, speaker: 'S' });
    assert.throws(() => makeAnnotation({ id: 'i', article: 'a', body, start: 5, end: 5, label: 'claim' }), RangeError);
    assert.throws(() => makeAnnotation({ id: 'i', article: 'a', body, start: 80, end: 90, label: 'claim' }), RangeError);
  });

  it('never splits a surrogate pair at the edge of the context', () => {
    const body = '😀'.repeat(20) + 'Q' + '😀'.repeat(20);
    const a = makeAnnotation({ id: 'i', article: 'a', body, start: 40, end: 41, label: 'claim' });
    assert.equal(a.prefix, '😀'.repeat(16));
    assert.equal(a.suffix, '😀'.repeat(16));
    const odd = '😀'.repeat(20) + 'xQ' + 'y😀'.repeat(20);
    const b = makeAnnotation({ id: 'i', article: 'a', body: odd, start: 41, end: 42, label: 'claim' });
    assert.equal(b.prefix.length, 31);
    assert.equal(b.suffix.length, 31);
  });

  it('moves the anchor to the result, keeping the same object when nothing changes', () => {
    const corpus = seeds();
    const a = annotate(corpus, A0, 'Moscow has repeatedly denied these allegations');
    assert.equal(updateAnchor(a, corpus, anchorAnnotation(a, corpus)), a);
    const edited = parseCorpus(corpus.text.replace('Off the wire\n', 'Off the wire!!\n').replace(`<<<FILE ${A0}>>>`, '<<<FILE renamed.txt>>>'));
    const moved = updateAnchor(a, edited, anchorAnnotation(a, edited));
    assert.deepEqual({ article: moved.article, start: moved.start, quote: moved.quote, prefix: moved.prefix }, { article: 'renamed.txt', start: 2087, quote: a.quote, prefix: a.prefix });
    assert.equal(anchorAnnotation(moved, edited).state, 'exact');
    const orphan = { state: 'orphaned', score: 0 } as const;
    assert.equal(updateAnchor(a, edited, orphan), a);
  });

  it('keeps the saved quote of a fuzzy match unless asked to adopt the new text', () => {
    const corpus = seeds();
    const a = annotate(corpus, A0, 'Moscow has repeatedly denied these allegations');
    const edited = parseCorpus(corpus.text.replace('Off the wire\n', 'Off\n').replace('denied these', 'denied all these'));
    const r = anchorAnnotation(a, edited);
    const kept = updateAnchor(a, edited, r);
    assert.equal(kept.quote, a.quote);
    assert.equal(kept.start, 2076);
    const adopted = updateAnchor(a, edited, r, { adoptQuote: true });
    assert.equal(adopted.quote, 'Moscow has repeatedly denied all these allegations');
    assert.equal(anchorAnnotation(adopted, edited).state, 'exact');
  });
});

describe('annotations/anchor: duplicated article names', () => {
  it('does not move an annotation into a later article whose name is taken by an earlier one', () => {
    // Found by the property test below: the article is gone, its text now sits in the second of
    // two articles named z.txt, and "z.txt" in a sidecar means the first one.
    const corpus = corpusOf({ 'art0.txt': 'the the the the the\n' });
    const a = makeAnnotation({ id: 'id0', article: 'art0.txt', body: bodyOf(corpus, 'art0.txt'), start: 0, end: 1, label: 'claim' });
    const edited = parseCorpus('<<<FILE z.txt>>>\n<<<FILE z.txt>>>\n,<<<FILE art0.txt>>>\nthe the the the the\n');
    const r = anchorAnnotation(a, edited);
    if (r.state !== 'orphaned') assert.equal(bodyOf(edited, r.article!).slice(r.start, r.end), a.quote);
  });
});

// A corpus of a few articles of random words, annotations on random ranges, then random edits
// of the whole file text (which can also break, merge or rename articles).
const words = ['the', 'Kremlin', 'said', 'Moscow', 'denied', 'it', '"', 'talks', 'will', 'go', 'on', ',', '.', '\n', 'Peskov', 'é', '😀'];
const bodyText = fc.array(fc.constantFrom(...words), { minLength: 5, maxLength: 60 }).map((w) => w.join(' ') + '\n');
const position = fc.double({ min: 0, max: 1, noNaN: true });
const edit = fc.oneof(
  // Typing in an article body: a few characters in or out.
  { weight: 6, arbitrary: fc.record({ inBody: fc.nat(), at: position, removed: fc.nat(2), inserted: fc.constantFrom('', ' ', 'x', 'é', ',') }) },
  // Pasting or cutting in a body.
  { weight: 2, arbitrary: fc.record({ inBody: fc.nat(), at: position, removed: fc.nat(40), inserted: fc.oneof(fc.constantFrom('', 'the Kremlin ', '\n'), bodyText) }) },
  // Anywhere in the file: breaking, adding or renaming headers too.
  { weight: 1, arbitrary: fc.record({ inBody: fc.constant(-1), at: position, removed: fc.nat(20), inserted: fc.constantFrom('', 'x', '\n', '<<<FILE z.txt>>>\n', '<<<FILE renamed.txt>>>\n') }) },
);

function applyEdit(text: string, e: { inBody: number; at: number; removed: number; inserted: string }): string {
  let from = 0;
  let to = text.length;
  const articles = parseCorpus(text).articles;
  if (e.inBody >= 0 && articles.length) {
    const article = articles[e.inBody % articles.length];
    from = article.bodyStart;
    to = article.bodyEnd;
  }
  const at = from + Math.floor(e.at * (to - from));
  // A body edit removes nothing past the body's end.
  return text.slice(0, at) + e.inserted + text.slice(Math.min(at + e.removed, to));
}

describe('annotations/anchor: random edit sequences', () => {
  it('leaves every annotation exact, moved, fuzzy or orphaned, never lost, and exact/moved ones on their quote', () => {
    const seen = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0, renamed: 0 };
    fc.assert(fc.property(
      fc.array(bodyText, { minLength: 1, maxLength: 4 }),
      fc.array(fc.tuple(fc.nat(), position, fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 8 }),
      fc.array(edit, { minLength: 1, maxLength: 6 }),
      (bodies, picks, edits) => {
        const corpus = corpusOf(Object.fromEntries(bodies.map((b, i) => [`art${i}.txt`, b])));
        const annotations = picks.map(([which, where, length], n) => {
          const article = corpus.articles[which % corpus.articles.length];
          const body = bodyOf(corpus, article.name);
          const start = Math.min(Math.floor(where * body.length), body.length - 1);
          const end = Math.min(body.length, start + length);
          return makeAnnotation({ id: `id${n}`, article: article.name, body, start, end, label: 'claim' });
        });
        let text = corpus.text;
        for (const e of edits) text = applyEdit(text, e);
        const edited = parseCorpus(text);
        const results = reanchorAll(annotations, edited);
        assert.equal(results.size, annotations.length);
        for (const a of annotations) {
          const r = results.get(a.id)!;
          assert.ok(['exact', 'moved', 'fuzzy', 'orphaned'].includes(r.state));
          seen[r.state]++;
          if (r.article !== undefined && r.article !== a.article) seen.renamed++;
          if (r.state === 'orphaned') {
            assert.equal(r.start, undefined);
            assert.equal(updateAnchor(a, edited, r), a);
            continue;
          }
          const body = bodyOf(edited, r.article!);
          assert.ok(r.start! >= 0 && r.start! <= r.end! && r.end! <= body.length);
          if (r.state === 'fuzzy') {
            assert.ok(r.score > 0 && r.score < 1);
          } else {
            assert.equal(body.slice(r.start, r.end), a.quote);
            assert.equal(r.score, 1);
            if (r.state === 'exact') assert.equal(r.start, a.start);
          }
          // Moving the anchor there makes it exact (fuzzy ones once their new text is adopted).
          const updated = updateAnchor(a, edited, r, { adoptQuote: true });
          assert.equal(anchorAnnotation(updated, edited).state, 'exact');
        }
      }), { numRuns: 2000 });
    // The generators must exercise every outcome, or the property says little.
    for (const [state, count] of Object.entries(seen)) assert.ok(count > 20, `only ${count} ${state}: ${JSON.stringify(seen)}`);
  });
});
