// Browser entry point (github.dev, vscode.dev: VS Code's web worker extension host). The same
// activateShared as the desktop build, with webHost: a web worker has no OS user and no home
// directory, and every file is reached through vscode.workspace.fs.
import type * as vscode from 'vscode';
import type { NewsAnnotatorApi } from './api';
import { activateShared } from './activateShared';
import { webHost } from './host/host';

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  return activateShared(context, webHost);
}

export function deactivate(): void {
  // Every registration is in context.subscriptions; VS Code disposes them.
}
