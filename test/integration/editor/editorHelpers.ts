// Shared by the editor integration tests: the extension's test API and the seed corpus.
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import { waitFor } from '../harness/waitFor';

export const EXTENSION_ID = 'news-annotator.news-annotator';

export const SEED_TITLES: Record<string, string> = {
  '000_88a625c4827ab9bc.txt': 'Russia-U.S. relations long way from breakthrough: Kremlin',
  '001_b95ea068836629e5.txt': 'No positive shift yet on Russian-US ties, says Kremlin, as Trump tweets ‘things will be fine’',
  '002_159676f630bb4c25.txt': 'Kremlin ready for telephone talks between Putin, Obama, but date not set yet',
  '003_c39b77451d523681.txt': 'Kremlin rules out better Russia-US relations',
  '004_7ddae7ebccbc7a8a.txt': "Washington says there is 'no break' in Russian-US dialogue",
};

export async function getApi(): Promise<NewsAnnotatorApi> {
  const extension = await waitFor(() => vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID), 30_000, 'extension not installed');
  const api = await extension.activate();
  if (!api || typeof api.whenIdle !== 'function') throw new Error('activate() did not return the test API');
  return api;
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  // joinPath, not Node's path: the web tests (test/web) share these helpers in a web worker.
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a fixture in an editor (active, focused). */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** An unsaved copy of a fixture, so a test can edit freely without touching the shared files. */
export async function openScratchCopy(name: string): Promise<vscode.TextEditor> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(name)));
  const document = await vscode.workspace.openTextDocument({ language: 'news-corpus', content: text });
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Closes the active editor without saving (scratch copies are thrown away). */
export async function closeActiveWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

export function textOf(document: vscode.TextDocument, ranges: readonly vscode.Range[] | undefined): string[] {
  return (ranges ?? []).map((range) => document.getText(range));
}

/** Every range of one role ('quote', 'speaker', 'cue') across all colour slots. */
export function rangesOfRole(decorations: Record<string, vscode.Range[]>, role: string): vscode.Range[] {
  return Object.entries(decorations)
    .filter(([key]) => key.startsWith(`${role}:`))
    .flatMap(([, ranges]) => ranges);
}
