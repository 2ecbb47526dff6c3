// Corpus files are recognised by extension and by their first line, and changes made outside
// the editor (another tool, a git checkout) reach the model through the file watcher.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import { waitFor } from '../harness/waitFor';
import { closeActiveWithoutSaving, fixtureUri, getApi } from './editorHelpers';

const encode = (text: string) => new TextEncoder().encode(text);

describe('Editor: corpus files in the workspace', () => {
  let api: NewsAnnotatorApi;

  before(async function () {
    this.timeout(60_000);
    api = await getApi();
    await api.whenIdle();
  });

  it('recognises a corpus file without an extension by its first line', async () => {
    const uri = fixtureUri('corpus-export');
    await vscode.workspace.fs.writeFile(uri, encode('<<<FILE exported.txt>>>\nBody.\n'));
    try {
      assert.equal((await vscode.workspace.openTextDocument(uri)).languageId, 'news-corpus');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('switches a plain-text .txt corpus to news-corpus', async () => {
    const uri = fixtureUri('pasted-export.txt');
    await vscode.workspace.fs.writeFile(uri, encode('<<<FILE pasted.txt>>>\n"It works," she said.\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitFor(() => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.languageId === 'news-corpus'),
        10_000, 'the .txt corpus stayed plain text');
      await waitFor(() => api.model.get(uri)?.keys.includes('pasted.txt'), 10_000, 'the .txt corpus is not in the model');
      await closeActiveWithoutSaving();
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('follows a corpus file created, changed and deleted on disk', async () => {
    const uri = fixtureUri('outside-tool.corpus');
    const listed = () => api.articles.getChildren().some((n) => n.kind === 'file' && n.uri.toString() === uri.toString());
    await vscode.workspace.fs.writeFile(uri, encode('<<<FILE one.txt>>>\nFirst version.\n'));
    await waitFor(() => api.model.get(uri)?.keys.join() === 'one.txt', 15_000, 'the new file was not indexed');
    assert.ok(listed(), 'the new file is not in the Articles view');
    await vscode.workspace.fs.writeFile(uri, encode('<<<FILE one.txt>>>\nFirst version.\n<<<FILE two.txt>>>\nAdded by a checkout.\n'));
    await waitFor(() => api.model.get(uri)?.keys.join() === 'one.txt,two.txt', 15_000, 'the change on disk was not picked up');
    await vscode.workspace.fs.delete(uri);
    await waitFor(() => !api.model.get(uri), 15_000, 'the deleted file is still indexed');
    assert.ok(!listed(), 'the deleted file is still in the Articles view');
  });
});
