// The Articles view: the tree, its title (filter shown in the description), the filter, sort
// and reveal commands, and following the cursor.
import * as vscode from 'vscode';
import type { CorpusModel } from '../../corpus/corpusModel';
import type { AnalysisEvent } from '../../corpus/events';
import { DisposableBase } from '../../util/dispose';
import { Throttler } from '../../util/schedule';
import { revealArticle } from '../../navigation';
import { SORT_ORDERS, type SortOrder } from './articleFacts';
import { ArticlesProvider } from './articlesProvider';
import type { ArticleNode, ArticlesNode } from './nodes';

export const ARTICLES_VIEW_ID = 'newsAnnotator.articles';
const FOLLOW_THROTTLE_MS = 300;

const SORT_LABELS: Record<SortOrder, string> = { position: 'File Order', name: 'Name', date: 'Date (newest first)' };

export class ArticlesView extends DisposableBase {
  readonly provider: ArticlesProvider;
  readonly treeView: vscode.TreeView<ArticlesNode>;
  private readonly follow = this.register(new Throttler(FOLLOW_THROTTLE_MS, () => void this.followCursor()));

  constructor(private readonly model: CorpusModel, onDidAnalyze: vscode.Event<AnalysisEvent>) {
    super();
    const sort = vscode.workspace.getConfiguration('newsAnnotator.articles').get<SortOrder>('sortBy', 'position');
    this.provider = this.register(new ArticlesProvider(model, onDidAnalyze, SORT_ORDERS.includes(sort) ? sort : 'position'));
    this.treeView = this.register(vscode.window.createTreeView(ARTICLES_VIEW_ID, {
      treeDataProvider: this.provider,
      showCollapseAll: true,
    }));
    this.register(this.provider.onDidChangeTreeData(() => this.updateTitle()));
    this.register(vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) this.follow.trigger();
    }));
    this.register(this.treeView.onDidChangeVisibility((e) => e.visible && this.follow.trigger()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('newsAnnotator.articles.sortBy')) return;
      this.provider.setSort(vscode.workspace.getConfiguration('newsAnnotator.articles').get<SortOrder>('sortBy', 'position'));
    }));
    this.register(vscode.commands.registerCommand('newsAnnotator.filterArticles', () => this.askFilter()));
    this.register(vscode.commands.registerCommand('newsAnnotator.clearFilter', () => this.setFilter('')));
    this.register(vscode.commands.registerCommand('newsAnnotator.sortArticles', (order?: SortOrder) => this.askSort(order)));
    this.register(vscode.commands.registerCommand('newsAnnotator.revealInArticlesView', () => this.revealCurrent(true)));
    this.register(vscode.commands.registerCommand('newsAnnotator.openArticle', (uri: vscode.Uri, key: string) =>
      revealArticle(model, uri, key, { preserveFocus: false })));
    this.updateTitle();
  }

  async setFilter(text: string): Promise<void> {
    this.provider.setFilter(text);
    await vscode.commands.executeCommand('setContext', 'newsAnnotator.articlesFiltered', !!this.provider.filter);
    this.updateTitle();
  }

  private async askFilter(): Promise<void> {
    const text = await vscode.window.showInputBox({
      title: 'Filter Articles',
      prompt: 'Show articles whose name, headline, outlet, date or place contains this text (empty clears the filter).',
      value: this.provider.filter,
      placeHolder: 'e.g. Kremlin, TASS, 2018-03',
    });
    if (text !== undefined) await this.setFilter(text);
  }

  private async askSort(order?: SortOrder): Promise<void> {
    if (!order) {
      const picked = await vscode.window.showQuickPick(
        SORT_ORDERS.map((o) => ({ label: SORT_LABELS[o], order: o, description: o === this.provider.sort ? 'current' : undefined })),
        { title: 'Sort Articles By' },
      );
      order = picked?.order;
    }
    if (!order || !SORT_ORDERS.includes(order)) return;
    this.provider.setSort(order);
    // Remembered as a user setting (never written into the corpus repository's .vscode folder).
    await vscode.workspace.getConfiguration('newsAnnotator.articles').update('sortBy', order, vscode.ConfigurationTarget.Global);
  }

  private updateTitle(): void {
    const filter = this.provider.filter;
    if (!filter) {
      this.treeView.description = this.provider.sort === 'position' ? undefined : `by ${this.provider.sort}`;
      this.treeView.message = undefined;
      return;
    }
    const { shown, total } = this.provider.counts();
    this.treeView.description = `filter: “${filter}”`;
    this.treeView.message = shown
      ? `${shown} of ${total} articles match “${filter}”.`
      : `No article matches “${filter}”. Use Clear Filter to see them all.`;
  }

  /** The node of the article under the cursor in the active editor, if the view lists it. */
  private currentNode(): ArticleNode | undefined {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && this.model.forDocument(editor.document);
    const key = entry?.keyAt(editor!.document.offsetAt(editor!.selection.active));
    return entry && key !== undefined ? this.provider.articleNode(entry.uri, key) : undefined;
  }

  async revealCurrent(focus: boolean): Promise<void> {
    const node = this.currentNode();
    if (!node) return;
    await this.treeView.reveal(node, { select: true, focus, expand: false });
  }

  private async followCursor(): Promise<void> {
    if (!this.treeView.visible || !vscode.workspace.getConfiguration('newsAnnotator.articles').get('followCursor', true)) return;
    const node = this.currentNode();
    if (!node || this.treeView.selection[0] === node) return;
    try {
      await this.treeView.reveal(node, { select: true, focus: false, expand: false });
    } catch {
      // The tree may be mid-refresh; the next cursor move tries again.
    }
  }
}

export function registerArticlesView(model: CorpusModel, onDidAnalyze: vscode.Event<AnalysisEvent>): ArticlesView {
  return new ArticlesView(model, onDidAnalyze);
}
