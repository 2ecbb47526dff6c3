// The seed corpus (a real five-article file): exact article ranges and the Articles view's
// headline, outlet, date and place for each.
import assert from 'node:assert/strict';
import { articleBody, describeArticle, parseCorpus } from '../../../src/core/corpus';
import { assertConsistent } from './consistency';
import { readFixture } from './fixtures';

const text = readFixture('seeds.corpus');

describe('corpus/seeds.corpus', () => {
  const corpus = parseCorpus(text);

  it('parses into the five named articles with no diagnostics', () => {
    assertConsistent(corpus);
    assert.deepEqual(corpus.diagnostics, []);
    assert.deepEqual(corpus.articles.map((a) => a.name), [
      '000_88a625c4827ab9bc.txt', '001_b95ea068836629e5.txt', '002_159676f630bb4c25.txt', '003_c39b77451d523681.txt', '004_7ddae7ebccbc7a8a.txt',
    ]);
    assert.ok(corpus.articles.every((a) => a.dialect === 'standard' && Object.keys(a.attributes).length === 0));
  });

  it('has the exact header and body ranges', () => {
    assert.equal(text.length, 11582);
    assert.deepEqual(corpus.articles.map((a) => [a.headerLine, a.headerStart, a.headerEnd, a.bodyStart, a.bodyEnd, a.end]), [
      [0, 0, 35, 36, 2240, 2240],
      [24, 2240, 2275, 2276, 4807, 4807],
      [57, 4807, 4842, 4843, 7047, 7047],
      [86, 7047, 7082, 7083, 9454, 9454],
      [120, 9454, 9489, 9490, 11582, 11582],
    ]);
    const bodies = corpus.articles.map((a) => articleBody(corpus, a));
    assert.ok(bodies[0].startsWith('Off the wire\n') && bodies[0].endsWith('interfering in the Russian elections. Enditem\n'));
    assert.ok(bodies[3].startsWith('0\nWednesday 7 November 2018 - 18:19\n') && bodies[3].endsWith('\nComment\n'));
    assert.ok(bodies[4].startsWith(' date 2016-12-22 Back to Main page\n'));
    // Independently: bodies are exactly what lies between consecutive header lines.
    const pieces = text.split(/^<<<FILE [^\n]*\n/m).slice(1);
    assert.deepEqual(bodies, pieces);
  });

  it('describes each article: headline, outlet, date, place', () => {
    const metas = corpus.articles.map((a) => describeArticle(articleBody(corpus, a), a.attributes));
    assert.deepEqual(metas, [
      { title: 'Russia-U.S. relations long way from breakthrough: Kremlin', outlet: 'Xinhua', date: '2018-03-22', place: 'MOSCOW' },
      { title: 'No positive shift yet on Russian-US ties, says Kremlin, as Trump tweets ‘things will be fine’' },
      { title: 'Kremlin ready for telephone talks between Putin, Obama, but date not set yet', outlet: 'TASS', dateText: 'May 14', place: 'SOCHI' },
      { title: 'Kremlin rules out better Russia-US relations', date: '2018-11-07' },
      { title: "Washington says there is 'no break' in Russian-US dialogue", outlet: 'TASS', date: '2016-12-22', place: 'WASHINGTON' },
    ]);
    assert.deepEqual(describeArticle(corpus, corpus.articles[2]), metas[2]);
  });
});
