// How the editor groups and colours speakers under the taxonomy's aliases (the Speakers view's
// rows, the hover's counts, the highlight colours), and analyses under the canonical names.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { CorpusEntry } from '../../../src/extension/corpus/corpusEntry';
import { compileSpeakerAliases } from '../../../src/core/annotations';
import { SpeakerNaming } from '../../../src/extension/corpus/speakerNaming';
import { paletteSlot } from '../../../src/extension/highlight/palette';

describe('extension: speaker naming under aliases', () => {
  it('groups by kind and identity without aliases, as before', () => {
    const naming = SpeakerNaming.NONE;
    assert.equal(naming.keyOf('Dmitry Peskov', 'person'), naming.keyOf('Mr Peskov', 'person'));
    assert.notEqual(naming.keyOf('Kremlin', 'organization'), naming.keyOf('Kremlin', 'person'));
    assert.equal(naming.slotOf('Dmitry Peskov', 'person'), paletteSlot('Dmitry Peskov', 'person'));
    assert.ok(naming.isEmpty);
  });

  it('makes a canonical name one group whatever kind its speakers have', () => {
    const naming = new SpeakerNaming(compileSpeakerAliases({ Washington: 'U.S. State Department', 'John Kirby': 'U.S. State Department' }));
    const key = naming.keyOf('U.S. State Department', 'person');
    assert.equal(naming.keyOf('U.S. State Department', 'organization'), key);
    assert.equal(naming.canonicalOf(key), 'U.S. State Department');
    assert.equal(naming.slotOf('U.S. State Department', 'organization'), naming.slotOf('U.S. State Department', 'person'));
  });

  it('lets the shorter forms of a renamed person join them, keeping their colour', () => {
    const naming = new SpeakerNaming(compileSpeakerAliases({ 'Sergey Lavrov': 'Sergei Lavrov' }));
    assert.equal(naming.keyOf('Lavrov', 'person'), naming.keyOf('Sergei Lavrov', 'person'));
    assert.equal(naming.keyOf('Mr Lavrov', 'person'), naming.keyOf('Sergei Lavrov', 'person'));
    assert.equal(naming.slotOf('Sergei Lavrov', 'person'), paletteSlot('Lavrov', 'person'), 'a person keeps the colour of their surname');
    assert.notEqual(naming.keyOf('Anna Lavrov', 'person'), naming.keyOf('Sergei Lavrov', 'person'), 'another first name is someone else');
  });

  it('keeps a short form apart when two canonical names could take it', () => {
    const naming = new SpeakerNaming(compileSpeakerAliases({ Bill: 'Bill Clinton', Hillary: 'Hillary Clinton' }));
    assert.notEqual(naming.keyOf('Bill Clinton', 'person'), naming.keyOf('Hillary Clinton', 'person'));
    assert.equal(naming.canonicalOf(naming.keyOf('Clinton', 'person')), undefined);
  });
});

describe('extension: CorpusEntry under speaker aliases', () => {
  const seeds = fs.readFileSync(path.resolve(__dirname, '../../fixtures/seeds.corpus'), 'utf8');
  const fakeUri = { toString: () => 'file:///seeds.corpus', path: '/seeds.corpus' } as unknown as vscode.Uri;
  const A4 = '004_7ddae7ebccbc7a8a.txt';

  it('gives analyses the canonical names, renaming again when the aliases change, never re-analysing', () => {
    let naming = SpeakerNaming.NONE;
    const entry = new CorpusEntry(fakeUri, 'disk', seeds, () => naming);
    const plain = entry.analysis(A4)!;
    assert.ok(plain.quotes.some((q) => q.speaker === 'John Kirby'));
    naming = new SpeakerNaming(compileSpeakerAliases({ 'John Kirby': 'U.S. State Department', Washington: 'U.S. State Department' }));
    const merged = entry.cachedAnalysis(A4)!;
    assert.ok(merged.quotes.every((q) => q.speaker !== 'John Kirby' && q.speaker !== 'Washington'));
    assert.equal(merged.quotes.filter((q) => q.speaker === 'U.S. State Department').length, plain.quotes.filter((q) => q.speaker === 'John Kirby' || q.speaker === 'Washington').length);
    assert.equal(entry.analysis(A4), merged, 'the renamed analysis is cached');
    naming = SpeakerNaming.NONE;
    assert.equal(entry.analysis(A4), plain, 'without aliases the engine\'s own analysis, not a new one');
  });
});
