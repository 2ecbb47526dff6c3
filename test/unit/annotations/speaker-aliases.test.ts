// Speaker aliases: how names match, chains, cycles (reported by the taxonomy reader at their
// place), and an article's analysis under the merged names.
import assert from 'node:assert/strict';
import {
  applySpeakerAliases, compileSpeakerAliases, findAliasCycles, normalizeSpeakerName, parseTaxonomy, sameSpeakerAliases,
} from '../../../src/core/annotations';
import type { ArticleAnalysis, Quote, Speaker } from '../../../src/core/attribution';

const LABELS = 'labels:\n  - id: claim\n    description: d\n    color: "#123456"\n';

function speaker(id: number, name: string, kind: Speaker['kind'] = 'person', mentions: Array<[number, number]> = [[id * 10, id * 10 + 5]], named = true): Speaker {
  return { id, name, kind, named, titles: [], mentions: mentions.map(([start, end]) => ({ start, end })) };
}

function quote(start: number, speakerId: number | null, name: string | null): Quote {
  return {
    start, end: start + 5, outerStart: start - 1, outerEnd: start + 6, text: 'words', kind: 'full', speakerId, speaker: name,
    speakerStart: speakerId === null ? null : speakerId * 10, speakerEnd: speakerId === null ? null : speakerId * 10 + 5,
    cue: 'said', cueStart: null, cueEnd: null, confidence: 0.9,
  };
}

describe('annotations/speaker aliases', () => {
  it('matches names exactly after normalising Unicode and whitespace, keeping case', () => {
    const aliases = compileSpeakerAliases({ ' Peskov ': 'Dmitry  Peskov', 'Jos\u0065\u0301 Martí': 'José Martí (poet)' });
    assert.equal(aliases.resolve('Peskov'), 'Dmitry Peskov');
    assert.equal(aliases.resolve('Peskov\n'), 'Dmitry Peskov');
    assert.equal(aliases.resolve('Peskov\u00a0'), 'Dmitry Peskov', 'a no-break space is whitespace too');
    assert.equal(aliases.resolve('peskov'), 'peskov', 'case is kept: no match');
    assert.equal(aliases.resolve('Jos\u00e9 Martí'), 'José Martí (poet)', 'composed and decomposed é are one name');
    assert.equal(aliases.resolve('Someone Else'), 'Someone Else');
    assert.ok(aliases.isCanonical('Dmitry Peskov'));
    assert.ok(!aliases.isCanonical('Peskov'));
    assert.equal(normalizeSpeakerName(' a\t\r\n b '), 'a b');
  });

  it('follows chains to their end', () => {
    const aliases = compileSpeakerAliases({ Washington: 'John Kirby', 'John Kirby': 'U.S. State Department', Kirby: 'John Kirby' });
    assert.deepEqual([...aliases.resolved], [
      ['Washington', 'U.S. State Department'], ['John Kirby', 'U.S. State Department'], ['Kirby', 'U.S. State Department'],
    ]);
    assert.deepEqual([...aliases.canonicalNames], ['U.S. State Department']);
  });

  it('finds cycles, and leaves the names on them as they are', () => {
    const record = { A: 'B', B: 'C', C: 'A', D: 'A', E: 'E', F: 'G', G: 'F' };
    assert.deepEqual(findAliasCycles(record), [['A', 'B', 'C'], ['F', 'G']]);
    const aliases = compileSpeakerAliases(record);
    assert.equal(aliases.resolve('A'), 'A');
    assert.equal(aliases.resolve('D'), 'D');
    assert.equal(aliases.size, 0);
  });

  it('reports a cycle in the taxonomy at its first alias, and a repeated alias', () => {
    const cycle = parseTaxonomy(`${LABELS}speakers:\n  aliases:\n    Kirby: John Kirby\n    John Kirby: Kirby\n`);
    assert.ok(!cycle.ok);
    assert.deepEqual(cycle.errors.map((e) => [e.line, e.column, e.message]), [
      [6, 4, 'speaker aliases go round in a circle (Kirby -> John Kirby -> Kirby): one of these names must be the canonical one, with no alias'],
    ]);
    const twice = parseTaxonomy(`${LABELS}speakers:\n  aliases:\n    Kirby: John Kirby\n    "Kirby ": Kirby J.\n`);
    assert.ok(!twice.ok);
    assert.deepEqual(twice.errors.map((e) => [e.line, e.column, e.message]), [[7, 4, "the alias 'Kirby' is already given above"]]);
  });

  it('compares alias sets by what they resolve', () => {
    assert.ok(sameSpeakerAliases(compileSpeakerAliases({ a: 'b', c: 'b' }), compileSpeakerAliases({ c: 'b', a: 'b ' })));
    assert.ok(!sameSpeakerAliases(compileSpeakerAliases({ a: 'b' }), compileSpeakerAliases({ a: 'c' })));
  });

  describe('applySpeakerAliases', () => {
    const analysis: ArticleAnalysis = {
      speakers: [speaker(0, 'Kremlin', 'organization'), speaker(1, 'Dmitry Peskov', 'person', [[10, 15], [40, 46]]), speaker(2, 'a senior official', 'person', [[20, 25]], false), speaker(3, 'Peskov', 'person', [[30, 35], [40, 46]])],
      quotes: [quote(100, 0, 'Kremlin'), quote(200, 1, 'Dmitry Peskov'), quote(300, null, null), quote(400, 2, 'a senior official'), quote(500, 3, 'Peskov')],
    };

    it('is the same object when no speaker is aliased', () => {
      assert.equal(applySpeakerAliases(analysis, compileSpeakerAliases({})), analysis);
      assert.equal(applySpeakerAliases(analysis, compileSpeakerAliases({ Lavrov: 'Sergey Lavrov' })), analysis);
    });

    it('renames speakers and their quotes, keeping offsets', () => {
      const out = applySpeakerAliases(analysis, compileSpeakerAliases({ 'a senior official': 'Anonymous official' }));
      assert.equal(out.speakers[2].name, 'Anonymous official');
      assert.equal(out.speakers[2].named, true, 'a named description counts as named');
      assert.deepEqual(out.quotes.map((q) => q.speaker), ['Kremlin', 'Dmitry Peskov', null, 'Anonymous official', 'Peskov']);
      assert.deepEqual(out.quotes.map((q) => [q.start, q.speakerStart, q.speakerEnd]), analysis.quotes.map((q) => [q.start, q.speakerStart, q.speakerEnd]));
      assert.equal(analysis.speakers[2].name, 'a senior official', 'the input is not changed');
    });

    it('merges speakers an alias gives one name, ids staying their index', () => {
      const out = applySpeakerAliases(analysis, compileSpeakerAliases({ Peskov: 'Dmitry Peskov', Kremlin: 'Dmitry Peskov' }));
      assert.deepEqual(out.speakers.map((s) => [s.id, s.name, s.kind]), [[0, 'Dmitry Peskov', 'person'], [1, 'a senior official', 'person']]);
      assert.deepEqual(out.speakers[0].mentions, [{ start: 0, end: 5 }, { start: 10, end: 15 }, { start: 30, end: 35 }, { start: 40, end: 46 }]);
      assert.deepEqual(out.quotes.map((q) => [q.speakerId, q.speaker]), [[0, 'Dmitry Peskov'], [0, 'Dmitry Peskov'], [null, null], [1, 'a senior official'], [0, 'Dmitry Peskov']]);
      assert.ok(out.quotes.every((q) => q.speakerId === null || out.speakers[q.speakerId].name === q.speaker));
    });

    it('keeps apart speakers the engine gave one name when no alias joins them', () => {
      const twins: ArticleAnalysis = { speakers: [speaker(0, 'Smith'), speaker(1, 'Smith'), speaker(2, 'Jones')], quotes: [quote(1, 0, 'Smith'), quote(2, 1, 'Smith'), quote(3, 2, 'Jones')] };
      const out = applySpeakerAliases(twins, compileSpeakerAliases({ Jones: 'Jo Jones' }));
      assert.deepEqual(out.speakers.map((s) => s.name), ['Smith', 'Smith', 'Jo Jones']);
      assert.deepEqual(out.quotes.map((q) => q.speakerId), [0, 1, 2]);
    });
  });
});
