// The extension is installed, activates, registers what its manifest promises, and owns
// .corpus files. Everything else builds on this, so these fail loudly and first.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from './harness/waitFor';

const EXTENSION_ID = 'news-annotator.news-annotator';

interface Manifest {
  contributes: { commands: { command: string }[]; languages: { id: string }[] };
}

describe('Extension activation', () => {
  let extension: vscode.Extension<unknown>;

  before(async function () {
    this.timeout(60_000); // a cold extension host may take a while to scan extensions
    extension = await waitFor(() => vscode.extensions.getExtension(EXTENSION_ID), 30_000, `extension ${EXTENSION_ID} is not installed`);
    await extension.activate();
  });

  it('is installed and active', () => {
    assert.equal(extension.id, EXTENSION_ID);
    assert.equal(extension.isActive, true, 'extension.activate() resolved but isActive is false');
  });

  it('registers every command of contributes.commands', async () => {
    const manifest = extension.packageJSON as Manifest;
    const declared = manifest.contributes.commands.map((c) => c.command);
    assert.ok(declared.length > 0, 'package.json declares no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((command) => !registered.has(command));
    assert.deepEqual(missing, [], `declared in package.json but not registered: ${missing.join(', ')}`);
  });

  it('opens seeds.corpus as a news-corpus document', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace folder is not open');
    const uri = vscode.Uri.file(path.join(folder.uri.fsPath, 'seeds.corpus'));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'news-corpus');
    assert.ok(document.getText().startsWith('<<<FILE'), 'seeds.corpus does not start with an article header');
  });
});
