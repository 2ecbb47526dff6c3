// Refresh (re-scan the workspace and re-read files) and Toggle Speaker Highlighting.
import * as vscode from 'vscode';
import type { CorpusModel } from '../corpus/corpusModel';

export function registerMaintenanceCommands(model: CorpusModel, refreshViews: () => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsAnnotator.refresh', async () => {
      await vscode.window.withProgress({ location: { viewId: 'newsAnnotator.articles' } }, () => model.refresh());
      refreshViews();
    }),
    vscode.commands.registerCommand('newsAnnotator.toggleHighlighting', async () => {
      const config = vscode.workspace.getConfiguration('newsAnnotator.highlight');
      await config.update('enabled', !config.get<boolean>('enabled', true), vscode.ConfigurationTarget.Global);
    }),
  );
}
