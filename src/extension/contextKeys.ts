// Context keys the manifest's `when` clauses use: whether any corpus is known (commands,
// welcome view) and whether the workspace scan is still running (welcome view text).
import * as vscode from 'vscode';
import type { CorpusModel } from './corpus/corpusModel';

export function registerContextKeys(model: CorpusModel, scan: Promise<void>): vscode.Disposable {
  let hasCorpus: boolean | undefined;
  const update = () => {
    const now = model.all().length > 0;
    if (now === hasCorpus) return;
    hasCorpus = now;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.hasCorpus', now);
  };
  void vscode.commands.executeCommand('setContext', 'newsAnnotator.indexing', true);
  void scan.finally(() => vscode.commands.executeCommand('setContext', 'newsAnnotator.indexing', false));
  update();
  return model.onDidChangeCorpus(update);
}
