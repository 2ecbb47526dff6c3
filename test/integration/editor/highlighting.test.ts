// Quotes, speakers and cues are coloured in the editor; the settings switch colouring live.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import { waitFor } from '../harness/waitFor';
import { getApi, openFixture, rangesOfRole, textOf } from './editorHelpers';

async function setHighlight(key: 'enabled' | 'colorBy', value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsAnnotator.highlight').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Editor: highlighting', () => {
  let api: NewsAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async function () {
    this.timeout(60_000);
    api = await getApi();
    editor = await openFixture('seeds.corpus');
  });

  after(async () => {
    await setHighlight('enabled', undefined);
    await setHighlight('colorBy', undefined);
  });

  it('colours the quotes, speakers and cues of the visible articles', async () => {
    const uri = editor.document.uri;
    const decorations = await waitFor(() => {
      const d = api.decorations(uri);
      return rangesOfRole(d, 'quote').length ? d : undefined;
    }, 10_000, 'no quote decorations on seeds.corpus');
    const quotes = textOf(editor.document, rangesOfRole(decorations, 'quote'));
    assert.ok(quotes.some((q) => q.startsWith('"Let\'s not talk about any breakthrough')), quotes.join('\n'));
    assert.ok(textOf(editor.document, rangesOfRole(decorations, 'speaker')).some((s) => s.includes('Peskov')));
    assert.ok(textOf(editor.document, rangesOfRole(decorations, 'cue')).includes('told'));
    // Speaker colours come from the palette slots, not the single colour.
    assert.ok(Object.keys(decorations).some((key) => /^quote:\d+$/.test(key)));
    assert.ok(api.metrics.firstHighlight.has(uri.toString()), 'time to first highlight not recorded');
  });

  it('gives a speaker the same colour in every article', async () => {
    const decorations = api.decorations(editor.document.uri);
    const slotsOfPeskov = new Set(
      Object.entries(decorations)
        .filter(([key]) => key.startsWith('speaker:'))
        .filter(([, ranges]) => textOf(editor.document, ranges).some((t) => t.includes('Peskov')))
        .map(([key]) => key),
    );
    assert.equal(slotsOfPeskov.size, 1, `Peskov in several colours: ${[...slotsOfPeskov].join(', ')}`);
  });

  it('switches to a single colour, then off, with the settings', async () => {
    const uri = editor.document.uri;
    await setHighlight('colorBy', 'single');
    await waitFor(() => api.decorations(uri)['quote:single']?.length, 10_000, 'colorBy=single not applied');
    assert.ok(Object.entries(api.decorations(uri)).every(([key, ranges]) => !/^(quote|speaker|cue):\d+$/.test(key) || ranges.length === 0));
    await setHighlight('enabled', false);
    await waitFor(() => Object.values(api.decorations(uri)).every((ranges) => ranges.length === 0), 10_000, 'highlighting not turned off');
    await setHighlight('enabled', true);
    await setHighlight('colorBy', 'speaker');
    await waitFor(() => rangesOfRole(api.decorations(uri), 'quote').length > 0 && !api.decorations(uri)['quote:single']?.length, 10_000, 'highlighting not restored');
  });
});
