// How the annotation feature (src/extension/annotations/) adds to the Articles view without
// this view knowing about sidecars: it registers a provider, and the view asks it for a count
// per article and, optionally, child items shown under the article.
import type * as vscode from 'vscode';

export interface ArticleAnnotationProvider {
  /** Fire with a corpus uri (or undefined for all) when counts or children changed. */
  readonly onDidChange?: vscode.Event<vscode.Uri | undefined>;
  /** Number of annotations on the article (shown in its description when > 0). */
  countFor(corpus: vscode.Uri, article: string): number;
  /** Items listed under the article; the article becomes expandable when there are some. */
  childrenFor?(corpus: vscode.Uri, article: string): AnnotationTreeItem[];
  /** Items listed under the corpus file after its articles (e.g. annotations whose article is gone). */
  fileChildrenFor?(corpus: vscode.Uri): AnnotationTreeItem[];
  /** Word used in the description after the count, e.g. "tags" (default "annotations"). */
  readonly noun?: string;
}

/**
 * Items listed at the top of the view, before the corpus files: something about the workspace
 * as a whole that is worth seeing first (e.g. the annotation changes since a git ref).
 */
export interface ArticlesSectionProvider {
  /** Fire when the sections changed. */
  readonly onDidChange: vscode.Event<unknown>;
  sections(): AnnotationTreeItem[];
}

/** A tree item from the provider; `children`, when given, are listed under it. */
export interface AnnotationTreeItem extends vscode.TreeItem {
  children?: vscode.TreeItem[];
}
