// The sidecar is the user's work: a corrupt one is never written (byte-identical, errors in
// Problems at their line, tagging refused until it is fixed); unchanged annotations write no
// byte; a sidecar changed on disk while we hold unsaved changes is merged, and conflicts are
// decided by the user; a dirty corpus closed unsaved loses nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import {
  diagnosticsOf, makeCorpus, open, readText, removeCorpus, restoreDefaults, saveAndSettle, seedsSidecarText, select, setUpAnnotationSuite, sidecarOf, waitFor, writeText,
} from './annotationHelpers';

const CORRUPT = '# hand-edited, then broken\nversion: 1\nannotations:\n  - id: m8jq95\n    article: [unclosed\n';
const PESKOV_QUOTE = 'There is a long way before making a breakthrough';

describe('Annotations: sidecar safety', () => {
  let api: NewsAnnotatorApi;
  let corpus: vscode.Uri;

  setUpAnnotationSuite((ready) => (api = ready));

  afterEach(async () => {
    await restoreDefaults(api);
    await removeCorpus(corpus);
  });

  it('keeps a corrupt sidecar byte-identical, reports it at its line, and refuses tagging until it is fixed', async () => {
    corpus = await makeCorpus(api, `corrupt-${Date.now()}.corpus`, { sidecar: CORRUPT });
    assert.equal(api.annotations.status(corpus)?.sidecar, 'invalid');
    const problems = await waitFor(() => {
      const found = diagnosticsOf(sidecarOf(corpus));
      return found.length ? found : undefined;
    }, 5000, 'no problem reported');
    assert.ok(problems.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(problems.some((d) => d.range.start.line >= 3), `errors at lines ${problems.map((d) => d.range.start.line + 1)}`);

    const editor = await open(corpus);
    select(editor, PESKOV_QUOTE);
    const id = await vscode.commands.executeCommand('newsAnnotator.tagClaim', { label: 'claim' });
    await api.annotations.whenIdle();
    assert.equal(id, undefined, 'tagging was not refused');
    assert.equal(await readText(sidecarOf(corpus)), CORRUPT, 'the corrupt sidecar was modified');
    await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\nMore text.'));
    await saveAndSettle(api, editor.document); // a save of the corpus must not write it either
    assert.equal(await readText(sidecarOf(corpus)), CORRUPT);

    const fixed = await seedsSidecarText('x');
    await writeText(sidecarOf(corpus), fixed);
    await waitFor(() => api.annotations.status(corpus)?.sidecar === 'ok', 10_000, 'the fixed sidecar was not read');
    assert.equal(api.annotations.list(corpus).length, 8);
    await waitFor(() => diagnosticsOf(sidecarOf(corpus)).length === 0, 5000, 'the problems did not go away');
    select(editor, 'Kremlin spokesman Dmitry Peskov told a daily news briefing');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.tagClaim', { label: 'claim' }));
  });

  it('writes nothing when nothing changed', async () => {
    const original = await seedsSidecarText('unchanged');
    corpus = await makeCorpus(api, `unchanged-${Date.now()}.corpus`, { sidecar: original });
    const before = await vscode.workspace.fs.stat(sidecarOf(corpus));
    const editor = await open(corpus);
    // Text added after the last annotation: nothing moves, so there is nothing to write.
    await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\nA closing line.'));
    await saveAndSettle(api, editor.document);
    const after = await vscode.workspace.fs.stat(sidecarOf(corpus));
    assert.equal(after.mtime, before.mtime, 'the sidecar was rewritten');
    assert.equal(await readText(sidecarOf(corpus)), original);
  });

  it('holds a tag in memory while the corpus is dirty and writes it on save', async () => {
    corpus = await makeCorpus(api, `dirty-${Date.now()}.corpus`, { sidecar: await seedsSidecarText('dirty') });
    const original = await readText(sidecarOf(corpus));
    const editor = await open(corpus);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Typed.\n'));
    select(editor, 'Kremlin spokesman Dmitry Peskov told a daily news briefing');
    const id = await vscode.commands.executeCommand<string>('newsAnnotator.tagClaim', { label: 'claim', speaker: null });
    await api.annotations.whenIdle();
    assert.ok(api.annotations.list(corpus).some((v) => v.annotation.id === id), 'the tag is not shown');
    assert.equal(await readText(sidecarOf(corpus)), original, 'written while the corpus was dirty');
    assert.equal(api.annotations.status(corpus)?.unsaved, true);
    await saveAndSettle(api, editor.document);
    await waitFor(async () => (await readText(sidecarOf(corpus))).includes(`- id: ${id}\n`), 10_000, 'the held tag was not written on save');
    assert.equal(api.annotations.status(corpus)?.unsaved, false);
  });

  it('keeps a tag made in a dirty corpus that is closed without saving', async () => {
    corpus = await makeCorpus(api, `closed-${Date.now()}.corpus`, { sidecar: await seedsSidecarText('closed') });
    const editor = await open(corpus);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Typed, then thrown away.\n'));
    select(editor, 'Kremlin spokesman Dmitry Peskov told a daily news briefing');
    const id = await vscode.commands.executeCommand<string>('newsAnnotator.tagClaim', { label: 'claim' });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(async () => (await readText(sidecarOf(corpus))).includes(`- id: ${id}\n`), 10_000, 'the held tag was lost');
    const view = api.annotations.list(corpus).find((v) => v.annotation.id === id)!;
    assert.equal(view.state, 'exact', 're-anchored against the text on disk');
  });

  it('merges a sidecar changed on disk with unsaved changes, and asks about conflicts', async () => {
    const original = await seedsSidecarText('merge');
    corpus = await makeCorpus(api, `merge-${Date.now()}.corpus`, { sidecar: original });
    const editor = await open(corpus);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Typed.\n')); // dirty: our changes stay in memory
    // Ours: a new tag, and a relabel of m8jq95.
    select(editor, 'Kremlin spokesman Dmitry Peskov told a daily news briefing');
    const ours = await vscode.commands.executeCommand<string>('newsAnnotator.tagClaim', { label: 'claim' });
    await vscode.commands.executeCommand('newsAnnotator.changeLabel', { uri: corpus.toString(), id: 'm8jq95', label: 'claim' });
    // Theirs (a git pull): m8jq95 relabelled differently, a2zpie's note changed.
    let asked = 0;
    api.annotations.setTestHooks({ resolveConflict: () => { asked++; return 'Take theirs'; } });
    const theirs = original.replace('    label: prediction\n    quote: There is a long way', '    label: opinion\n    quote: There is a long way')
      .replace('note: Repeated in every Kremlin briefing since 2016.', 'note: Checked again in 2026.');
    await writeText(sidecarOf(corpus), theirs);
    await waitFor(() => api.annotations.list(corpus).find((v) => v.annotation.id === 'a2zpie')?.annotation.note === 'Checked again in 2026.',
      10_000, 'their change was not merged in');
    await waitFor(() => api.annotations.list(corpus).find((v) => v.annotation.id === 'm8jq95')?.annotation.label === 'opinion',
      10_000, 'Take theirs did not take their label');
    assert.equal(asked, 1, 'the conflict was put to the user once');
    const byId = new Map(api.annotations.list(corpus).map((v) => [v.annotation.id, v.annotation]));
    assert.ok(byId.has(ours!), 'our new tag was dropped by the merge');
    await saveAndSettle(api, editor.document);
    const written = await waitFor(async () => {
      const text = await readText(sidecarOf(corpus));
      return text.includes(`- id: ${ours}\n`) && text;
    }, 10_000, 'the merge was not written on save');
    assert.match(written, /note: Checked again in 2026\./);
    assert.match(written, new RegExp(`- id: ${ours}\\n`));
    assert.match(written, /# Reviewed in PR #12/, 'the comments of the file were lost');
  });
  it('on "Open both" shows the two versions and writes nothing until the user keeps one', async () => {
    const original = await seedsSidecarText('both');
    corpus = await makeCorpus(api, `both-${Date.now()}.corpus`, { sidecar: original });
    const editor = await open(corpus);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Typed.\n'));
    await vscode.commands.executeCommand('newsAnnotator.changeLabel', { uri: corpus.toString(), id: 'm8jq95', label: 'claim' });
    api.annotations.setTestHooks({ resolveConflict: () => 'Open both' });
    const theirs = original.replace('    label: prediction\n    quote: There is a long way', '    label: opinion\n    quote: There is a long way');
    await writeText(sidecarOf(corpus), theirs);
    const diff = await waitFor(() => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputTextDiff && input.modified.scheme === 'news-annotator-mine' && input;
    }, 10_000, 'no diff of the two versions');
    assert.equal(diff.original.toString(), sidecarOf(corpus).toString());
    const mine = (await vscode.workspace.openTextDocument(diff.modified)).getText();
    assert.match(mine, /id: m8jq95\n {4}article: 000_88a625c4827ab9bc\.txt\n {4}label: claim\n/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    assert.equal(await readText(sidecarOf(corpus)), theirs, 'written before the user chose');

    await vscode.window.showTextDocument(editor.document);
    api.annotations.setTestHooks({ resolveConflict: () => 'Keep mine' });
    await saveAndSettle(api, editor.document);
    await waitFor(async () => (await readText(sidecarOf(corpus))).includes('label: claim\n    quote: There is a long way'), 10_000, 'Keep mine was not written');
  });
});
