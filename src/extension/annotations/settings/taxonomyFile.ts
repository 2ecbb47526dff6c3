// Saving speaker aliases into the taxonomy file (Merge Speakers, Rename Speaker) and putting
// the file back (their Undo), over vscode.workspace.fs. Writes are atomic (a temporary file in
// the same folder renamed over the taxonomy, see writeAtomically). Nothing is written over a
// taxonomy that does not parse (the message says where it is wrong), nor under an editor
// holding unsaved changes to it, nor, for Undo, over a file someone changed since.
import * as vscode from 'vscode';
import { setSpeakerAliases, type SpeakerAliasChange } from '../core';
import { readTextFile, writeAtomically } from '../store/sidecarFiles';

export type AliasWrite =
  | {
    ok: true;
    /** The file before (undefined: there was none) and after; equal when the aliases were already there. */
    before: string | undefined;
    after: string;
  }
  | { ok: false; message: string; /** The file exists and is worth opening to fix it. */ canOpen: boolean };

function unsavedEditor(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((doc) => doc.isDirty && doc.uri.toString() === uri.toString());
}

function shown(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}

/** Adds the aliases to the taxonomy file (creating it with the built-in labels if there is none). */
export async function writeSpeakerAliases(uri: vscode.Uri, changes: readonly SpeakerAliasChange[]): Promise<AliasWrite> {
  if (unsavedEditor(uri)) {
    return { ok: false, canOpen: true, message: `${shown(uri)} has unsaved changes in an editor: save or revert them, then try again. Nothing was changed.` };
  }
  let before: string | undefined;
  try {
    before = await readTextFile(uri);
  } catch (error) {
    return { ok: false, canOpen: false, message: `Cannot read ${shown(uri)}: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.` };
  }
  const result = setSpeakerAliases(before, changes);
  if (!result.ok) {
    const error = result.errors[0];
    const where = before === undefined || (error.line === 0 && error.column === 0 && error.code === 'invalid-speaker-alias') ? '' : `line ${error.line + 1}, column ${error.column + 1}: `;
    const fix = before !== undefined && error.code !== 'invalid-speaker-alias' ? ' The file was left untouched; fix it (see Problems) and try again.' : ' Nothing was changed.';
    return { ok: false, canOpen: before !== undefined, message: `Cannot save the speaker aliases in ${shown(uri)} (${where}${error.message}).${fix}` };
  }
  if (result.text !== before) await writeAtomically(uri, result.text);
  return { ok: true, before, after: result.text };
}

/** Puts back `previous` (undefined: deletes the file) if the file still holds `expected`; else says why not. */
export async function restoreTaxonomy(uri: vscode.Uri, expected: string, previous: string | undefined): Promise<string | undefined> {
  if (unsavedEditor(uri)) return `${shown(uri)} has unsaved changes in an editor: save or revert them first.`;
  const current = await readTextFile(uri).catch(() => null);
  if (current !== expected) {
    return `${shown(uri)} was changed since; to take the aliases back, edit speakers.aliases there by hand.`;
  }
  if (previous === expected) return undefined;
  if (previous === undefined) await vscode.workspace.fs.delete(uri);
  else await writeAtomically(uri, previous);
  return undefined;
}
