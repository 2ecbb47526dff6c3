// The web tests must prove they ran where github.dev and vscode.dev run the extension: in VS
// Code's web worker extension host, from the browser entry. If these fail, nothing else in
// test/web says anything about the browser build.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, getApi } from '../integration/editor/editorHelpers';
import { extensionHostKind } from './harness/extensionHost';

interface Manifest {
  main?: string;
  browser?: string;
  contributes: { commands: { command: string }[] };
}

describe('Web: the browser build in the web worker extension host', () => {
  let extension: vscode.Extension<unknown>;

  before(async function () {
    this.timeout(60_000);
    await getApi(); // activates it; its exports reach us only if it runs in this same host
    extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  });

  it('runs in a web worker, without Node', () => {
    assert.equal(extensionHostKind(), 'webworker');
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'Node’s process exists: this is the Node extension host');
    assert.equal(typeof (globalThis as { require?: unknown }).require, 'undefined');
  });

  it('loaded News Annotator from its browser entry, in this host, and activated it', () => {
    const manifest = extension.packageJSON as Manifest;
    assert.equal(manifest.browser, './dist/extension.browser.js');
    assert.equal(manifest.main, undefined, 'a manifest with main would run in the Node extension host here');
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI, 'not in the local (web worker) extension host');
    assert.equal(extension.isActive, true);
  });

  it('registers every command of contributes.commands', async () => {
    const declared = (extension.packageJSON as Manifest).contributes.commands.map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(declared.filter((command) => !registered.has(command)), []);
  });
});
