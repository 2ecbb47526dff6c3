// Anchors that hold: typing moves annotations live (and the save writes where they are now),
// a corpus rewritten on disk re-anchors them (exact, moved, fuzzy, orphaned) without touching
// the sidecar, a fuzzy match is confirmed, an orphan is listed and re-attached.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import type { ArticlesNode, CorpusFileNode } from '../../../src/extension/views/articles/nodes';
import {
  deterministic, diagnosticsOf, makeCorpus, open, readText, removeCorpus, restoreDefaults, saveAndSettle, seedsSidecarText, seedsText, select, setUpAnnotationSuite, sidecarOf, TEST_NOW, waitFor, writeText,
} from './annotationHelpers';

const ROSY = 'Rosy prospects for the normalization of Russian-US ties are not visible on the horizon';
const DENIED_LINE = 'Russia has denied any involvement and even some officials in Moscow believe the entire story, which led to a serious political fallout with the Western countries, was fabricated by the British intelligence agencies to target Russia.';

function view(api: NewsAnnotatorApi, corpus: vscode.Uri, id: string) {
  return api.annotations.list(corpus).find((v) => v.annotation.id === id);
}

describe('Annotations: anchors that hold', () => {
  let api: NewsAnnotatorApi;
  let corpus: vscode.Uri;
  let original: string;
  let name: string;

  setUpAnnotationSuite((ready) => (api = ready));

  beforeEach(async () => {
    name = `anchoring-${Date.now()}.corpus`;
    original = await seedsSidecarText(name);
    corpus = await makeCorpus(api, name, { sidecar: original });
    assert.equal(api.annotations.list(corpus).length, 8);
    assert.ok(api.annotations.list(corpus).every((v) => v.state === 'exact'));
  });

  afterEach(async () => {
    await restoreDefaults(api);
    await removeCorpus(corpus);
  });

  it('moves annotations while typing above them; the save writes the new offsets, the undo and save restore the bytes', async () => {
    const editor = await open(corpus);
    await api.annotations.whenIdle();
    const before = view(api, corpus, 'm8jq95')!.start!;
    const inserted = 'A line typed above the annotations.\n';
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), inserted));
    await waitFor(() => view(api, corpus, 'm8jq95')!.start === before + inserted.length, 5000, 'the annotation did not move with the text');
    await waitFor(() => api.annotations.decorations(corpus)['label:prediction']?.some((r) => editor.document.getText(r).startsWith('There is a long way')),
      5000, 'the decoration does not cover the quote after the edit');
    // While the corpus is dirty the sidecar is left alone: its anchors point into the text on disk.
    assert.equal(await readText(sidecarOf(corpus)), original);

    await saveAndSettle(api, editor.document);
    const shifted = original
      .replace('start: 1206\n', `start: ${1206 + inserted.length}\n`)
      .replace('start: 2085\n', `start: ${2085 + inserted.length}\n`);
    // Only the starts of the first article's annotations change.
    await waitFor(async () => (await readText(sidecarOf(corpus))) === shifted, 10_000, 'the save did not write the moved anchors (and only them)');

    await vscode.commands.executeCommand('undo');
    await saveAndSettle(api, editor.document);
    await waitFor(async () => (await readText(sidecarOf(corpus))) === original, 10_000, 'undo + save did not restore the sidecar bytes');
  });

  it('re-anchors when the corpus is rewritten on disk, and leaves the sidecar untouched', async () => {
    const text = await seedsText();
    const paragraph = 'A paragraph another program added.\n\n';
    await writeText(corpus, text.replace(`"${ROSY}`, `${paragraph}"${ROSY}`));
    await waitFor(() => view(api, corpus, 'omoymx')!.state === 'moved', 10_000, 'the annotation was not re-anchored');
    const moved = view(api, corpus, 'omoymx')!;
    const entry = api.model.get(corpus)!;
    assert.equal(entry.corpus.text.slice(moved.start, moved.end), ROSY);
    assert.equal(await readText(sidecarOf(corpus)), original);
    // Opening it shows the annotation where the text is now.
    const editor = await open(corpus);
    await waitFor(() => api.annotations.decorations(corpus)['label:prediction']?.some((r) => editor.document.getText(r) === ROSY),
      5000, 'not decorated where the text moved to');
  });

  it('shows a fuzzy match for confirmation; confirming takes the new text as the anchor', async () => {
    await deterministic(api, 3);
    const changed = ROSY.replace('normalization', 'normalisation');
    await writeText(corpus, (await seedsText()).replace(ROSY, changed));
    await waitFor(() => view(api, corpus, 'omoymx')!.state === 'fuzzy', 10_000, 'no fuzzy match');
    await waitFor(() => diagnosticsOf(sidecarOf(corpus)).some((d) => d.severity === vscode.DiagnosticSeverity.Warning && /approximately/.test(d.message)),
      5000, 'the fuzzy match is not in Problems');
    const editor = await open(corpus);
    await waitFor(() => api.annotations.decorations(corpus)['fuzzy']?.length === 1, 5000, 'the fuzzy match is not decorated');
    select(editor, changed);
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', corpus, editor.selection.start.translate(0, 2));
    const markdown = hover.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(markdown, /command:newsAnnotator\.confirmFuzzyAnchor/);

    await vscode.commands.executeCommand('newsAnnotator.confirmFuzzyAnchor', { uri: corpus.toString(), id: 'omoymx' });
    await api.annotations.whenIdle();
    assert.equal(view(api, corpus, 'omoymx')!.state, 'exact');
    const sidecar = await readText(sidecarOf(corpus));
    assert.match(sidecar, new RegExp(`quote: ${changed}\\n`));
    assert.match(sidecar, new RegExp(`created: 2026-11-24T15:10:00Z\\n    updated: ${TEST_NOW}\\n`));
    assert.equal(diagnosticsOf(sidecarOf(corpus)).filter((d) => /approximately/.test(d.message)).length, 0);
  });

  it('keeps an orphan, lists it in Problems and the Articles view, and re-attaches it to a selection', async () => {
    await writeText(corpus, (await seedsText()).replace(`${DENIED_LINE}\n`, 'The paragraph was rewritten beyond recognition.\n'));
    await waitFor(() => view(api, corpus, 'v16cf0')!.state === 'orphaned', 10_000, 'not orphaned');
    assert.equal(api.annotations.list(corpus).length, 8, 'the orphan is kept');
    const problem = await waitFor(() => diagnosticsOf(sidecarOf(corpus)).find((d) => /orphaned/.test(d.message)), 5000, 'the orphan is not in Problems');
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    const sidecarLines = original.split('\n');
    assert.equal(sidecarLines[problem.range.start.line].trim(), '- id: v16cf0', 'the problem points at the entry in the sidecar');
    const fileNode = api.articles.getChildren().find((n): n is CorpusFileNode => n.kind === 'file' && n.uri.toString() === corpus.toString())!;
    const orphanNode = api.articles.getChildren(fileNode).find((n: ArticlesNode) => String(n.label).startsWith('Orphaned annotations'));
    assert.ok(orphanNode, 'no "Orphaned annotations" node under the file');
    assert.equal(api.articles.getChildren(orphanNode).length, 1);

    const editor = await open(corpus);
    select(editor, 'The paragraph was rewritten beyond recognition.');
    await vscode.commands.executeCommand('newsAnnotator.reattachOrphan', { id: 'v16cf0' });
    await api.annotations.whenIdle();
    assert.equal(view(api, corpus, 'v16cf0')!.state, 'exact');
    assert.match(await readText(sidecarOf(corpus)), /quote: The paragraph was rewritten beyond recognition\.\n/);
    assert.equal(diagnosticsOf(sidecarOf(corpus)).filter((d) => /orphaned/.test(d.message)).length, 0);
  });
});
