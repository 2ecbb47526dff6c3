// Compare Annotations with Git Ref, against a real git repository made for the suite inside the
// test workspace, through VS Code's built-in Git extension: the ref pick (merge base pre-selected),
// the "Changes since <ref>" section of the Articles view, the marks in the editor and their
// hovers, following later edits, Clear, the end of a comparison with its editor, and the
// messages when Git is disabled or the corpus is in no repository.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import type { ArticlesNode } from '../../../src/extension/views/articles/nodes';
import type { CompareOutcome } from '../../../src/extension/review/reviewCommands';
import { open, seedsSidecarText, seedsText, setUpAnnotationSuite, waitFor, workspaceUri } from '../annotations/annotationHelpers';

const COMPARE = 'newsAnnotator.compareAnnotations';
const CLEAR = 'newsAnnotator.clearAnnotationComparison';
const CORPUS = 'news.corpus';
const SIDECAR = `${CORPUS}.annotations.yaml`;
const ADDED = { id: 'k1rby0', article: '004_7ddae7ebccbc7a8a.txt', quote: 'No break has been registered in dialogue between Russia and the United States' };

interface GitExports {
  readonly enabled: boolean;
  getAPI(version: 1): { state: string; getRepository(uri: vscode.Uri): { rootUri: vscode.Uri } | null };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A sidecar entry for `quote` in `article`, anchored as the editor would write it. */
function entryFor(corpus: string, a: typeof ADDED): string {
  const header = corpus.indexOf(`<<<FILE ${a.article}>>>`);
  const bodyStart = corpus.indexOf('\n', header) + 1;
  const at = corpus.indexOf(a.quote, bodyStart);
  const prefix = corpus.slice(Math.max(bodyStart, at - 32), at);
  const suffix = corpus.slice(at + a.quote.length, at + a.quote.length + 32);
  return [
    `  - id: ${a.id}`, `    article: ${a.article}`, '    label: claim', `    quote: ${a.quote}`,
    `    prefix: ${JSON.stringify(prefix)}`, `    suffix: ${JSON.stringify(suffix)}`, `    start: ${at - bodyStart}`,
    '    speaker: John Kirby', '    author: Test Author', '    created: 2026-11-30T09:00:00Z', '',
  ].join('\n');
}

/** The seed sidecar as a feature branch changed it: one annotation removed, one relabelled, one added. */
function featureSidecar(base: string, corpus: string): string {
  const removed = base.replace(/ {2}- id: ti7daj\n(?: {4}.*\n)+/, '');
  assert.notEqual(removed, base, 'ti7daj not found in the seed sidecar');
  const relabelled = removed.replace(/(id: m8jq95\n.*\n {4}label: )prediction/, '$1claim');
  assert.notEqual(relabelled, removed, 'm8jq95 not found in the seed sidecar');
  return relabelled + entryFor(corpus, ADDED);
}

function rootNodes(api: NewsAnnotatorApi): ArticlesNode[] {
  return api.articles.getChildren();
}

function changesSection(api: NewsAnnotatorApi): ArticlesNode | undefined {
  const first = rootNodes(api)[0];
  return first?.kind === 'annotation' && String(first.label).startsWith('Changes since') ? first : undefined;
}

function liveRange(api: NewsAnnotatorApi, document: vscode.TextDocument, id: string): vscode.Range {
  const view = api.annotations.list(document.uri).find((v) => v.annotation.id === id);
  assert.ok(view?.start !== undefined && view.end !== undefined, `${id} is not placed`);
  return new vscode.Range(document.positionAt(view.start), document.positionAt(view.end));
}

function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const at = document.getText().indexOf(text);
  assert.ok(at >= 0, `${text} not in the corpus`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

async function setGitEnabled(value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('git').update('enabled', value, vscode.ConfigurationTarget.Global);
}

describe('Review: compare annotations with a git ref', () => {
  let api: NewsAnnotatorApi;
  let repo: string;
  let corpus: vscode.Uri;
  let gitWasEnabled: boolean | undefined;
  let mainCommit: string;

  setUpAnnotationSuite((ready) => (api = ready));

  before(async function () {
    this.timeout(60_000);
    gitWasEnabled = vscode.workspace.getConfiguration('git').inspect<boolean>('enabled')?.globalValue;
    repo = workspaceUri(`review-git-${Date.now()}`).fsPath;
    fs.mkdirSync(repo, { recursive: true });
    const text = await seedsText();
    const base = await seedsSidecarText(CORPUS);
    git(repo, 'init', '-q');
    git(repo, 'symbolic-ref', 'HEAD', 'refs/heads/main');
    git(repo, 'config', 'user.name', 'Test Author');
    git(repo, 'config', 'user.email', 'test@example.invalid');
    fs.writeFileSync(path.join(repo, CORPUS), text);
    git(repo, 'add', CORPUS);
    git(repo, 'commit', '-q', '-m', 'Corpus without annotations');
    git(repo, 'tag', 'corpus-only');
    fs.writeFileSync(path.join(repo, SIDECAR), base);
    git(repo, 'add', SIDECAR);
    git(repo, 'commit', '-q', '-m', 'Annotations');
    mainCommit = git(repo, 'rev-parse', 'main');
    git(repo, 'checkout', '-q', '-b', 'feature');
    fs.writeFileSync(path.join(repo, SIDECAR), featureSidecar(base, text));
    git(repo, 'commit', '-q', '-am', 'Relabel, remove and add annotations');

    corpus = vscode.Uri.file(path.join(repo, CORPUS));
    await waitFor(() => api.model.get(corpus), 15_000, 'the repository\'s corpus never reached the corpus model');
    await waitFor(() => api.annotations.list(corpus).some((v) => v.annotation.id === ADDED.id), 15_000, 'the feature sidecar was never read');
    await api.annotations.whenIdle();
  });

  after(async function () {
    this.timeout(30_000);
    await vscode.commands.executeCommand(CLEAR);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setGitEnabled(gitWasEnabled);
    if (repo) fs.rmSync(repo, { recursive: true, force: true });
  });

  it('says Git is disabled when git.enabled is off', async () => {
    await setGitEnabled(false);
    const outcome = await vscode.commands.executeCommand<CompareOutcome>(COMPARE, { uri: corpus, ref: 'HEAD' });
    assert.equal(outcome.status, 'failed');
    assert.match((outcome as { message: string }).message, /Git is disabled \(setting git\.enabled\)/);
    assert.equal(api.review.comparison(corpus), undefined);
  });

  it('says a corpus outside any git repository is not in one', async function () {
    this.timeout(40_000);
    await setGitEnabled(true);
    const extension = vscode.extensions.getExtension<GitExports>('vscode.git');
    assert.ok(extension, 'the built-in Git extension is not installed');
    const exports = extension.isActive ? extension.exports : await extension.activate();
    await waitFor(() => exports.enabled, 20_000, 'the Git extension did not start after git.enabled was turned on (is git on PATH?)');
    const outcome = await vscode.commands.executeCommand<CompareOutcome>(COMPARE, { uri: workspaceUri('seeds.corpus'), ref: 'HEAD' });
    assert.equal(outcome.status, 'failed');
    assert.match((outcome as { message: string }).message, /^seeds\.corpus is not in a git repository/);
  });

  it('offers the merge base with main (pre-selected), HEAD, branches and tags, and shows the changes since it', async function () {
    this.timeout(30_000);
    const editor = await open(corpus);
    const running = Promise.resolve(vscode.commands.executeCommand<CompareOutcome>(COMPARE));
    const prompt = await waitFor(() => api.review.activePrompt(), 15_000, 'no ref pick');
    assert.equal(prompt.items[0], '$(git-merge) Merge base with main');
    assert.equal(prompt.items[1], '$(git-commit) HEAD');
    assert.ok(prompt.items.includes('main') && prompt.items.includes('corpus-only'), `branches and tags missing: ${prompt.items.join(', ')}`);
    assert.ok(!prompt.items.includes('feature'), 'the current branch is offered besides HEAD');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const outcome = await running;
    assert.deepEqual(outcome, { status: 'compared', ref: mainCommit, label: 'the merge base with main', counts: '1 added, 1 removed, 1 changed' });

    const section = await waitFor(() => changesSection(api), 5000, 'no Changes section at the top of the Articles view');
    assert.equal(section.label, 'Changes since the merge base with main');
    assert.equal(section.description, `${CORPUS} · 1 added, 1 removed, 1 changed`);
    const rows = api.articles.getChildren(section);
    assert.deepEqual(rows.map((r) => [r.label, r.description]), [
      ['There is a long way before making a breakthrough', 'label prediction → claim'],
      ['Too early yet.', 'removed · opinion'],
      [`${ADDED.quote.slice(0, 59)}…`, 'added · claim'],
    ]);

    await api.review.whenIdle();
    const marks = await waitFor(() => {
      const m = api.review.decorations(corpus);
      return m.added && m.changed && m.removed && m;
    }, 5000, 'the changes are not marked in the editor');
    const { document } = editor;
    assert.deepEqual(marks.added!.map((m) => m.range), [liveRange(api, document, ADDED.id)]);
    assert.deepEqual(marks.changed!.map((m) => m.range), [liveRange(api, document, 'm8jq95')]);
    assert.deepEqual(marks.removed!.map((m) => m.range), [rangeOf(document, 'Too early yet.')], 'the removed annotation is not marked where its text is');
    assert.equal(marks.changed![0].hover, 'Changed since the merge base with main: label prediction → claim');
    assert.equal(marks.added![0].hover, 'Added since the merge base with main: claim');
    assert.equal(marks.removed![0].hover, 'Removed since the merge base with main: opinion “Too early yet.”');

    // A click on the removed row selects where its text is.
    const click = rows[1].command!;
    await vscode.commands.executeCommand(click.command, ...(click.arguments ?? []));
    await waitFor(() => vscode.window.activeTextEditor?.selection.isEqual(rangeOf(document, 'Too early yet.')), 5000, 'the click did not reveal the removed annotation\'s text');
  });

  it('follows annotations edited, added and deleted after the compare', async () => {
    await vscode.commands.executeCommand('newsAnnotator.addNote', { uri: corpus, id: 'eajr2w', note: 'Checked against the transcript.' });
    await vscode.commands.executeCommand('newsAnnotator.deleteAnnotation', { uri: corpus, id: ADDED.id });
    await api.review.whenIdle();
    const comparison = await waitFor(() => {
      const c = api.review.comparison(corpus);
      return c?.rows.some((r) => r.id === 'eajr2w') && !c.rows.some((r) => r.id === ADDED.id) && c;
    }, 10_000, 'the comparison did not follow the note and the deletion');
    assert.deepEqual(comparison.rows.map((r) => `${r.kind}:${r.id}:${r.summary}`), [
      'changed:m8jq95:label prediction → claim', 'removed:ti7daj:opinion', 'changed:eajr2w:note added',
    ]);
    const section = await waitFor(() => {
      const s = changesSection(api);
      return s?.description === `${CORPUS} · 1 removed, 2 changed` && s;
    }, 5000, 'the Changes section was not refreshed');
    assert.equal(api.articles.getChildren(section).length, 3);
    await waitFor(() => api.review.decorations(corpus).changed?.length === 2 && !api.review.decorations(corpus).added, 5000, 'the marks were not refreshed');
  });

  it('compares with HEAD (what is not committed) and reads a sidecar missing at a tag as everything added', async () => {
    const head = await vscode.commands.executeCommand<CompareOutcome>(COMPARE, { uri: corpus, ref: 'HEAD' });
    assert.equal(head.status, 'compared');
    assert.deepEqual(api.review.comparison(corpus)!.rows.map((r) => `${r.kind}:${r.id}`), ['changed:eajr2w', 'removed:k1rby0']);
    assert.equal(rootNodes(api).filter((n) => String(n.label).startsWith('Changes since')).length, 1, 'a second comparison of one corpus was added, not replaced');
    assert.equal(changesSection(api)!.label, 'Changes since HEAD');

    const tag = await vscode.commands.executeCommand<CompareOutcome>(COMPARE, { uri: corpus, ref: 'corpus-only' });
    assert.deepEqual(tag, { status: 'compared', ref: 'corpus-only', label: 'corpus-only', counts: '7 added' });
    assert.equal(api.review.comparison(corpus)!.baseMissing, true);

    const unknown = await vscode.commands.executeCommand<CompareOutcome>(COMPARE, { uri: corpus, ref: 'no-such-branch' });
    assert.equal(unknown.status, 'failed');
    assert.match((unknown as { message: string }).message, /git does not know that ref/);
    assert.equal(api.review.comparison(corpus)!.ref, 'corpus-only', 'a failed compare replaced the one on screen');
  });

  it('clears the comparison from the section\'s action, and ends one when its corpus is closed', async () => {
    const section = await waitFor(() => changesSection(api), 5000, 'no Changes section');
    await vscode.commands.executeCommand(CLEAR, section); // what the inline action passes
    await api.review.whenIdle();
    assert.equal(api.review.comparison(corpus), undefined);
    assert.equal(changesSection(api), undefined);
    assert.deepEqual(api.review.decorations(corpus), {});

    await open(corpus);
    await vscode.commands.executeCommand<CompareOutcome>(COMPARE, { uri: corpus, ref: 'HEAD' });
    assert.ok(api.review.comparison(corpus));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => !api.review.comparison(corpus) && !changesSection(api), 10_000, 'the comparison outlived its corpus editor');
  });
});
