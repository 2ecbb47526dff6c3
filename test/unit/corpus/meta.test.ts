// describeArticle on news heads that are not in the seed corpus: the rules must be general.
import assert from 'node:assert/strict';
import { describeArticle } from '../../../src/core/corpus';

describe('corpus/describeArticle', () => {
  it('prefers header attributes and normalises their date', () => {
    assert.deepEqual(describeArticle('Some headline here\nBody.', { title: 'Given title', source: 'AP', date: 'March 3, 2020' }),
      { title: 'Given title', outlet: 'AP', date: '2020-03-03' });
    assert.equal(describeArticle('Headline words here', { date: '2016-12-22' }).date, '2016-12-22');
    assert.equal(describeArticle('Headline words here', { date: 'not a date' }).date, undefined);
  });

  it('skips navigation, labels, timestamps and furniture before the headline', () => {
    const body = [
      'Home | World | Politics | Business',
      'Advertisement',
      'Share this article',
      'Updated 10:42 GMT, 5 March 2019',
      'Related:',
      '',
      'Talks collapse as negotiators leave Geneva',
      '',
      'GENEVA (Reuters) - Negotiators walked out on Tuesday, officials said.',
    ].join('\n');
    assert.deepEqual(describeArticle(body), {
      title: 'Talks collapse as negotiators leave Geneva', outlet: 'Reuters', date: '2019-03-05', place: 'GENEVA',
    });
  });

  it('reads datelines with a region, an em dash, a year, or a slashed agency', () => {
    assert.deepEqual(describeArticle('Storm hits the coast\nSPRINGFIELD, Ill., March 3 (AP) — A storm hit.'),
      { title: 'Storm hits the coast', outlet: 'AP', dateText: 'March 3', place: 'SPRINGFIELD' });
    assert.deepEqual(describeArticle('Minister resigns over scandal\nNEW DELHI, Sept. 9, 2021 (IANS) -- The minister resigned.'),
      { title: 'Minister resigns over scandal', outlet: 'IANS', date: '2021-09-09', place: 'NEW DELHI' });
    assert.deepEqual(describeArticle('Pact signed after long talks\nBEIJING, January 5. /TASS/. A pact was signed.'),
      { title: 'Pact signed after long talks', outlet: 'TASS', dateText: 'January 5', place: 'BEIJING' });
  });

  it('does not take a photo credit or a lone capital word for an outlet or a place', () => {
    const meta = describeArticle('Leaders meet in Sochi for talks\nThe photo shows the leaders. (Photo by AFP)\nUN officials said talks went well.');
    assert.deepEqual(meta, { title: 'Leaders meet in Sochi for talks' });
  });

  it('prefers the full headline over a truncated teaser printed before it', () => {
    const body = 'Markets slide as oil prices...\n\nMarkets slide as oil prices tumble to a ten-year low\n\nText.';
    assert.equal(describeArticle(body).title, 'Markets slide as oil prices tumble to a ten-year low');
  });

  it('falls back to the opening text, shortened, when there is no headline line', () => {
    const lede = 'LONDON (Reuters) - ' + 'word '.repeat(60);
    const title = describeArticle(lede).title;
    assert.ok(title.startsWith('LONDON (Reuters) - word') && title.endsWith('…') && title.length <= 121, title);
    assert.equal(describeArticle('').title, '');
    assert.equal(describeArticle('\n\n0\n•  •  •\n').title, '');
  });

  it('rejects impossible dates', () => {
    assert.equal(describeArticle('Headline words here\nPosted February 30, 2020').date, undefined);
    assert.equal(describeArticle('Headline words here\nPosted February 29, 2020').date, '2020-02-29');
  });

  it('reads only the head of a huge body', () => {
    const body = 'A short headline here\n' + 'x'.repeat(5_000_000);
    assert.equal(describeArticle(body).title, 'A short headline here');
  });
});
