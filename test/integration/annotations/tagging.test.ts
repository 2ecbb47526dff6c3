// Tagging a claim: from a selection through the command (answers given as args, and answered
// through the real quick pick and input box), down to the exact bytes of the sidecar; Escape
// at each step; Undo Annotation Change.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import { generateId, seededRandom } from '../../../src/core/annotations';
import {
  deterministic, makeCorpus, open, readText, readTextOrUndefined, removeCorpus, restoreDefaults, select, setUpAnnotationSuite, sidecarOf, waitFor, PESKOV_QUOTE, peskovTagSidecar,
} from './annotationHelpers';

describe('Annotations: tagging', () => {
  let api: NewsAnnotatorApi;
  let corpus: vscode.Uri;
  let editor: vscode.TextEditor;

  setUpAnnotationSuite((ready) => (api = ready));

  beforeEach(async () => {
    corpus = await makeCorpus(api, `tagging-${Date.now()}.corpus`);
    editor = await open(corpus);
  });

  afterEach(async () => {
    await restoreDefaults(api);
    await removeCorpus(corpus);
  });

  it('tags a selection with args and writes exactly the expected sidecar', async () => {
    await deterministic(api, 7);
    const id = generateId(new Set(), seededRandom(7));
    select(editor, PESKOV_QUOTE);
    const returned = await vscode.commands.executeCommand<string>('newsAnnotator.tagClaim', { label: 'prediction' });
    assert.equal(returned, id);
    await api.annotations.whenIdle();
    assert.equal(await readText(sidecarOf(corpus)), peskovTagSidecar(corpus, id, 'prediction'));
    // Shown at once: decorated in the label's colour, listed with its live range.
    const [view] = api.annotations.list(corpus);
    assert.equal(view.state, 'exact');
    await waitFor(() => api.annotations.decorations(corpus)['label:prediction']?.length === 1, 5000, 'no decoration for the tag');
    assert.equal(editor.document.getText(api.annotations.decorations(corpus)['label:prediction'][0]), PESKOV_QUOTE);
  });

  it('tags through the real label pick and speaker input', async () => {
    select(editor, PESKOV_QUOTE);
    const running = vscode.commands.executeCommand<string>('newsAnnotator.tagClaim');
    const labelPick = await waitFor(() => api.annotations.activePrompt()?.kind === 'label' && api.annotations.activePrompt(), 10_000, 'no label pick');
    assert.deepEqual(labelPick.items.slice(0, 2), ['claim', 'denial']);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext'); // claim -> denial
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const speaker = await waitFor(() => api.annotations.activePrompt()?.kind === 'speaker' && api.annotations.activePrompt(), 10_000, 'no speaker input');
    assert.equal(speaker.value, 'Dmitry Peskov', 'the speaker is pre-filled with the detected one');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const id = await running;
    await api.annotations.whenIdle();
    const text = await readText(sidecarOf(corpus));
    assert.match(text, new RegExp(`- id: ${id}\\n    article: 000_88a625c4827ab9bc.txt\\n    label: denial\\n`));
    assert.match(text, /\n {4}speaker: Dmitry Peskov\n/);
  });

  it('cancels on Escape at the label pick: nothing is written', async () => {
    select(editor, PESKOV_QUOTE);
    const running = vscode.commands.executeCommand<string>('newsAnnotator.tagClaim');
    await waitFor(() => api.annotations.activePrompt()?.kind === 'label', 10_000, 'no label pick');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await running, undefined);
    await api.annotations.whenIdle();
    assert.equal(await readTextOrUndefined(sidecarOf(corpus)), undefined);
    assert.equal(api.annotations.list(corpus).length, 0);
  });

  it('skips the speaker on Escape at the speaker input, and still saves the tag', async () => {
    select(editor, PESKOV_QUOTE);
    const running = vscode.commands.executeCommand<string>('newsAnnotator.tagClaim');
    await waitFor(() => api.annotations.activePrompt()?.kind === 'label', 10_000, 'no label pick');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // claim
    await waitFor(() => api.annotations.activePrompt()?.kind === 'speaker', 10_000, 'no speaker input');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(await running);
    await api.annotations.whenIdle();
    const text = await readText(sidecarOf(corpus));
    assert.match(text, /label: claim\n/);
    assert.doesNotMatch(text, /speaker:/);
  });

  it('tags a detected quote from the hover link arguments', async () => {
    const entry = api.model.get(corpus)!;
    const quote = api.analysis(corpus, '003_c39b77451d523681.txt')!.quotes.find((q) => q.text.startsWith('These problems will not disappear'))!;
    assert.ok(entry && quote);
    const id = await vscode.commands.executeCommand<string>('newsAnnotator.tagDetectedQuote',
      { uri: corpus.toString(), article: '003_c39b77451d523681.txt', start: quote.start, end: quote.end, label: 'claim' });
    await api.annotations.whenIdle();
    const [view] = api.annotations.list(corpus);
    assert.equal(view.annotation.id, id);
    assert.equal(view.annotation.quote, quote.text);
    assert.equal(view.annotation.speaker, quote.speaker ?? undefined);
  });

  it('undoes the last annotation change', async () => {
    select(editor, PESKOV_QUOTE);
    await vscode.commands.executeCommand('newsAnnotator.tagClaim', { label: 'claim', speaker: null });
    await api.annotations.whenIdle();
    assert.equal(api.annotations.list(corpus).length, 1);
    await vscode.commands.executeCommand('newsAnnotator.undoAnnotationChange');
    await api.annotations.whenIdle();
    assert.equal(api.annotations.list(corpus).length, 0);
    assert.match(await readText(sidecarOf(corpus)), /\nannotations: \[\]\n$/);
  });

  it('never leaves a temporary file beside the sidecar', async () => {
    select(editor, PESKOV_QUOTE);
    await vscode.commands.executeCommand('newsAnnotator.tagClaim', { label: 'claim' });
    await api.annotations.whenIdle();
    const folder = vscode.Uri.joinPath(corpus, '..');
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n);
    assert.deepEqual(names.filter((n) => n.includes('.tmp-')), []);
  });
});
