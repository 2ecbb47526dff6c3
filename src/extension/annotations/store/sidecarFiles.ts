// Reading and writing sidecar files over vscode.workspace.fs (works for local, remote and
// virtual workspaces alike).
//
// Writes are atomic: the new text goes to `.NAME.annotations.yaml.tmp-<id>` in the same folder,
// which is then renamed over the target. A crash, a full disk or a killed window leaves either
// the old file or the new one, never half of one. The temporary name does not end in
// `.annotations.yaml`, so watchers and the corpus scan never mistake it for a sidecar.
import * as vscode from 'vscode';
import { parseSidecar, sidecarFileName, type Diagnostic, type Sidecar } from '../core';

export type SidecarRead =
  | { kind: 'missing' }
  | { kind: 'ok'; sidecar: Sidecar }
  | { kind: 'invalid'; text: string; errors: Diagnostic[] };

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** `NAME.annotations.yaml` beside corpus `NAME`; undefined for documents with no file (untitled). */
export function sidecarUriFor(corpus: vscode.Uri): vscode.Uri | undefined {
  if (corpus.scheme === 'untitled') return undefined;
  const name = corpus.path.slice(corpus.path.lastIndexOf('/') + 1);
  return vscode.Uri.joinPath(corpus, '..', sidecarFileName(name));
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function isMissing(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}

/** Reads and parses a sidecar. Unreadable files count as invalid, so nothing overwrites them. */
export async function readSidecar(uri: vscode.Uri): Promise<SidecarRead> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' };
    const message = `cannot read the sidecar: ${error instanceof Error ? error.message : String(error)}`;
    return { kind: 'invalid', text: '', errors: [{ severity: 'error', code: 'unreadable', message, offset: 0, length: 0, line: 0, column: 0 }] };
  }
  const text = decoder.decode(bytes);
  const result = parseSidecar(text);
  return result.ok ? { kind: 'ok', sidecar: result.sidecar } : { kind: 'invalid', text, errors: result.errors };
}

/** A file's text on disk now (a sidecar, the taxonomy), or undefined when there is no file; other errors throw. */
export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

let tempCounter = 0;

/** Writes `text` to `target` atomically: a temporary file in the same folder, renamed over the target. */
export async function writeAtomically(target: vscode.Uri, text: string): Promise<void> {
  const unique = `${Date.now().toString(36)}${(++tempCounter).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const temp = vscode.Uri.joinPath(target, '..', `.${baseName(target)}.tmp-${unique}`);
  await vscode.workspace.fs.writeFile(temp, encoder.encode(text));
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
    throw error;
  }
}
