// The review part of the extension's test API (NewsAnnotatorApi.review): what the integration
// tests read. The Changes section itself is read through NewsAnnotatorApi.articles.
import type * as vscode from 'vscode';
import type { ActivePrompt } from '../annotations/commands/prompts';
import type { ChangeKind } from './changeRows';
import type { AppliedReviewDecorations } from './reviewDecorations';

export interface ComparisonView {
  /** What git was asked for (a commit for the merge base) and how it is named on screen. */
  ref: string;
  label: string;
  /** The sidecar did not exist at the ref. */
  baseMissing: boolean;
  counts: string;
  /** In text order; start/end are offsets into the corpus text now (absent when not placed). */
  rows: { kind: ChangeKind; id: string; summary: string; anchorOnly: boolean; start?: number; end?: number }[];
}

export interface ReviewApi {
  /** Resolves when annotation work is done and the comparisons and their marks are current. */
  whenIdle(): Promise<void>;
  /** The comparison shown for a corpus, if any. */
  comparison(corpus: vscode.Uri): ComparisonView | undefined;
  /** Marks last applied to the corpus's editor, by kind, with their hover text. */
  decorations(corpus: vscode.Uri): AppliedReviewDecorations;
  /** The review's quick pick on screen (the ref pick), if any. */
  activePrompt(): ActivePrompt | undefined;
}
