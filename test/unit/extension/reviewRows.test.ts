// The rows a comparison with a git ref shows (Articles view "Changes since <ref>", editor marks):
// what each says changed, where it sits, the order, and where a removed annotation would be.
import * as assert from 'node:assert/strict';
import { parseCorpus } from '../../../src/core/corpus';
import { diffAnnotations } from '../../../src/core/review';
import type { Annotation } from '../../../src/core/annotations';
import { changeRows, countsText, describeChange, placeRemoved, rowDescription, rowHover, type Span } from '../../../src/extension/review/changeRows';

function annotation(fields: Partial<Annotation> & { id: string }): Annotation {
  return { article: 'a.txt', label: 'claim', quote: 'text', prefix: '', suffix: '', start: 0, ...fields };
}

function changed(before: Partial<Annotation>, after: Partial<Annotation>) {
  return diffAnnotations([annotation({ id: 'x', ...before })], [annotation({ id: 'x', ...after })]).changed[0];
}

describe('extension: review rows (comparing annotations with a git ref)', () => {
  it('says what changed, reviewer-facing fields first and the anchor last', () => {
    assert.equal(describeChange(changed({ label: 'misinformation' }, { label: 'claim' })), 'label misinformation → claim');
    assert.equal(describeChange(changed({ speaker: 'Peskov' }, {})), 'speaker Peskov → (none)');
    assert.equal(describeChange(changed({}, { note: 'n' })), 'note added');
    assert.equal(describeChange(changed({ note: 'n' }, {})), 'note removed');
    assert.equal(describeChange(changed({ note: 'n' }, { note: 'm', updated: '2026-01-01T00:00:00Z' })), 'note changed');
    assert.equal(describeChange(changed({ start: 4, quote: 'a' }, { start: 9, quote: 'b', label: 'denial' })), 'label claim → denial, text changed');
    assert.equal(describeChange(changed({ start: 4 }, { start: 9, prefix: 'p' })), 'anchor moved');
    assert.equal(describeChange(changed({}, { article: 'b.txt' })), 'moved to b.txt');
    assert.equal(describeChange(changed({ extra: { verdict: 'unverified' } }, { extra: { verdict: 'false' } })), 'verdict unverified → false');
    assert.equal(describeChange(changed({}, { updated: '2026-01-01T00:00:00Z' })), 'updated');
  });

  it('lists rows in text order, removed before changed before added at one place, unplaced ones last', () => {
    const base = [annotation({ id: 'gone' }), annotation({ id: 'kept', label: 'opinion' }), annotation({ id: 'lost' }), annotation({ id: 'same' })];
    const head = [annotation({ id: 'kept', label: 'claim' }), annotation({ id: 'new' }), annotation({ id: 'orphan' }), annotation({ id: 'same' })];
    const now = new Map<string, Span>([['kept', { start: 50, end: 60 }], ['new', { start: 10, end: 14 }], ['same', { start: 0, end: 4 }]]);
    const rows = changeRows(diffAnnotations(base, head), (id) => now.get(id), new Map([['gone', { start: 50, end: 55 }]]));
    assert.deepEqual(rows.map((r) => `${r.kind}:${r.id}`), ['added:new', 'removed:gone', 'changed:kept', 'added:orphan', 'removed:lost']);
    assert.deepEqual(rows.find((r) => r.id === 'kept')!.annotation.label, 'claim', 'a changed row shows the annotation as it is now');
    assert.equal(countsText(rows), '2 added, 2 removed, 1 changed');
    assert.equal(countsText([]), 'no changes');
  });

  it('describes rows for the view and the hover', () => {
    const diff = diffAnnotations(
      [annotation({ id: 'c', label: 'misinformation' }), annotation({ id: 'r', label: 'denial', quote: 'It never happened' }), annotation({ id: 'm', start: 1 })],
      [annotation({ id: 'c' }), annotation({ id: 'a', label: 'accusation' }), annotation({ id: 'm', start: 7 })],
    );
    const rows = changeRows(diff, () => ({ start: 0, end: 4 }), new Map());
    const by = (id: string) => rows.find((r) => r.id === id)!;
    assert.equal(rowHover(by('c'), 'main'), 'Changed since main: label misinformation → claim');
    assert.equal(rowHover(by('a'), 'main'), 'Added since main: accusation');
    assert.equal(rowHover(by('r'), 'main'), 'Removed since main: denial “It never happened”');
    assert.equal(rowDescription(by('a')), 'added · accusation');
    assert.equal(rowDescription(by('r')), 'removed · denial · its text is gone');
    assert.equal(rowDescription(by('c')), 'label misinformation → claim');
    assert.equal(by('m').anchorOnly, true);
    assert.equal(by('c').anchorOnly, false);
  });

  it('places removed annotations where their text is now, and leaves out those whose text is gone', () => {
    const corpus = parseCorpus('<<<FILE a.txt>>>\nA new first line.\nThe minister denied it.\n<<<FILE b.txt>>>\nNothing here.\n');
    const bodyStart = corpus.articles[0].bodyStart;
    const moved = annotation({ id: 'moved', quote: 'The minister denied it.', start: 0 });
    const gone = annotation({ id: 'gone', quote: 'a sentence deleted since, long enough not to match', start: 3 });
    const spans = placeRemoved([moved, gone], corpus);
    const at = corpus.text.indexOf('The minister');
    assert.deepEqual(spans.get('moved'), { start: at, end: at + 'The minister denied it.'.length });
    assert.ok(at > bodyStart);
    assert.equal(spans.has('gone'), false);
  });
});
