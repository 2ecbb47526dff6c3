// Data of the Articles view: every corpus in the workspace, its articles under it. Listens to
// the model and refreshes only what changed: one article's node after an edit inside it, the
// file's node when articles were added, removed or renamed, the root when files came or went.
import * as vscode from 'vscode';
import type { CorpusModel } from '../../corpus/corpusModel';
import type { AnalysisEvent, CorpusChangeEvent } from '../../corpus/events';
import { DisposableBase } from '../../util/dispose';
import { Throttler } from '../../util/schedule';
import type { AnnotationTreeItem, ArticleAnnotationProvider, ArticlesSectionProvider } from './annotationHook';
import { articleFacts, matchesFilter, sortedKeys, type SortOrder } from './articleFacts';
import { AnnotationChildNode, ArticleNode, CorpusFileNode, type ArticlesNode } from './nodes';

/** Quote counts arrive continuously while the workspace is analysed: refresh at this pace. */
const COUNT_REFRESH_MS = 500;
/** Past this many changed articles in one file, refreshing the file node is cheaper. */
const MAX_NODE_REFRESHES = 100;
const AUTO_EXPAND_MAX_ARTICLES = 500;

export class ArticlesProvider extends DisposableBase implements vscode.TreeDataProvider<ArticlesNode> {
  private readonly emitter = this.register(new vscode.EventEmitter<ArticlesNode | ArticlesNode[] | undefined>());
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly fileNodes = new Map<string, CorpusFileNode>();
  private readonly annotationProviders: ArticleAnnotationProvider[] = [];
  private readonly sectionProviders: ArticlesSectionProvider[] = [];
  private readonly analysed = new Map<string, Set<string>>();
  private readonly countThrottler = this.register(new Throttler(COUNT_REFRESH_MS, () => this.refreshCounts()));
  private filterText = '';

  constructor(private readonly model: CorpusModel, onDidAnalyze: vscode.Event<AnalysisEvent>, private sortOrder: SortOrder) {
    super();
    this.register(model.onDidChangeCorpus((e) => this.corpusChanged(e)));
    this.register(onDidAnalyze((e) => {
      const keys = this.analysed.get(e.uri.toString()) ?? new Set<string>();
      e.articles.forEach((key) => keys.add(key));
      this.analysed.set(e.uri.toString(), keys);
      this.countThrottler.trigger();
    }));
  }

  get filter(): string {
    return this.filterText;
  }

  get sort(): SortOrder {
    return this.sortOrder;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    this.emitter.fire(undefined);
  }

  setSort(order: SortOrder): void {
    if (order === this.sortOrder) return;
    this.sortOrder = order;
    this.emitter.fire(undefined);
  }

  refreshAll(): void {
    this.emitter.fire(undefined);
  }

  /** Lets the annotation feature add counts and children to articles. */
  registerAnnotationProvider(provider: ArticleAnnotationProvider): vscode.Disposable {
    this.annotationProviders.push(provider);
    const listener = provider.onDidChange?.((uri) => this.emitter.fire(uri ? this.fileNodes.get(uri.toString()) : undefined));
    this.emitter.fire(undefined);
    return new vscode.Disposable(() => {
      listener?.dispose();
      this.annotationProviders.splice(this.annotationProviders.indexOf(provider), 1);
      this.emitter.fire(undefined);
    });
  }

  /** Lets a feature list items at the top of the view, before the corpus files. */
  registerSectionProvider(provider: ArticlesSectionProvider): vscode.Disposable {
    this.sectionProviders.push(provider);
    const listener = provider.onDidChange(() => this.emitter.fire(undefined));
    this.emitter.fire(undefined);
    return new vscode.Disposable(() => {
      listener.dispose();
      this.sectionProviders.splice(this.sectionProviders.indexOf(provider), 1);
      this.emitter.fire(undefined);
    });
  }

  /** The node of an article if the view currently lists it (not hidden by the filter). */
  articleNode(uri: vscode.Uri, key: string): ArticleNode | undefined {
    const entry = this.model.get(uri);
    if (!entry || entry.indexOf(key) < 0 || !matchesFilter(entry, key, this.filterText)) return undefined;
    return this.fileNode(uri).articleNode(key);
  }

  /** How many articles are shown and how many exist (for the view's message). */
  counts(): { shown: number; total: number } {
    let shown = 0;
    let total = 0;
    for (const entry of this.model.all()) {
      total += entry.articleCount;
      shown += this.filterText ? entry.keys.filter((key) => matchesFilter(entry, key, this.filterText)).length : entry.articleCount;
    }
    return { shown, total };
  }

  getTreeItem(node: ArticlesNode): vscode.TreeItem {
    if (node instanceof ArticleNode) {
      const entry = this.model.get(node.uri);
      if (entry) node.refresh(articleFacts(entry, node.key, this.annotationProviders), this.annotationNoun(), this.childItems(node).length > 0);
    }
    return node;
  }

  getChildren(node?: ArticlesNode): ArticlesNode[] {
    if (!node) return [...this.sectionNodes(), ...this.rootChildren()];
    if (node instanceof CorpusFileNode) {
      const entry = this.model.get(node.uri);
      if (!entry) return [];
      const keys = entry.keys.filter((key) => matchesFilter(entry, key, this.filterText));
      const articles: ArticlesNode[] = sortedKeys(entry, keys, this.sortOrder).map((key) => node.articleNode(key));
      return articles.concat(this.fileItems(node).map((item, i) => new AnnotationChildNode(node, item, i)));
    }
    if (node instanceof ArticleNode) return this.childItems(node).map((item, i) => new AnnotationChildNode(node, item, i));
    return node.children.map((item, i) => new AnnotationChildNode(node, item, i));
  }

  getParent(node: ArticlesNode): ArticlesNode | undefined {
    return node instanceof CorpusFileNode ? undefined : node.parent;
  }

  resolveTreeItem(item: vscode.TreeItem, node: ArticlesNode): vscode.TreeItem {
    if (node instanceof ArticleNode) item.tooltip = node.buildTooltip();
    return item;
  }

  private sectionNodes(): AnnotationChildNode[] {
    return this.sectionProviders.flatMap((p) => {
      try {
        return p.sections();
      } catch {
        return [];
      }
    }).map((item, i) => new AnnotationChildNode(undefined, item, i));
  }

  private rootChildren(): CorpusFileNode[] {
    const entries = this.model.all();
    const nodes: CorpusFileNode[] = [];
    for (const entry of entries) {
      const shown = this.filterText ? entry.keys.filter((key) => matchesFilter(entry, key, this.filterText)).length : entry.articleCount;
      if (this.filterText && shown === 0) continue;
      const node = this.fileNode(entry.uri);
      node.refresh(entry, shown, entry.corpus.diagnostics.length);
      // One file: open it right away; many: let the user pick (a filter opens them all). A huge
      // file stays closed: listing thousands of articles is work nobody asked for yet.
      if ((entries.length === 1 || this.filterText) && shown <= AUTO_EXPAND_MAX_ARTICLES) {
        node.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
      }
      nodes.push(node);
    }
    return nodes;
  }

  private fileNode(uri: vscode.Uri): CorpusFileNode {
    let node = this.fileNodes.get(uri.toString());
    if (!node) {
      node = new CorpusFileNode(uri);
      this.fileNodes.set(uri.toString(), node);
    }
    return node;
  }

  private fileItems(node: CorpusFileNode): AnnotationTreeItem[] {
    if (this.filterText) return []; // a filter lists matching articles only
    return this.annotationProviders.flatMap((p) => {
      try {
        return p.fileChildrenFor?.(node.uri) ?? [];
      } catch {
        return [];
      }
    });
  }

  private childItems(node: ArticleNode): AnnotationTreeItem[] {
    return this.annotationProviders.flatMap((p) => {
      try {
        return p.childrenFor?.(node.uri, node.name) ?? [];
      } catch {
        return [];
      }
    });
  }

  private annotationNoun(): string {
    return this.annotationProviders.find((p) => p.noun)?.noun ?? 'annotations';
  }

  private corpusChanged(e: CorpusChangeEvent): void {
    const id = e.uri.toString();
    const fileNode = this.fileNodes.get(id);
    if (!e.entry || e.kind === 'added' || !fileNode) {
      if (!e.entry) this.fileNodes.delete(id);
      this.emitter.fire(undefined);
      return;
    }
    for (const key of e.removedArticles) fileNode.articleNodes.delete(key);
    const reorders = this.sortOrder !== 'position' || this.filterText !== '';
    if (e.structureChanged || (reorders && e.changedArticles.length) || e.changedArticles.length > MAX_NODE_REFRESHES) {
      this.emitter.fire(fileNode);
      return;
    }
    const nodes = e.changedArticles.map((key) => fileNode.articleNodes.get(key)).filter((n): n is ArticleNode => !!n);
    if (nodes.length) this.emitter.fire(nodes);
  }

  private refreshCounts(): void {
    const batches = [...this.analysed];
    this.analysed.clear();
    for (const [id, keys] of batches) {
      const fileNode = this.fileNodes.get(id);
      const entry = fileNode && this.model.get(fileNode.uri);
      if (!fileNode || !entry) continue;
      const stale = [...keys]
        .map((key) => fileNode.articleNodes.get(key))
        .filter((node): node is ArticleNode => !!node && node.facts?.quotes !== entry.cachedAnalysis(node.key)?.quotes.length);
      if (stale.length > MAX_NODE_REFRESHES) this.emitter.fire(fileNode);
      else if (stale.length) this.emitter.fire(stale);
    }
  }
}
