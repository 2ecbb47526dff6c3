// "Changes since <ref>" at the top of the Articles view, one section per comparison: the added,
// removed and changed annotations in text order, what changed in each description, a click
// reveals the span (where a removed one's text still is). The section's inline action clears it.
import * as vscode from 'vscode';
import { shorten } from '../annotations/util/text';
import { DisposableBase } from '../util/dispose';
import type { AnnotationTreeItem, ArticlesSectionProvider } from '../views/articles/annotationHook';
import { rowDescription, rowHover, type ChangeKind, type ChangeRow } from './changeRows';
import type { Comparison, Comparisons } from './comparisons';

export const REVEAL_CHANGE_COMMAND = 'newsAnnotator.revealAnnotationChange';
/** contextValue of a section (the manifest's inline Clear action matches it). */
export const SECTION_CONTEXT = 'annotationComparison';

/** A section item: which corpus it compares, for the Clear action it is passed to. */
export interface SectionItem extends AnnotationTreeItem {
  comparedCorpus: string;
}

const ICONS: Record<ChangeKind, string> = { added: 'diff-added', changed: 'diff-modified', removed: 'diff-removed' };

export class ChangesSection extends DisposableBase implements ArticlesSectionProvider {
  readonly onDidChange: vscode.Event<unknown>;

  constructor(private readonly comparisons: Comparisons) {
    super();
    this.onDidChange = comparisons.onDidChange;
  }

  sections(): AnnotationTreeItem[] {
    return this.comparisons.all().map((c) => sectionItem(c));
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function sectionItem(c: Comparison): SectionItem {
  const item = new vscode.TreeItem(`Changes since ${c.choice.label}`, vscode.TreeItemCollapsibleState.Expanded) as SectionItem;
  item.id = `changes:${c.corpusUri.toString()}`;
  item.comparedCorpus = c.corpusUri.toString();
  item.description = `${fileName(c.corpusUri)} · ${c.counts}`;
  item.iconPath = new vscode.ThemeIcon('git-compare');
  item.contextValue = SECTION_CONTEXT;
  item.tooltip = [
    `Annotations of ${fileName(c.corpusUri)} now, compared with its sidecar at ${c.choice.label} (${c.choice.ref}).`,
    c.baseMissing ? 'The sidecar did not exist there: every annotation counts as added.' : '',
  ].filter(Boolean).join('\n');
  item.children = c.rows.length ? c.rows.map((row) => rowItem(c, row)) : [emptyItem()];
  return item;
}

function rowItem(c: Comparison, row: ChangeRow): AnnotationTreeItem {
  const item = new vscode.TreeItem(shorten(row.annotation.quote));
  item.id = `${row.kind}:${row.id}`;
  item.description = rowDescription(row);
  item.iconPath = new vscode.ThemeIcon(ICONS[row.kind], new vscode.ThemeColor(`newsAnnotator.review.${row.kind}`));
  item.tooltip = `${rowHover(row, c.choice.label)}\n\n${row.annotation.quote}`;
  item.contextValue = `annotationChange.${row.kind}`;
  item.command = { command: REVEAL_CHANGE_COMMAND, title: 'Show Change', arguments: [{ uri: c.corpusUri.toString(), id: row.id, kind: row.kind }] };
  return item;
}

function emptyItem(): AnnotationTreeItem {
  const item = new vscode.TreeItem('No annotation changes');
  item.id = 'none';
  item.iconPath = new vscode.ThemeIcon('check');
  return item;
}
