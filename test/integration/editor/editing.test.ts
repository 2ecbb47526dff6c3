// Typing keeps the model current: the edited article is re-analysed, the others keep their
// cached analysis; Next/Previous Quote walk the quotes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import { waitFor } from '../harness/waitFor';
import { closeActiveWithoutSaving, getApi, openScratchCopy, rangesOfRole, textOf } from './editorHelpers';

const ARTICLE = '003_c39b77451d523681.txt';
const NEW_QUOTE = '"We will keep talking, whatever happens in Washington," Peskov said.';

describe('Editor: editing and quote navigation', () => {
  let api: NewsAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async function () {
    this.timeout(60_000);
    api = await getApi();
    editor = await openScratchCopy('seeds.corpus');
    await waitFor(() => api.model.get(editor.document.uri), 10_000, 'scratch corpus not in the model');
  });

  after(closeActiveWithoutSaving);

  it('re-analyses only the edited article after a typed quote', async () => {
    const uri = editor.document.uri;
    const untouched = api.analysis(uri, '000_88a625c4827ab9bc.txt');
    const before = api.analysis(uri, ARTICLE);
    assert.ok(untouched && before);
    assert.ok(!before.quotes.some((q) => q.text.startsWith('We will keep talking')));
    // Insert a new paragraph after the article's first quote paragraph.
    const anchor = editor.document.getText().indexOf('"These problems will not disappear without talks,"');
    const line = editor.document.positionAt(anchor).line;
    await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), `${NEW_QUOTE}\n\n`));
    const after = await waitFor(() => {
      const analysis = api.analysis(uri, ARTICLE);
      return analysis?.quotes.some((q) => q.text.startsWith('We will keep talking')) ? analysis : undefined;
    }, 10_000, 'the typed quote never appeared in the analysis');
    const added = after.quotes.find((q) => q.text.startsWith('We will keep talking'))!;
    assert.match(added.speaker ?? '', /Peskov/);
    assert.equal(added.cue, 'said');
    assert.equal(api.analysis(uri, '000_88a625c4827ab9bc.txt'), untouched, 'an untouched article was re-analysed');
    // The highlight follows after the idle moment.
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    await waitFor(() => textOf(editor.document, rangesOfRole(api.decorations(uri), 'quote')).some((t) => t.includes('We will keep talking')),
      10_000, 'the typed quote is not highlighted');
  });

  it('moves the selection to the next and previous quote', async () => {
    const uri = editor.document.uri;
    const quotes = api.analysis(uri, '000_88a625c4827ab9bc.txt')!.quotes;
    assert.ok(quotes.length >= 2);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    assert.equal(editor.document.getText(editor.selection), quotes[0].text);
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    assert.equal(editor.document.getText(editor.selection), quotes[1].text);
    await vscode.commands.executeCommand('newsAnnotator.previousQuote');
    assert.equal(editor.document.getText(editor.selection), quotes[0].text);
  });

  it('wraps around from the last quote to the first', async () => {
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    assert.equal(editor.document.getText(editor.selection), api.analysis(editor.document.uri, '000_88a625c4827ab9bc.txt')!.quotes[0].text);
  });
});
