// Hovering a quote tells who said it, with which cue and how sure the engine is; hovering a
// speaker tells how often they are quoted across the workspace, with links to the quotes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, openFixture } from './editorHelpers';

async function hoverText(document: vscode.TextDocument, text: string, into = 3): Promise<string> {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `fixture text not found: ${text}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + into));
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('Editor: hovers', () => {
  let document: vscode.TextDocument;

  before(async function () {
    this.timeout(60_000);
    const api = await getApi();
    document = (await openFixture('seeds.corpus')).document;
    await api.whenIdle();
  });

  it('describes a quote: speaker, cue and confidence', async () => {
    const text = await hoverText(document, "Let's not talk about any breakthrough");
    assert.match(text, /Quote.* by \*\*Dmitry Peskov\*\*/);
    assert.match(text, /cue: _told_/);
    assert.match(text, /confidence: \d+%/);
    const tagRegistered = (await vscode.commands.getCommands(true)).includes('newsAnnotator.tagDetectedQuote');
    assert.equal(/Tag this quote/.test(text), tagRegistered, 'the tag link must be offered exactly when its command exists');
  });

  it('describes a speaker: quotes across the workspace with links', async () => {
    const text = await hoverText(document, 'Dmitry Peskov told a daily news briefing');
    assert.match(text, /\*\*Dmitry Peskov\*\*/);
    assert.match(text, /\d+ quotes in \d+ articles/);
    assert.match(text, /command:newsAnnotator\.openQuote\?/);
  });

  it('offers nothing outside quotes and speakers', async () => {
    assert.equal(await hoverText(document, 'Putin was re-elected president', 12), '');
  });
});
