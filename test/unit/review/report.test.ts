import { strict as assert } from 'node:assert';
import type { ArticleAnalysis, Quote } from '../../../src/core/attribution';
import { parseCorpus } from '../../../src/core/corpus';
import { makeAnnotation, type Annotation } from '../../../src/core/annotations';
import { buildReport, renderReportJson, renderReportMarkdown, reviewCorpus, type ReviewInput } from '../../../src/core/review';

/** A fixed analyzer: every "..." span is a quote; `Name said` after it names the speaker. */
function fakeAnalyze(body: string): ArticleAnalysis {
  const quotes: Quote[] = [];
  const names: string[] = [];
  for (const m of body.matchAll(/"([^"]+)"(?:,? (\w+) said)?/g)) {
    const start = m.index! + 1;
    const speaker = m[2] ?? null;
    let speakerId: number | null = null;
    if (speaker) {
      speakerId = names.indexOf(speaker);
      if (speakerId < 0) speakerId = names.push(speaker) - 1;
    }
    const at = speaker ? body.indexOf(speaker, start) : -1;
    quotes.push({
      start, end: start + m[1].length, outerStart: start - 1, outerEnd: start + m[1].length + 1, text: m[1], kind: 'full',
      speakerId, speaker, speakerStart: at >= 0 ? at : null, speakerEnd: at >= 0 ? at + speaker!.length : null,
      cue: speaker ? 'said' : null, cueStart: null, cueEnd: null, confidence: speaker ? 0.9 : 0,
    });
  }
  return { quotes, speakers: names.map((name, id) => ({ id, name, kind: 'person', named: true, titles: [], mentions: [] })) };
}

const TEXT = [
  '<<<FILE one.txt>>>',
  'Headline one',
  '"We will win," Ann said. "It is certain," Ann said. "Maybe," Bob said. "Who knows."',
  '<<<FILE two.txt>>>',
  'Headline two',
  'Nothing quoted here, only facts.',
  '',
].join('\n');

function input(): ReviewInput {
  const corpus = parseCorpus(TEXT);
  const body = (i: number) => corpus.text.slice(corpus.articles[i].bodyStart, corpus.articles[i].bodyEnd);
  const on = (i: number, text: string, fields: Omit<Parameters<typeof makeAnnotation>[0], 'body' | 'start' | 'end' | 'article'>): Annotation => {
    const start = body(i).indexOf(text);
    return makeAnnotation({ ...fields, article: corpus.articles[i].name, body: body(i), start, end: start + text.length });
  };
  const fuzzy = on(0, 'It is certain', { id: 'fz', label: 'claim' });
  fuzzy.quote = 'It is certian';
  return {
    file: 'x.corpus',
    sidecar: 'x.corpus.annotations.yaml',
    corpus,
    annotations: [
      on(0, 'We will win', { id: 'p1', label: 'promise', speaker: 'Ann', note: 'Campaign line.' }),
      on(0, 'Maybe', { id: 'o1', label: 'opinion' }),
      fuzzy,
      { id: 'or', article: 'one.txt', label: 'claim', quote: 'never said', prefix: '', suffix: '', start: 3 },
      { id: 'gone', article: 'three.txt', label: 'denial', quote: 'lost', prefix: '', suffix: '', start: 0 },
      on(1, 'only facts', { id: 'f2', label: 'claim' }),
    ],
  };
}

describe('review: report model', () => {
  const report = buildReport([reviewCorpus(input(), { analyze: fakeAnalyze })]);

  it('summarises articles, quotes, speakers, labels and anchors', () => {
    assert.deepEqual(report.summary, {
      files: 1, articles: 2, quotes: 4, attributedQuotes: 3, speakers: 2, annotations: 6,
      byLabel: Object.assign(Object.create(null), { claim: 3, denial: 1, opinion: 1, promise: 1 }),
      moved: 0, fuzzy: 1, orphaned: 2,
    });
    assert.deepEqual(Object.keys(report.summary.byLabel), ['claim', 'denial', 'opinion', 'promise']);
  });

  it('lists who said what, most quoted first, and unattributed quotes apart', () => {
    const one = report.files[0].articles[0];
    assert.equal(one.title, 'Headline one');
    assert.deepEqual(one.speakers.map((s) => [s.name, s.quotes.map((q) => q.text)]), [['Ann', ['We will win,', 'It is certain,']], ['Bob', ['Maybe,']]]);
    assert.deepEqual(one.unattributed.map((q) => q.text), ['Who knows.']);
  });

  it('groups annotations by label, in text order, orphans last', () => {
    const one = report.files[0].articles[0];
    assert.deepEqual(one.labels.map((g) => [g.label, g.annotations.map((a) => a.id)]), [['claim', ['fz', 'or']], ['opinion', ['o1']], ['promise', ['p1']]]);
    const promise = one.labels[2].annotations[0];
    assert.equal(promise.speaker, 'Ann');
    assert.equal(promise.note, 'Campaign line.');
  });

  it('puts fuzzy and orphaned anchors in attention, with the text found and the saved quote', () => {
    const one = report.files[0].articles[0];
    assert.deepEqual(one.attention.map((a) => [a.id, a.anchor]), [['fz', 'fuzzy'], ['or', 'orphaned']]);
    assert.equal(one.attention[0].text, 'It is certain');
    assert.equal(one.attention[0].savedQuote, 'It is certian');
    assert.ok(one.attention[0].score! > 0.5 && one.attention[0].score! < 1);
    assert.equal(one.attention[1].start, undefined);
    assert.deepEqual(report.files[0].missingArticles.map((a) => [a.id, a.article, a.anchor]), [['gone', 'three.txt', 'orphaned']]);
  });

  it('renders Markdown with the attention list first and quotes folded away', () => {
    const md = renderReportMarkdown(report);
    assert.ok(md.indexOf('## Needs attention') < md.indexOf('## `x.corpus`'));
    assert.match(md, /<details><summary>Who said what: 4 quotes, 2 speakers<\/summary>\n\n/);
    assert.match(md, /\| promise \| We will win \| Ann \| Campaign line\. \| exact \| `p1` \|/);
    assert.match(md, /\*\*fuzzy\*\* \(0\.\d\d\)/);
    assert.ok(!md.includes('Who said what: 0'), 'articles without quotes have no quote section');
  });

  it('leaves out whole articles to stay under a length limit, and says so', () => {
    const full = renderReportMarkdown(report);
    const cut = renderReportMarkdown(report, { maxLength: full.length - 10 });
    assert.ok(cut.length <= full.length - 10, `${cut.length}`);
    assert.match(cut, /_[12] of 2 articles left out to keep this report under \d+ characters/);
    assert.ok(cut.includes('## Needs attention'));
    assert.equal(renderReportMarkdown(report, { maxLength: full.length }), full);
  });

  it('renders JSON with a version', () => {
    const json = JSON.parse(renderReportJson(report));
    assert.equal(json.version, 1);
    assert.equal(json.files[0].sidecar, 'x.corpus.annotations.yaml');
    assert.equal(json.summary.orphaned, 2);
  });
});
