// Go to Article: a searchable list of the articles of the active corpus (or of every corpus
// when no corpus editor is active), by headline, name, outlet and date.
import * as vscode from 'vscode';
import type { CorpusModel } from '../corpus/corpusModel';
import { isCorpusDocument } from '../corpus/corpusModel';
import { articleKeyName } from '../corpus/corpusEntry';
import { revealArticle } from '../navigation';

interface ArticlePick extends vscode.QuickPickItem {
  uri: vscode.Uri;
  key: string;
}

async function goToArticle(model: CorpusModel, uri?: vscode.Uri): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const active = editor && isCorpusDocument(editor.document) ? model.forDocument(editor.document) : undefined;
  const entries = uri ? [model.get(uri)].filter((e) => !!e) : active ? [active] : model.all();
  if (!entries.length) {
    void vscode.window.showInformationMessage('No corpus file is open or found in the workspace.');
    return;
  }
  const current = active && editor ? active.keyAt(editor.document.offsetAt(editor.selection.active)) : undefined;
  const items: ArticlePick[] = [];
  let currentItem: ArticlePick | undefined;
  for (const entry of entries) {
    const file = vscode.workspace.asRelativePath(entry.uri, false);
    for (const key of entry.keys) {
      const meta = entry.meta(key);
      const facts = [articleKeyName(key), meta.outlet, meta.date].filter(Boolean).join(' · ');
      const item = { label: meta.title || articleKeyName(key), description: entries.length > 1 ? `${facts} — ${file}` : facts, uri: entry.uri, key };
      if (entry === active && key === current) currentItem = item;
      items.push(item);
    }
  }
  const pick = vscode.window.createQuickPick<ArticlePick>();
  pick.title = 'Go to Article';
  pick.placeholder = 'Type to search headlines, names, outlets and dates';
  pick.matchOnDescription = true;
  pick.items = items;
  if (currentItem) pick.activeItems = [currentItem];
  const chosen = await new Promise<ArticlePick | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0] ?? pick.activeItems[0]));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (chosen) await revealArticle(model, chosen.uri, chosen.key);
}

export function registerGoToArticle(model: CorpusModel): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.goToArticle', (arg?: vscode.Uri | { uri: vscode.Uri }) =>
    goToArticle(model, arg instanceof vscode.Uri ? arg : arg?.uri));
}
