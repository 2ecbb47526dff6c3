// In the browser build, opening a workspace with a corpus gives what a reviewer sees on
// github.dev: the Articles view lists its articles, the Speakers view who is quoted, and the
// editor colours quotes, speakers and cues. Files are read through vscode.workspace.fs only.
import * as assert from 'node:assert/strict';
import type { NewsAnnotatorApi } from '../../src/extension/api';
import type { ArticleNode, ArticlesNode, CorpusFileNode } from '../../src/extension/views/articles/nodes';
import type { SpeakerNode, SpeakerQuoteNode } from '../../src/extension/views/speakers/speakersView';
import { getApi, openFixture, rangesOfRole, SEED_TITLES, textOf } from '../integration/editor/editorHelpers';
import { waitFor } from '../integration/harness/waitFor';

function labelOf(item: { label?: string | { label: string } }): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

describe('Web: the seed corpus', () => {
  let api: NewsAnnotatorApi;

  before(async function () {
    this.timeout(60_000);
    api = await getApi();
    await api.whenIdle();
  });

  it('lists seeds.corpus with its five articles, headlines and quote counts in the Articles view', async () => {
    const file = await waitFor(
      () => api.articles.getChildren().find((n): n is CorpusFileNode => n.kind === 'file' && n.uri.path.endsWith('/seeds.corpus')),
      10_000,
      `seeds.corpus is not listed; roots: ${api.articles.getChildren().map((n: ArticlesNode) => labelOf(api.articles.getTreeItem(n))).join(', ')}`,
    );
    const articles = api.articles.getChildren(file).filter((n): n is ArticleNode => n.kind === 'article');
    assert.deepEqual(articles.map((n) => n.name), Object.keys(SEED_TITLES));
    assert.deepEqual(articles.map((n) => labelOf(api.articles.getTreeItem(n))), Object.values(SEED_TITLES));
    await api.whenIdle();
    assert.match(String(api.articles.getTreeItem(articles[0]).description), /\d+ quotes?/);
  });

  it('lists Dmitry Peskov with his quotes in the Speakers view', () => {
    const speakers = api.speakers.getChildren().filter((n): n is SpeakerNode => n.kind === 'speaker');
    const peskov = speakers.find((n) => labelOf(api.speakers.getTreeItem(n)) === 'Dmitry Peskov');
    assert.ok(peskov, `Dmitry Peskov is not listed; speakers: ${speakers.map((n) => labelOf(api.speakers.getTreeItem(n))).join(', ')}`);
    const quotes = api.speakers.getChildren(peskov).filter((n): n is SpeakerQuoteNode => n.kind === 'quote');
    assert.ok(quotes.map((q) => labelOf(q)).some((t) => t.startsWith("Let's not talk about any breakthrough")));
  });

  it('colours the quotes, speakers and cues in the editor', async () => {
    const editor = await openFixture('seeds.corpus');
    assert.equal(editor.document.languageId, 'news-corpus');
    const decorations = await waitFor(() => {
      const found = api.decorations(editor.document.uri);
      return rangesOfRole(found, 'quote').length ? found : undefined;
    }, 10_000, 'no quote decorations on seeds.corpus');
    const quotes = textOf(editor.document, rangesOfRole(decorations, 'quote'));
    assert.ok(quotes.some((q) => q.startsWith('"Let\'s not talk about any breakthrough')), quotes.join('\n'));
    assert.ok(textOf(editor.document, rangesOfRole(decorations, 'speaker')).some((s) => s.includes('Peskov')));
    assert.ok(textOf(editor.document, rangesOfRole(decorations, 'cue')).includes('told'));
  });
});
