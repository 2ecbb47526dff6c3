// The extension's per-file model without VS Code: article keys, caches kept for untouched
// articles, incremental edits, reloads and quote search.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { CorpusEntry, articleKeyName } from '../../../src/extension/corpus/corpusEntry';
import { findQuote } from '../../../src/extension/corpus/quoteSearch';

const seeds = fs.readFileSync(path.resolve(__dirname, '../../fixtures/seeds.corpus'), 'utf8');
const fakeUri = { toString: () => 'file:///seeds.corpus', path: '/seeds.corpus' } as unknown as vscode.Uri;
const A0 = '000_88a625c4827ab9bc.txt';
const A3 = '003_c39b77451d523681.txt';

function insert(entry: CorpusEntry, text: string, at: number) {
  return entry.applyEdits([{ offset: at, removed: 0, inserted: text }]);
}

describe('extension: CorpusEntry', () => {
  it('keys articles by name, numbering duplicates', () => {
    const entry = new CorpusEntry(fakeUri, 'disk', '<<<FILE a>>>\nx\n<<<FILE b>>>\ny\n<<<FILE a>>>\nz\n');
    assert.equal(entry.keys.length, 3);
    assert.deepEqual(entry.keys.map(articleKeyName), ['a', 'b', 'a']);
    assert.notEqual(entry.keys[0], entry.keys[2]);
    assert.equal(entry.body(entry.keys[2]), 'z\n');
  });

  it('re-analyses only the edited article', () => {
    const entry = new CorpusEntry(fakeUri, 'document', seeds);
    const first = entry.analysis(A0);
    const third = entry.analysis(A3);
    const at = seeds.indexOf('"These problems will not disappear');
    const change = insert(entry, '"We will keep talking," Peskov said.\n\n', at);
    assert.deepEqual(change.changed, [A3]);
    assert.equal(change.structureChanged, false);
    assert.equal(entry.cachedAnalysis(A0), first, 'untouched article lost its analysis');
    assert.equal(entry.cachedAnalysis(A3), undefined, 'edited article kept a stale analysis');
    const again = entry.analysis(A3)!;
    assert.notEqual(again, third);
    assert.ok(again.quotes.some((q) => q.text.startsWith('We will keep talking')));
    assert.equal(entry.length, seeds.length + '"We will keep talking," Peskov said.\n\n'.length);
  });

  it('keeps its article list as is for a keystroke inside a body (no walk over the file)', () => {
    const entry = new CorpusEntry(fakeUri, 'document', seeds);
    const keys = entry.keys;
    const change = insert(entry, 'x', seeds.indexOf('Rosy prospects'));
    assert.equal(entry.keys, keys);
    assert.deepEqual(change, { changed: [A3], removed: [], structureChanged: false });
  });

  it('reports a structure change when a header is typed', () => {
    const entry = new CorpusEntry(fakeUri, 'document', seeds);
    const at = seeds.indexOf('<<<FILE 003');
    const change = insert(entry, '<<<FILE new.txt>>>\nA new article.\n', at);
    assert.equal(change.structureChanged, true);
    assert.ok(entry.keys.includes('new.txt'));
    assert.equal(entry.articleCount, 6);
  });

  it('keeps caches of unchanged articles across a reload from disk', () => {
    const entry = new CorpusEntry(fakeUri, 'disk', seeds);
    const first = entry.analysis(A0);
    entry.analysis(A3);
    const edited = seeds.replace('Rosy prospects', 'Bright prospects');
    const change = entry.replaceText(edited, 'disk');
    assert.deepEqual(change.changed, [A3]);
    assert.equal(entry.cachedAnalysis(A0), first);
    assert.equal(entry.cachedAnalysis(A3), undefined);
  });

  it('finds the next and previous quote, wrapping around', () => {
    const entry = new CorpusEntry(fakeUri, 'disk', seeds);
    const quotes = entry.analysis(A0)!.quotes;
    const base = entry.article(A0)!.bodyStart;
    assert.deepEqual(findQuote(entry, 0, 1), [base + quotes[0].start, base + quotes[0].end]);
    assert.deepEqual(findQuote(entry, base + quotes[0].start, 1), [base + quotes[1].start, base + quotes[1].end]);
    assert.deepEqual(findQuote(entry, base + quotes[1].start, -1), [base + quotes[0].start, base + quotes[0].end]);
    assert.deepEqual(findQuote(entry, seeds.length, 1), [base + quotes[0].start, base + quotes[0].end]);
    const last = findQuote(entry, 0, -1)!;
    assert.ok(last[0] > entry.article('004_7ddae7ebccbc7a8a.txt')!.bodyStart, 'going back from the top wraps to the last article');
  });
});
