import type * as vscode from 'vscode';
import type { CorpusEntry } from './corpusEntry';

export type CorpusChangeKind = 'added' | 'edited' | 'reloaded' | 'removed';

/** What changed in one corpus file. Article lists hold keys (the name, unique within the file). */
export interface CorpusChangeEvent {
  readonly uri: vscode.Uri;
  /** The entry after the change; undefined when the corpus was removed. */
  readonly entry: CorpusEntry | undefined;
  readonly kind: CorpusChangeKind;
  readonly changedArticles: readonly string[];
  readonly removedArticles: readonly string[];
  /** Articles were added, removed, renamed or reordered: views rebuild the file's children. */
  readonly structureChanged: boolean;
}

/** Analyses became available (or were recomputed) for these articles. */
export interface AnalysisEvent {
  readonly uri: vscode.Uri;
  readonly articles: readonly string[];
}
