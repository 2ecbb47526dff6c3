// Every export must give back offsets that slice the same text out of the corpus (jsonl, csv:
// UTF-16 into the article body; W3C and brat: code points into the body / the .txt).
import { strict as assert } from 'node:assert';
import { articleBody, type ParsedCorpus } from '../../../src/core/corpus';
import {
  bratAnnotationConf, bratDocuments, bratSpan, codePointConverter, exportRows, parseCsv, renderCsv,
  renderJsonl, renderW3c, reviewCorpus, type ReviewedCorpus,
} from '../../../src/core/review';
import { fixtureAnnotations, fixtureCorpus } from './helpers';
import { checkBrat, checkCsv, checkJsonl, checkW3c, type BodyOf } from './roundtrip';

interface Case {
  name: string;
  corpus: ParsedCorpus;
  reviewed: ReviewedCorpus;
}

function load(dir: string[], corpusName: string, sidecarParts: string[]): Case {
  const corpus = fixtureCorpus(...dir, corpusName);
  const reviewed = reviewCorpus({ file: corpusName, corpus, annotations: fixtureAnnotations(...sidecarParts), sidecar: `${corpusName}.annotations.yaml` });
  return { name: corpusName, corpus, reviewed };
}

const CASES: Case[] = [
  load(['review'], 'emoji.corpus', ['review', 'emoji.corpus.annotations.yaml']),
  load([], 'seeds.corpus', ['review', 'seeds.corpus.annotations.base.yaml']),
];

describe('review: exports round-trip', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      const bodyOf: BodyOf = (file, article) => {
        assert.equal(file, c.name);
        const a = c.corpus.articles.find((x) => x.name === article);
        assert.ok(a, `no article ${article}`);
        return articleBody(c.corpus, a);
      };

      it('jsonl: every key in order, offsets re-slice the text, orphans keep their saved quote', () => {
        const rows = exportRows(c.reviewed);
        assert.ok(rows.some((r) => r.type === 'quote') && rows.some((r) => r.type === 'annotation'));
        assert.ok(checkJsonl(renderJsonl(rows), bodyOf) > 0);
      });

      it('csv: header, one record per row, re-sliceable offsets', () => {
        const rows = exportRows(c.reviewed);
        const csv = renderCsv(rows);
        assert.equal(parseCsv(csv).length, rows.length + 1);
        assert.ok(checkCsv(csv, bodyOf) > 0);
      });

      it('w3c: an AnnotationCollection whose selectors agree with the corpus', () => {
        assert.ok(checkW3c(renderW3c([c.reviewed], { generator: { name: 'News Annotator' } }), bodyOf) > 0);
      });

      it('brat: .txt is the exact body and every span re-slices its text in code points', () => {
        const { documents, labelTypes } = bratDocuments(c.reviewed);
        assert.equal(documents.length, c.corpus.articles.length);
        const conf = bratAnnotationConf(labelTypes);
        for (const doc of documents) {
          assert.equal(doc.text, bodyOf(c.name, doc.article));
          checkBrat(doc.text, doc.ann, conf);
        }
      });
    });
  }

  it('brat offsets really are code points: the emoji corpus shifts them', () => {
    const { documents } = bratDocuments(CASES[0].reviewed);
    const launch = documents.find((d) => d.article === '001_launch.txt')!;
    const line = launch.ann.split('\n').find((l) => l.includes('\tclaim '))!;
    const utf16 = launch.text.indexOf('We welcome the 🚀');
    // "Ministers 🇺🇦 react to the 🚀 launch": three astral characters before the quote.
    const start = utf16 - 3;
    const end = start + [...'We welcome the 🚀 launch and expect more'].length;
    assert.equal(line.replace(/^T\d+\t/, ''), `claim ${start} ${end}\tWe welcome the 🚀 launch and expect more`);
  });

  it('brat splits a span at line breaks into fragments joined by one space', () => {
    const body = 'ab\n\ncd\r\nef\u2028g';
    const convert = codePointConverter(body);
    assert.deepEqual(bratSpan(body, 0, body.length, convert), { offsets: '0 2;4 6;8 10;11 12', text: 'ab cd ef g' });
    assert.equal(bratSpan(body, 2, 4, convert), undefined);
  });

  it('brat leaves orphans out and reports them', () => {
    const { skipped, documents } = bratDocuments(CASES[0].reviewed);
    assert.deepEqual(skipped.map((p) => p.annotation.id), ['e4orph', 'e5gone']);
    assert.ok(documents.every((d) => !d.ann.includes('e4orph')));
  });

  it('brat notes carry the note, the speaker and the annotation id on one line', () => {
    const { documents } = bratDocuments(CASES[0].reviewed);
    const ann = documents[0].ann;
    assert.match(ann, /^#\d+\tAnnotatorNotes T\d+\tPipes \| and <b>tags<\/b>, "quotes" and @octocat: all text\. \| speaker: Critics \| id: e6n0te$/m);
  });
});
