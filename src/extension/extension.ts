// Desktop entry point: everything is set up by activateShared so the browser build
// (extension.browser.ts) stays identical apart from how it reaches files and processes.
import type * as vscode from 'vscode';
import { activateShared } from './activateShared';

export function activate(context: vscode.ExtensionContext): void {
  activateShared(context);
}

export function deactivate(): void {
  // Every registration is in context.subscriptions; VS Code disposes them.
}
