import * as vscode from 'vscode';

/** Registers every feature; each registerX returns a Disposable pushed onto the context. */
export function activateShared(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsAnnotator.goToArticle', () => undefined),
  );
}
