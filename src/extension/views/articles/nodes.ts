// Tree items of the Articles view (codetour habit: TreeItem subclasses that know their parent,
// so TreeView.reveal can walk up). Labels are recomputed in refresh(); the tooltip is built
// only when hovered (resolveTreeItem).
import * as vscode from 'vscode';
import type { CorpusEntry } from '../../corpus/corpusEntry';
import { articleKeyName } from '../../corpus/corpusEntry';
import type { AnnotationTreeItem } from './annotationHook';

export type ArticlesNode = CorpusFileNode | ArticleNode | AnnotationChildNode;

export class CorpusFileNode extends vscode.TreeItem {
  readonly kind = 'file';
  /** Article nodes by key, kept so a refresh of one article reuses (and fires) the same object. */
  readonly articleNodes = new Map<string, ArticleNode>();

  constructor(readonly uri: vscode.Uri) {
    super(uri, vscode.TreeItemCollapsibleState.Collapsed);
    this.id = uri.toString();
    this.contextValue = 'corpusFile';
  }

  refresh(entry: CorpusEntry, shown: number, problems: number): void {
    const folder = vscode.workspace.getWorkspaceFolder(this.uri);
    const relative = folder ? vscode.workspace.asRelativePath(this.uri, false) : this.uri.path;
    const dir = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
    const count = shown === entry.articleCount ? `${entry.articleCount}` : `${shown} of ${entry.articleCount}`;
    this.description = [dir, `${count} article${entry.articleCount === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
    this.tooltip = `${relative}\n${entry.articleCount} articles${problems ? `, ${problems} problems` : ''}`;
  }

  articleNode(key: string): ArticleNode {
    let node = this.articleNodes.get(key);
    if (!node) {
      node = new ArticleNode(this, key);
      this.articleNodes.set(key, node);
    }
    return node;
  }
}

export interface ArticleFacts {
  title: string;
  outlet?: string;
  date?: string;
  place?: string;
  /** Undefined until the article has been analysed. */
  quotes?: number;
  speakers?: string[];
  /** Parser problems inside the article. */
  problems: ReadonlyArray<{ severity: 'error' | 'warning' | 'info'; message: string }>;
  annotations: number;
}

export class ArticleNode extends vscode.TreeItem {
  readonly kind = 'article';
  facts: ArticleFacts | undefined;

  constructor(readonly parent: CorpusFileNode, readonly key: string) {
    super(articleKeyName(key), vscode.TreeItemCollapsibleState.None);
    this.id = `${parent.uri.toString()}#${key}`;
    this.contextValue = 'article';
    this.command = { command: 'newsAnnotator.openArticle', title: 'Open Article', arguments: [parent.uri, key] };
  }

  get uri(): vscode.Uri {
    return this.parent.uri;
  }

  get name(): string {
    return articleKeyName(this.key);
  }

  refresh(facts: ArticleFacts, annotationNoun: string, hasChildren: boolean): void {
    this.facts = facts;
    this.label = facts.title || this.name;
    const counts = [
      facts.quotes === undefined ? undefined : `${facts.quotes} quote${facts.quotes === 1 ? '' : 's'}`,
      facts.annotations ? `${facts.annotations} ${annotationNoun}` : undefined,
    ];
    this.description = [facts.outlet, facts.date, ...counts].filter(Boolean).join(' · ');
    const severities = facts.problems.map((p) => p.severity).filter((s) => s !== 'info');
    this.iconPath = severities.includes('error')
      ? new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'))
      : severities.length
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
        : new vscode.ThemeIcon('file-text');
    this.collapsibleState = hasChildren
      ? this.collapsibleState === vscode.TreeItemCollapsibleState.Expanded ? this.collapsibleState : vscode.TreeItemCollapsibleState.Collapsed
      : vscode.TreeItemCollapsibleState.None;
    this.tooltip = undefined; // rebuilt lazily by resolveTreeItem
  }

  /** The hover card: built only when the user hovers the item. */
  buildTooltip(): vscode.MarkdownString {
    const f = this.facts;
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**${escape(f?.title || this.name)}**\n\n`);
    md.appendMarkdown(`\`${escape(this.name)}\``);
    const where = [f?.outlet, f?.date, f?.place].filter(Boolean).map((s) => escape(s!)).join(' · ');
    if (where) md.appendMarkdown(` — ${where}`);
    md.appendMarkdown('\n\n');
    if (f?.quotes !== undefined) {
      md.appendMarkdown(`$(quote) ${f.quotes} quote${f.quotes === 1 ? '' : 's'}`);
      if (f.speakers?.length) md.appendMarkdown(` by ${f.speakers.slice(0, 5).map(escape).join(', ')}${f.speakers.length > 5 ? ', …' : ''}`);
      md.appendMarkdown('\n\n');
    }
    for (const problem of (f?.problems ?? []).slice(0, 5)) {
      md.appendMarkdown(`$(${problem.severity === 'error' ? 'error' : 'warning'}) ${escape(problem.message)}\n\n`);
    }
    return md;
  }
}

/**
 * An item the annotation provider lists under an article (or under a file, or under another such
 * item), or a section provider lists at the top of the view (no parent).
 */
export class AnnotationChildNode extends vscode.TreeItem {
  readonly kind = 'annotation';
  readonly children: readonly AnnotationTreeItem[];

  constructor(readonly parent: ArticleNode | CorpusFileNode | AnnotationChildNode | undefined, item: AnnotationTreeItem, index: number) {
    super(item.label ?? '', item.collapsibleState ?? vscode.TreeItemCollapsibleState.None);
    const { children, ...rest } = item;
    Object.assign(this, rest);
    this.children = children ?? [];
    this.id = `${parent?.id ?? 'section'}/annotation/${item.id ?? index}`;
  }
}

export function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
