// articleAt, findArticle, articleBody and textSlice.
import assert from 'node:assert/strict';
import { applyEdit, articleAt, articleBody, articleIndexAt, findArticle, parseCorpus, textSlice } from '../../../src/core/corpus';

describe('corpus/lookup', () => {
  const text = 'pre\n<<<FILE a>>>\nbody a\n<<<END>>>\ngap\n<<<FILE b>>>\nbody b\n<<<FILE a>>>\ndup';
  const corpus = parseCorpus(text);

  it('finds the article holding an offset, and none in the preamble or a gap', () => {
    const [a, b, a2] = corpus.articles;
    assert.equal(articleAt(corpus, 0), undefined);
    assert.equal(articleAt(corpus, a.headerStart), a);
    assert.equal(articleAt(corpus, a.bodyStart + 2), a);
    assert.equal(articleAt(corpus, a.closeStart!), a);
    assert.equal(articleAt(corpus, a.end), undefined, 'the gap after a closing line');
    assert.equal(articleAt(corpus, b.headerStart - 1), undefined);
    assert.equal(articleAt(corpus, b.headerStart), b);
    assert.equal(articleAt(corpus, b.end - 1), b);
    assert.equal(articleAt(corpus, b.end), a2);
    assert.equal(articleAt(corpus, text.length), a2, 'EOF belongs to an article running to EOF');
    assert.equal(articleAt(corpus, text.length + 1), undefined);
    assert.equal(articleAt(parseCorpus(''), 0), undefined);
  });

  it('finds the first article of a name', () => {
    assert.equal(findArticle(corpus, 'a'), corpus.articles[0]);
    assert.equal(findArticle(corpus, 'b'), corpus.articles[1]);
    assert.equal(findArticle(corpus, 'zzz'), undefined);
  });

  it('reads bodies and slices, also after incremental edits', () => {
    assert.equal(articleBody(corpus, corpus.articles[1]), 'body b\n');
    let c = parseCorpus(text);
    c = applyEdit(c, { offset: text.indexOf('body b'), removed: 4, inserted: 'BODY' }).corpus;
    c = applyEdit(c, { offset: 0, removed: 3, inserted: 'PREAMBLE' }).corpus;
    assert.equal(articleBody(c, findArticle(c, 'b')!), 'BODY b\n');
    assert.equal(textSlice(c, 0, 8), 'PREAMBLE');
    assert.equal(textSlice(c, 5, c.text.length), c.text.slice(5));
  });
});

describe('corpus/lookup without parser state', () => {
  it('works the same on a plain copy of a parsed corpus', () => {
    const parsed = parseCorpus('<<<FILE a>>>\nx\n<<<FILE b>>>\ny\n<<<FILE a>>>\nz\n');
    const plain: typeof parsed = JSON.parse(JSON.stringify(parsed));
    assert.deepEqual(findArticle(plain, 'a'), parsed.articles[0]);
    assert.deepEqual(articleBody(plain, plain.articles[2]), 'z\n');
    for (let offset = -1; offset <= plain.text.length + 1; offset++) {
      assert.deepEqual(articleAt(plain, offset), articleAt(parsed, offset));
      const i = articleIndexAt(parsed, offset);
      assert.equal(i, articleAt(parsed, offset) ? parsed.articles.indexOf(articleAt(parsed, offset)!) : -1);
    }
  });
});
