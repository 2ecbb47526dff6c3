// Shared by the annotation integration tests: each suite works on its own corpus files (copies
// of seeds.corpus under `annotations-work/` in the test workspace), so suites never see each
// other's tags, and removes them afterwards.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import { generateId, seededRandom, type RandomSource } from '../../../src/core/annotations';
import { waitFor } from '../harness/waitFor';
import { getApi } from '../editor/editorHelpers';

export { getApi, waitFor };

export const WORK_DIR = 'annotations-work';
export const TEST_AUTHOR = 'Test Author';
export const TEST_NOW = '2026-11-30T09:00:00Z';

const encoder = new TextEncoder();
const decoder = new TextDecoder();


/** The Kremlin spokesman's quote in the seed corpus's first article, tagged by several suites. */
export const PESKOV_QUOTE = 'There is a long way before making a breakthrough';

/** The exact sidecar a tag of PESKOV_QUOTE in a fresh corpus writes (detected speaker, test author and clock). */
export function peskovTagSidecar(corpus: vscode.Uri, id: string, label: string): string {
  const name = corpus.path.slice(corpus.path.lastIndexOf('/') + 1);
  return [
    `# News Annotator annotations for ${name}`,
    'version: 1',
    'annotations:',
    `  - id: ${id}`,
    '    article: 000_88a625c4827ab9bc.txt',
    `    label: ${label}`,
    `    quote: ${PESKOV_QUOTE}`,
    '    prefix: "ed to establish dialogue first. "',
    '    suffix: ",\\" Kremlin spokesman Dmitry Pesk"',
    '    start: 1206',
    '    speaker: Dmitry Peskov', // detected by the attribution engine
    `    author: ${TEST_AUTHOR}`,
    `    created: ${TEST_NOW}`,
    '',
  ].join('\n');
}
export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export function workUri(name: string): vscode.Uri {
  return workspaceUri(WORK_DIR, name);
}

export function sidecarOf(corpus: vscode.Uri): vscode.Uri {
  return corpus.with({ path: `${corpus.path}.annotations.yaml` });
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

export async function readTextOrUndefined(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return await readText(uri);
  } catch {
    return undefined;
  }
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

export async function seedsText(): Promise<string> {
  return readText(workspaceUri('seeds.corpus'));
}

/** The seed sidecar re-headed for another corpus name. */
export async function seedsSidecarText(corpusName: string): Promise<string> {
  const text = await readText(workspaceUri('seeds.corpus.annotations.yaml'));
  return text.replace('# News Annotator annotations for seeds.corpus', `# News Annotator annotations for ${corpusName}`);
}

/**
 * Writes `WORK_DIR/name` (a copy of seeds.corpus unless `text` is given), and optionally its
 * sidecar, then waits until the extension holds the corpus and has read the sidecar.
 */
export async function makeCorpus(api: NewsAnnotatorApi, name: string, options: { text?: string; sidecar?: string } = {}): Promise<vscode.Uri> {
  const uri = workUri(name);
  if (options.sidecar !== undefined) await writeText(sidecarOf(uri), options.sidecar);
  await writeText(uri, options.text ?? (await seedsText()));
  await waitFor(() => api.model.get(uri), 15_000, `${name} never reached the corpus model`);
  await waitFor(() => api.annotations.status(uri)?.sidecar !== 'loading', 15_000, `${name}: the sidecar was never read`);
  await api.annotations.whenIdle();
  return uri;
}

export async function removeCorpus(uri: vscode.Uri | undefined): Promise<void> {
  if (!uri) return;
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document.uri.toString() === uri.toString()) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  for (const target of [uri, sidecarOf(uri)]) {
    await Promise.resolve(vscode.workspace.fs.delete(target)).catch(() => undefined);
  }
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

/** Selects the `occurrence`-th (0-based) appearance of `text` in the editor. */
export function select(editor: vscode.TextEditor, text: string, occurrence = 0): vscode.Range {
  const whole = editor.document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = whole.indexOf(text, at + 1);
  assert.ok(at >= 0, `text not found: ${text}`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + text.length));
  editor.selection = new vscode.Selection(range.start, range.end);
  return range;
}

/**
 * The web workbench saves files a second after each edit by default (files.autoSave =
 * afterDelay); tests of what happens while a corpus is dirty need it off.
 */
export async function autoSaveOff(): Promise<void> {
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
}

export async function autoSaveDefault(): Promise<void> {
  await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
}

/**
 * The suite hooks the annotation test files share: the extension's API, once it is idle, is
 * handed to `ready`; auto save is off for the suite and back to its default after it.
 */
export function setUpAnnotationSuite(ready: (api: NewsAnnotatorApi) => void): void {
  before(async function () {
    this.timeout(60_000);
    const api = await getApi();
    await api.whenIdle();
    await autoSaveOff();
    ready(api);
  });
  after(autoSaveDefault);
}

/** Fixed clock, author and ids: the sidecar bytes a test expects are then exact. */
export async function deterministic(api: NewsAnnotatorApi, seed: number): Promise<RandomSource> {
  await vscode.workspace.getConfiguration('newsAnnotator').update('author', TEST_AUTHOR, vscode.ConfigurationTarget.Global);
  api.annotations.setTestHooks({ now: () => new Date(TEST_NOW), random: seededRandom(seed) });
  return seededRandom(seed);
}

/** The id the seeded source gives first (ids are drawn from it in order). */
export function firstId(seed: number, taken: Iterable<string> = []): string {
  return generateId(new Set(taken), seededRandom(seed));
}

export async function restoreDefaults(api: NewsAnnotatorApi): Promise<void> {
  api.annotations.setTestHooks(undefined);
  await vscode.workspace.getConfiguration('newsAnnotator').update('author', undefined, vscode.ConfigurationTarget.Global);
}

export function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'News Annotator');
}

/**
 * Saves a document and waits until the extension has handled the save: the save event reaches
 * every listener in one dispatch, so once ours has run, the extension's has queued its work.
 */
export async function saveAndSettle(api: NewsAnnotatorApi, document: vscode.TextDocument): Promise<void> {
  const key = document.uri.toString();
  assert.ok(document.isDirty, `${key} has nothing to save (a clean document is not saved and fires no save event)`);
  const saved = new Promise<void>((resolve) => {
    const listener = vscode.workspace.onDidSaveTextDocument((doc) => {
      if (doc.uri.toString() !== key) return;
      listener.dispose();
      resolve();
    });
  });
  assert.ok(await document.save(), `could not save ${key}`);
  await saved;
  await api.annotations.whenIdle();
}
