// The Speakers view lists the people and organisations quoted across the workspace, with
// their quotes under them.
import * as assert from 'node:assert/strict';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import type { SpeakerNode, SpeakerQuoteNode } from '../../../src/extension/views/speakers/speakersView';
import { getApi } from './editorHelpers';

function label(node: { label?: string | { label: string } }): string {
  return typeof node.label === 'string' ? node.label : node.label?.label ?? '';
}

describe('Editor: Speakers view', () => {
  let api: NewsAnnotatorApi;

  before(async function () {
    this.timeout(60_000);
    api = await getApi();
    await api.whenIdle();
  });

  it('lists Dmitry Peskov with his quotes from several articles', () => {
    const speakers = api.speakers.getChildren().filter((n): n is SpeakerNode => n.kind === 'speaker');
    const names = speakers.map((n) => label(api.speakers.getTreeItem(n)));
    const peskov = speakers.find((n) => label(api.speakers.getTreeItem(n)) === 'Dmitry Peskov');
    assert.ok(peskov, `Dmitry Peskov is not listed; speakers: ${names.join(', ')}`);
    const quotes = api.speakers.getChildren(peskov).filter((n): n is SpeakerQuoteNode => n.kind === 'quote');
    assert.ok(quotes.length >= 4, `only ${quotes.length} quotes under Peskov`);
    const texts = quotes.map((q) => label(q));
    assert.ok(texts.some((t) => t.startsWith("Let's not talk about any breakthrough")), texts.join('\n'));
    assert.ok(new Set(quotes.map((q) => q.ref.article)).size >= 3, 'Peskov’s quotes should come from at least three articles');
    assert.match(String(api.speakers.getTreeItem(peskov).description), /\d+ quotes · \d+ articles/);
    assert.equal(api.speakers.getParent(quotes[0]), peskov);
  });

  it('orders speakers by how often they are quoted', () => {
    const counts = api.speakers.getChildren().map((n) => api.speakers.getChildren(n).length);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  });
});
