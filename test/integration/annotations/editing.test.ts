// Working with existing annotations: the hover (label, speaker, note, author, date, Edit and
// Delete links), Add Note, Change Label, Edit Annotation (with a team's extra field), Delete and
// its undo, Next/Previous Annotation, List Annotations, and where the author comes from.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import {
  deterministic, makeCorpus, open, readText, removeCorpus, restoreDefaults, seedsSidecarText, setUpAnnotationSuite, sidecarOf, TEST_NOW, waitFor, workspaceUri, writeText,
} from './annotationHelpers';

const DENIAL = 'Moscow has repeatedly denied these allegations';

async function hoverAt(editor: vscode.TextEditor, text: string): Promise<string> {
  const at = editor.document.getText().indexOf(text);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at + 3));
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('Annotations: editing and navigating', () => {
  let api: NewsAnnotatorApi;
  let corpus: vscode.Uri;
  let editor: vscode.TextEditor;

  setUpAnnotationSuite((ready) => (api = ready));

  beforeEach(async () => {
    const name = `editing-${Date.now()}.corpus`;
    corpus = await makeCorpus(api, name, { sidecar: await seedsSidecarText(name) });
    editor = await open(corpus);
    await deterministic(api, 11);
  });

  afterEach(async () => {
    await restoreDefaults(api);
    await removeCorpus(corpus);
  });

  it('describes an annotation on hover, with links to edit and delete it', async () => {
    const text = await hoverAt(editor, DENIAL);
    assert.match(text, /\*\*denial\*\* — Rejects an allegation/);
    assert.match(text, /\$\(person\) Moscow/);
    assert.match(text, /Repeated in every Kremlin briefing since 2016/);
    assert.match(text, /by jdoe · 2026-11-22/);
    assert.match(text, /command:newsAnnotator\.editAnnotation\?/);
    assert.match(text, /command:newsAnnotator\.deleteAnnotation\?/);
  });

  it('adds a note, changes the label and sets a team field, each written with an updated date', async () => {
    const target = { uri: corpus.toString(), id: 'm8jq95' };
    await vscode.commands.executeCommand('newsAnnotator.addNote', { ...target, note: 'Said twice in one briefing.' });
    await vscode.commands.executeCommand('newsAnnotator.changeLabel', { ...target, label: 'claim' });
    await vscode.commands.executeCommand('newsAnnotator.editAnnotation', { ...target, speaker: 'Kremlin spokesman Dmitry Peskov', fields: { verdict: 'unverified' } });
    await api.annotations.whenIdle();
    const sidecar = await readText(sidecarOf(corpus));
    const entry = sidecar.slice(sidecar.indexOf('  - id: m8jq95'), sidecar.indexOf('  - id: a2zpie'));
    assert.equal(entry, [
      '  - id: m8jq95',
      '    article: 000_88a625c4827ab9bc.txt',
      '    label: claim',
      '    quote: There is a long way before making a breakthrough',
      '    prefix: "ed to establish dialogue first. "',
      '    suffix: ",\\" Kremlin spokesman Dmitry Pesk"',
      '    start: 1206',
      '    speaker: Kremlin spokesman Dmitry Peskov',
      '    note: Said twice in one briefing.',
      '    author: jdoe',
      '    created: 2026-11-22T10:04:12Z',
      `    updated: ${TEST_NOW}`,
      '    verdict: unverified',
      '',
    ].join('\n'));
    await waitFor(() => api.annotations.decorations(corpus)['label:claim']?.some((r) => editor.document.getText(r).startsWith('There is a long way')),
      5000, 'the new label colour is not shown');
  });

  it('deletes an annotation, and Undo Annotation Change brings it back byte for byte', async () => {
    const original = await readText(sidecarOf(corpus));
    await vscode.commands.executeCommand('newsAnnotator.deleteAnnotation', { uri: corpus.toString(), id: 'a2zpie' });
    await api.annotations.whenIdle();
    assert.doesNotMatch(await readText(sidecarOf(corpus)), /id: a2zpie/);
    assert.equal(api.annotations.list(corpus).length, 7);
    await vscode.commands.executeCommand('newsAnnotator.undoAnnotationChange');
    await api.annotations.whenIdle();
    assert.equal(await readText(sidecarOf(corpus)), original);
  });

  it('Redo Annotation Change makes an undone change again, until a new change is made', async () => {
    const original = await readText(sidecarOf(corpus));
    const target = { uri: corpus.toString(), id: 'a2zpie' };
    await vscode.commands.executeCommand('newsAnnotator.changeLabel', { ...target, label: 'claim' });
    await api.annotations.whenIdle();
    const relabelled = await readText(sidecarOf(corpus));
    assert.notEqual(relabelled, original);

    await vscode.commands.executeCommand('newsAnnotator.undoAnnotationChange');
    await api.annotations.whenIdle();
    assert.equal(await readText(sidecarOf(corpus)), original);
    await vscode.commands.executeCommand('newsAnnotator.redoAnnotationChange');
    await api.annotations.whenIdle();
    assert.equal(await readText(sidecarOf(corpus)), relabelled);

    // Undo, then a new change: the undone relabel can no longer be redone.
    await vscode.commands.executeCommand('newsAnnotator.undoAnnotationChange');
    await vscode.commands.executeCommand('newsAnnotator.addNote', { ...target, note: 'Checked.' });
    await api.annotations.whenIdle();
    const noted = await readText(sidecarOf(corpus));
    await vscode.commands.executeCommand('newsAnnotator.redoAnnotationChange');
    await api.annotations.whenIdle();
    assert.equal(await readText(sidecarOf(corpus)), noted);
    assert.match(noted, /label: denial/);
  });

  it('walks the annotations with Next and Previous, wrapping around', async () => {
    const quotes = api.annotations.list(corpus).map((v) => v.annotation.quote);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.nextAnnotation');
    assert.equal(editor.document.getText(editor.selection), quotes[0]);
    await vscode.commands.executeCommand('newsAnnotator.nextAnnotation');
    assert.equal(editor.document.getText(editor.selection), quotes[1]);
    await vscode.commands.executeCommand('newsAnnotator.previousAnnotation');
    assert.equal(editor.document.getText(editor.selection), quotes[0]);
    await vscode.commands.executeCommand('newsAnnotator.previousAnnotation');
    assert.equal(editor.document.getText(editor.selection), quotes[quotes.length - 1]);
  });

  it('lists annotations across the workspace; picking one reveals it', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const running = vscode.commands.executeCommand('newsAnnotator.listAnnotations');
    const pick = await waitFor(() => api.annotations.activePrompt()?.kind === 'pick' && api.annotations.activePrompt(), 5000, 'no list');
    assert.ok(pick.items.some((label) => label.includes(DENIAL)));
    // Show only this corpus's denial, then accept it.
    const index = pick.items.findIndex((label) => label.includes(DENIAL));
    for (let i = 0; i < index; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.getText(active.selection), DENIAL);
  });

  it('takes the author from the repository\'s git config when the setting is empty', async () => {
    const gitConfig = workspaceUri('.git', 'config');
    await writeText(gitConfig, '[core]\n\tbare = false\n[user]\n\tname = Repo User\n\temail = repo@example.invalid\n');
    try {
      const config = vscode.workspace.getConfiguration('newsAnnotator');
      await config.update('author', 'someone', vscode.ConfigurationTarget.Global);
      await config.update('author', undefined, vscode.ConfigurationTarget.Global); // forgets the cached name
      assert.equal(await api.annotations.author, 'Repo User');
    } finally {
      await vscode.workspace.fs.delete(workspaceUri('.git'), { recursive: true });
    }
  });
});
