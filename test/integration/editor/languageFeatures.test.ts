// Outline, breadcrumbs and folding come from the parser: one symbol and one folding range per
// article of seeds.corpus.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri, getApi, openFixture, SEED_TITLES } from './editorHelpers';
import { waitFor } from '../harness/waitFor';

const HEADER_LINES = [0, 24, 57, 86, 120];

describe('Editor: document symbols and folding', () => {
  let document: vscode.TextDocument;

  before(async function () {
    this.timeout(60_000);
    await getApi();
    document = (await openFixture('seeds.corpus')).document;
  });

  it('lists the five articles as symbols with their headlines as detail', async () => {
    const symbols = await waitFor(
      async () => {
        const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', fixtureUri('seeds.corpus'));
        return result?.length ? result : undefined;
      },
      10_000,
      'no document symbols',
    );
    assert.deepEqual(symbols.map((s) => s.name), Object.keys(SEED_TITLES));
    assert.deepEqual(symbols.map((s) => s.detail), Object.values(SEED_TITLES));
    assert.deepEqual(symbols.map((s) => s.range.start.line), HEADER_LINES);
    assert.ok(symbols.every((s) => s.kind === vscode.SymbolKind.Module));
    // Each symbol spans its article: it ends where the next one starts (or at the end of the file).
    symbols.slice(0, -1).forEach((s, i) => assert.ok(s.range.end.line <= HEADER_LINES[i + 1], `symbol ${i} overruns`));
    assert.equal(document.getText(symbols[0].selectionRange), '000_88a625c4827ab9bc.txt');
  });

  it('folds each article from its header to its last line', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', fixtureUri('seeds.corpus'));
    assert.deepEqual(ranges.map((r) => r.start), HEADER_LINES);
    assert.deepEqual(ranges.slice(0, -1).map((r) => r.end), HEADER_LINES.slice(1).map((line) => line - 1));
    assert.equal(ranges.at(-1)!.end, document.lineCount - (document.lineAt(document.lineCount - 1).isEmptyOrWhitespace ? 2 : 1));
  });
});
