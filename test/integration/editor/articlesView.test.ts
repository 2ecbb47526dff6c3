// The Articles view lists every corpus of the workspace and, under seeds.corpus, its five
// articles with their headlines; filtering changes what it lists.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import type { ArticleNode, ArticlesNode, CorpusFileNode } from '../../../src/extension/views/articles/nodes';
import { getApi, SEED_TITLES } from './editorHelpers';

function labelOf(api: NewsAnnotatorApi, node: ArticlesNode): string {
  const item = api.articles.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

function seedsNode(api: NewsAnnotatorApi): CorpusFileNode | undefined {
  return api.articles.getChildren().find((n): n is CorpusFileNode => n.kind === 'file' && n.uri.path.endsWith('/seeds.corpus'));
}

function seedArticles(api: NewsAnnotatorApi): ArticleNode[] {
  const file = seedsNode(api);
  assert.ok(file, `seeds.corpus is not listed; roots: ${api.articles.getChildren().map((n) => labelOf(api, n)).join(', ')}`);
  return api.articles.getChildren(file).filter((n): n is ArticleNode => n.kind === 'article');
}

describe('Editor: Articles view', () => {
  let api: NewsAnnotatorApi;

  before(async function () {
    this.timeout(60_000);
    api = await getApi();
    await api.whenIdle();
  });

  afterEach(() => api.articles.setFilter(''));

  it('lists seeds.corpus with its five articles and their headlines', () => {
    const articles = seedArticles(api);
    assert.deepEqual(articles.map((n) => n.name), Object.keys(SEED_TITLES));
    assert.deepEqual(articles.map((n) => labelOf(api, n)), Object.values(SEED_TITLES));
  });

  it('shows the quote count in the description once analysed', async () => {
    await api.whenIdle();
    const item = api.articles.getTreeItem(seedArticles(api)[0]) as vscode.TreeItem;
    assert.match(String(item.description), /\d+ quotes?/, `description: ${item.description}`);
  });

  it('knows each article’s parent, so reveal can find it', () => {
    const file = seedsNode(api);
    for (const article of seedArticles(api)) assert.equal(api.articles.getParent(article), file);
  });

  it('filters by headline or name, and clears', () => {
    api.articles.setFilter('kremlin rules');
    assert.deepEqual(seedArticles(api).map((n) => labelOf(api, n)), [SEED_TITLES['003_c39b77451d523681.txt']]);
    api.articles.setFilter('004_7dd');
    assert.deepEqual(seedArticles(api).map((n) => n.name), ['004_7ddae7ebccbc7a8a.txt']);
    api.articles.setFilter('no article has this text');
    assert.equal(seedsNode(api), undefined);
    api.articles.setFilter('');
    assert.equal(seedArticles(api).length, 5);
  });
});
