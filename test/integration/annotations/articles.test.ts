// Articles and their annotations: Rename Article renames the header and the article's
// annotations in one undoable step (and Ctrl+Z renames them back); New Article inserts a
// uniquely named header at the article boundary; the Articles view lists annotations under
// their article with a count.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import type { ArticleNode, CorpusFileNode } from '../../../src/extension/views/articles/nodes';
import {
  makeCorpus, open, readText, removeCorpus, saveAndSettle, seedsSidecarText, setUpAnnotationSuite, sidecarOf, waitFor,
} from './annotationHelpers';

const FIRST = '000_88a625c4827ab9bc.txt';
const RENAMED = '000_renamed.txt';

function articlesOf(api: NewsAnnotatorApi, corpus: vscode.Uri, ids: string[]): string[] {
  return ids.map((id) => api.annotations.list(corpus).find((v) => v.annotation.id === id)!.annotation.article);
}

describe('Annotations: articles', () => {
  let api: NewsAnnotatorApi;
  let corpus: vscode.Uri;
  let original: string;

  setUpAnnotationSuite((ready) => (api = ready));

  beforeEach(async () => {
    const name = `articles-${Date.now()}.corpus`;
    original = await seedsSidecarText(name);
    corpus = await makeCorpus(api, name, { sidecar: original });
  });

  afterEach(() => removeCorpus(corpus));

  it('renames an article and its annotations in one step; undo renames them back', async () => {
    const editor = await open(corpus);
    editor.selection = new vscode.Selection(3, 0, 3, 0); // inside the first article
    await vscode.commands.executeCommand('newsAnnotator.renameArticle', { name: RENAMED });
    assert.equal(editor.document.lineAt(0).text, `<<<FILE ${RENAMED}>>>`);
    await waitFor(() => articlesOf(api, corpus, ['m8jq95', 'a2zpie']).every((a) => a === RENAMED), 5000, 'the annotations kept the old name');
    assert.equal(articlesOf(api, corpus, ['ti7daj'])[0], '001_b95ea068836629e5.txt', 'another article\'s annotation was renamed');
    await saveAndSettle(api, editor.document);
    const renamedText = original.replaceAll(`article: ${FIRST}`, `article: ${RENAMED}`);
    await waitFor(async () => (await readText(sidecarOf(corpus))) === renamedText, 10_000, 'the sidecar does not hold the new name');

    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.lineAt(0).text, `<<<FILE ${FIRST}>>>`);
    await waitFor(() => articlesOf(api, corpus, ['m8jq95', 'a2zpie']).every((a) => a === FIRST), 5000, 'undo did not rename the annotations back');
    await saveAndSettle(api, editor.document);
    await waitFor(async () => (await readText(sidecarOf(corpus))) === original, 10_000, 'the sidecar is not back to its original bytes');

    await vscode.commands.executeCommand('redo');
    await waitFor(() => articlesOf(api, corpus, ['m8jq95'])[0] === RENAMED, 5000, 'redo did not rename them again');
  });

  it('inserts a new article with a unique name after the article at the cursor', async () => {
    const editor = await open(corpus);
    editor.selection = new vscode.Selection(3, 0, 3, 0);
    const running = vscode.commands.executeCommand('newsAnnotator.newArticle');
    await waitFor(() => api.annotations.activePrompt()?.kind === 'text', 5000, 'no name prompt');
    assert.equal(api.annotations.activePrompt()!.value, 'new-article-001.txt');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    const entry = await waitFor(() => {
      const e = api.model.get(corpus);
      return e?.corpus.articles.some((a) => a.name === 'new-article-001.txt') && e;
    }, 5000, 'no new article');
    const names = entry.corpus.articles.map((a) => a.name);
    assert.deepEqual(names.slice(0, 3), [FIRST, 'new-article-001.txt', '001_b95ea068836629e5.txt']);
    assert.equal(editor.document.lineAt(editor.selection.active.line - 1).text, '<<<FILE new-article-001.txt>>>', 'the cursor is not in the new body');
    assert.ok(api.annotations.list(corpus).every((v) => v.state === 'exact'), 'inserting an article disturbed the annotations');
  });

  it('lists annotations under their article in the Articles view, with a count', async () => {
    await api.whenIdle();
    const file = api.articles.getChildren().find((n): n is CorpusFileNode => n.kind === 'file' && n.uri.toString() === corpus.toString())!;
    const first = api.articles.getChildren(file).find((n): n is ArticleNode => n.kind === 'article' && n.name === FIRST)!;
    const item = api.articles.getTreeItem(first);
    assert.match(String(item.description), /2 tags/);
    const children = api.articles.getChildren(first);
    assert.deepEqual(children.map((c) => String(c.label)), ['There is a long way before making a breakthrough', 'Moscow has repeatedly denied these allegations']);
    assert.equal(api.articles.getParent(children[0]), first);
    assert.equal(children[0].command?.command, 'newsAnnotator.revealAnnotation');
  });
});
