// Desktop entry point: everything is set up by activateShared so the browser build
// (extension.browser.ts) stays identical apart from how it reaches files and processes.
import type * as vscode from 'vscode';
import type { NewsAnnotatorApi } from './api';
import { activateShared } from './activateShared';
import { desktopHost } from './host/desktopHost';

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  return activateShared(context, desktopHost);
}

export function deactivate(): void {
  // Every registration is in context.subscriptions; VS Code disposes them.
}
