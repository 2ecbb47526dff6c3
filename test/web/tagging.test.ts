// Tagging in the browser build: the real command with its label pick and speaker input answered
// here, the sidecar written through vscode.workspace.fs to exactly the bytes a reviewer will
// read in the pull request; a corrupt sidecar is never touched; without an author setting the
// web build signs "anonymous" (a web worker knows no OS user and no global git config).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension/api';
import {
  deterministic, diagnosticsOf, firstId, makeCorpus, open, readText, removeCorpus, restoreDefaults, select, setUpAnnotationSuite, sidecarOf, waitFor, PESKOV_QUOTE, peskovTagSidecar,
} from '../integration/annotations/annotationHelpers';

const CORRUPT = '# hand-edited, then broken\nversion: 1\nannotations:\n  - id: m8jq95\n    article: [unclosed\n';

describe('Web: tagging', () => {
  let api: NewsAnnotatorApi;
  let corpus: vscode.Uri | undefined;

  setUpAnnotationSuite((ready) => (api = ready));

  afterEach(async () => {
    await restoreDefaults(api);
    await removeCorpus(corpus);
    corpus = undefined;
  });

  it('tags a claim through the label pick and speaker input and writes exactly the expected sidecar', async () => {
    corpus = await makeCorpus(api, `web-tagging-${Date.now()}.corpus`);
    const editor = await open(corpus);
    await deterministic(api, 11);
    select(editor, PESKOV_QUOTE);
    const running = vscode.commands.executeCommand<string>('newsAnnotator.tagClaim');
    const labels = await waitFor(() => api.annotations.activePrompt()?.kind === 'label' && api.annotations.activePrompt(), 10_000, 'no label pick');
    assert.equal(labels.items[0], 'claim');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // claim
    const speaker = await waitFor(() => api.annotations.activePrompt()?.kind === 'speaker' && api.annotations.activePrompt(), 10_000, 'no speaker input');
    assert.equal(speaker.value, 'Dmitry Peskov', 'the speaker is pre-filled with the detected one');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const id = await running;
    assert.equal(id, firstId(11));
    await api.annotations.whenIdle();
    assert.equal(await readText(sidecarOf(corpus)), peskovTagSidecar(corpus, id, 'claim'));
    await waitFor(() => api.annotations.decorations(corpus!)['label:claim']?.length === 1, 5000, 'the tag is not decorated');
    assert.equal(editor.document.getText(api.annotations.decorations(corpus)['label:claim'][0]), PESKOV_QUOTE);
    // Written atomically through vscode.workspace.fs: no temporary file is left beside it.
    const names = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(corpus, '..'))).map(([n]) => n);
    assert.deepEqual(names.filter((n) => n.includes('.tmp-')), []);
  });

  it('signs "anonymous" when no author is configured', async () => {
    corpus = await makeCorpus(api, `web-author-${Date.now()}.corpus`);
    assert.equal(await api.annotations.author, 'anonymous');
    const editor = await open(corpus);
    select(editor, PESKOV_QUOTE);
    assert.ok(await vscode.commands.executeCommand<string>('newsAnnotator.tagClaim', { label: 'claim', speaker: null }));
    await api.annotations.whenIdle();
    assert.match(await readText(sidecarOf(corpus)), /\n {4}author: anonymous\n/);
  });

  it('keeps a corrupt sidecar byte-identical, reports it, and refuses tagging', async () => {
    corpus = await makeCorpus(api, `web-corrupt-${Date.now()}.corpus`, { sidecar: CORRUPT });
    assert.equal(api.annotations.status(corpus)?.sidecar, 'invalid');
    const problems = await waitFor(() => {
      const found = diagnosticsOf(sidecarOf(corpus!));
      return found.length ? found : undefined;
    }, 5000, 'the corrupt sidecar is not reported in Problems');
    assert.ok(problems.some((d) => d.range.start.line >= 3), `errors at lines ${problems.map((d) => d.range.start.line + 1)}`);
    const editor = await open(corpus);
    select(editor, PESKOV_QUOTE);
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.tagClaim', { label: 'claim' }), undefined, 'tagging was not refused');
    await api.annotations.whenIdle();
    assert.equal(await readText(sidecarOf(corpus)), CORRUPT, 'the corrupt sidecar was modified');
  });
});
