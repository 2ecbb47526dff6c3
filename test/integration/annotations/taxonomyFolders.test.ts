// Taxonomies per workspace folder (as the CLI takes the nearest .news-annotator.yaml above each
// corpus): a corpus is checked against its own folder's labels, colours and speaker aliases.
//
// The test window has one workspace folder, and adding a second one at runtime is not possible
// here: VS Code turns a single-folder window into an untitled multi-root workspace by reloading
// it (in code-server 1.139.1 the page itself), which would end this test run. So two scopes are
// compared in one window: the workspace folder with its own taxonomy, and a corpus opened from
// outside every folder, which keeps the built-in labels (the same per-file lookup a second
// folder goes through).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import { DEFAULT_TAXONOMY } from '../../../src/core/annotations';
import {
  PESKOV_QUOTE, deterministic, diagnosticsOf, makeCorpus, open, removeCorpus, restoreDefaults, seedsText, select, setUpAnnotationSuite,
  sidecarOf, waitFor, workspaceUri, writeText,
} from './annotationHelpers';

const FOLDER_CLAIM_COLOR = '#AA3377';
const DEFAULT_CLAIM_COLOR = DEFAULT_TAXONOMY.labels.find((l) => l.id === 'claim')!.color;
const TEAM = [
  'labels:',
  '  - id: claim',
  '    description: The team\'s claim.',
  `    color: "${FOLDER_CLAIM_COLOR}"`,
  '  - id: spin',
  '    description: Puts a favourable slant on facts.',
  '    color: "#117733"',
  'speakers:',
  '  aliases:',
  '    Dmitry Peskov: Kremlin Voice',
  '',
].join('\n');

describe('Annotations: a taxonomy per workspace folder', () => {
  let api: NewsAnnotatorApi;
  let inside: vscode.Uri | undefined;
  let outsideDir: vscode.Uri | undefined;
  let outside: vscode.Uri | undefined;
  const taxonomyFile = () => workspaceUri('.news-annotator.yaml');
  setUpAnnotationSuite((ready) => (api = ready));

  before(async function () {
    this.timeout(60_000);
    assert.ok(DEFAULT_CLAIM_COLOR !== FOLDER_CLAIM_COLOR);
    await deterministic(api, 57);
    await writeText(taxonomyFile(), TEAM);
    await waitFor(() => api.annotations.taxonomy.labels.map((l) => l.id).join() === 'claim,spin', 10_000, 'the folder taxonomy was not loaded');
    inside = await makeCorpus(api, 'folder-taxonomy.corpus');
    // Beside the workspace folder, not in it: outside every workspace folder.
    const folder = vscode.workspace.workspaceFolders![0].uri;
    outsideDir = vscode.Uri.joinPath(folder, '..', `outside-${Date.now().toString(36)}`);
    outside = vscode.Uri.joinPath(outsideDir, 'outside.corpus');
    assert.equal(vscode.workspace.getWorkspaceFolder(outside), undefined, 'the outside corpus is in a workspace folder');
    await writeText(outside, await seedsText());
    await open(outside);
    await waitFor(() => api.model.get(outside!), 15_000, 'the outside corpus never reached the corpus model');
    await waitFor(() => api.annotations.status(outside!) && api.annotations.status(outside!)?.sidecar !== 'loading', 15_000, 'the outside sidecar was never read');
    await api.whenIdle();
  });

  after(async function () {
    this.timeout(30_000);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await removeCorpus(outside);
    if (outsideDir) await Promise.resolve(vscode.workspace.fs.delete(outsideDir, { recursive: true })).catch(() => undefined);
    await removeCorpus(inside);
    await Promise.resolve(vscode.workspace.fs.delete(taxonomyFile())).catch(() => undefined);
    await waitFor(() => api.annotations.taxonomy.labels.some((l) => l.id === 'denial'), 10_000, 'the built-in labels did not come back');
    await restoreDefaults(api);
  });

  /** The labels Tag Claim offers on PESKOV_QUOTE in `corpus` (the pick is then closed). */
  async function labelsOffered(corpus: vscode.Uri): Promise<string[]> {
    select(await open(corpus), PESKOV_QUOTE);
    const running = vscode.commands.executeCommand('newsAnnotator.tagClaim');
    const pick = await waitFor(() => (api.annotations.activePrompt()?.kind === 'label' ? api.annotations.activePrompt() : undefined), 10_000, 'no label pick');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await running;
    return pick.items;
  }

  /** Tags PESKOV_QUOTE in `corpus` with `label`. */
  async function tag(corpus: vscode.Uri, label: string): Promise<void> {
    select(await open(corpus), PESKOV_QUOTE);
    await vscode.commands.executeCommand('newsAnnotator.tagClaim', { label, speaker: null });
    await api.annotations.whenIdle();
  }

  const unknownLabels = (corpus: vscode.Uri) =>
    [...diagnosticsOf(corpus), ...diagnosticsOf(sidecarOf(corpus))].filter((d) => d.code === 'unknown-label').map((d) => d.message);

  it('offers each corpus the labels of its own folder in Tag Claim\'s pick', async () => {
    assert.deepEqual(await labelsOffered(inside!), ['claim', 'spin']);
    assert.deepEqual(await labelsOffered(outside!), DEFAULT_TAXONOMY.labels.map((l) => l.id));
  });

  it('draws one label in each folder\'s colour, side by side', async () => {
    await tag(inside!, 'claim');
    await tag(outside!, 'claim');
    await waitFor(() => api.annotations.decorationColors(inside!)['label:claim'], 5000, 'the folder corpus\'s claim is not drawn');
    await waitFor(() => api.annotations.decorationColors(outside!)['label:claim'], 5000, 'the outside corpus\'s claim is not drawn');
    assert.equal(api.annotations.decorationColors(inside!)['label:claim'], FOLDER_CLAIM_COLOR);
    assert.equal(api.annotations.decorationColors(outside!)['label:claim'], DEFAULT_CLAIM_COLOR);
  });

  it('reports a label as unknown against the corpus\'s own taxonomy', async () => {
    await tag(inside!, 'spin');
    await tag(outside!, 'spin');
    const outsideProblems = await waitFor(() => (unknownLabels(outside!).length ? unknownLabels(outside!) : undefined), 5000, 'spin is not reported outside the folder');
    assert.match(outsideProblems[0], /label 'spin' is not in the taxonomy/);
    assert.deepEqual(unknownLabels(inside!), [], 'spin is in the folder\'s taxonomy');
    assert.equal(api.annotations.decorations(outside!)['label:?']?.length, 1, 'the unknown label is drawn grey outside');
    assert.equal(api.annotations.decorationColors(inside!)['label:spin'], '#117733');
  });

  it('names speakers by the aliases of the corpus\'s own folder', async () => {
    const speakersOf = (corpus: vscode.Uri) => new Set(api.model.get(corpus)!.keys.flatMap((key) => api.analysis(corpus, key)?.quotes.map((q) => q.speaker) ?? []));
    await waitFor(() => speakersOf(inside!).has('Kremlin Voice'), 10_000, 'the folder\'s alias is not applied to its corpus');
    assert.ok(!speakersOf(inside!).has('Dmitry Peskov'));
    assert.ok(speakersOf(outside!).has('Dmitry Peskov'), 'the outside corpus took the folder\'s alias');
    assert.ok(!speakersOf(outside!).has('Kremlin Voice'));
  });
});
