// The annotation part of the extension's test API (NewsAnnotatorApi.annotations): what the
// integration tests read and the seams they set. Nothing here changes annotations.
import type * as vscode from 'vscode';
import type { Annotation, AnchorState, Taxonomy } from './core';
import type { ActivePrompt } from './commands/prompts';
import type { AnnotationTestHooks } from './util/testHooks';

export interface AnnotationView {
  annotation: Annotation;
  state: AnchorState;
  /** Absolute offsets into the corpus text now (absent for orphans). */
  start?: number;
  end?: number;
  score: number;
  /** The article it belongs to now. */
  article?: string;
}

export interface AnnotationsApi {
  /** Resolves when sidecar reads and writes, re-anchoring and decoration updates are done. */
  whenIdle(): Promise<void>;
  /** A corpus's annotations as held in memory (what is shown), in text order, orphans last. */
  list(corpus: vscode.Uri): AnnotationView[];
  /** The sidecar's state: 'missing' | 'ok' | 'invalid' | 'loading' | 'none'; `unsaved` when memory differs from disk. */
  status(corpus: vscode.Uri): { sidecar: string; unsaved: boolean; errors: string[] } | undefined;
  /** Ranges last decorated, by key ('label:claim', 'fuzzy', 'gutter', 'gutter:fuzzy'). */
  decorations(corpus: vscode.Uri): Record<string, vscode.Range[]>;
  /** The colour each label key was last drawn in ('label:claim' -> '#0072B2'). */
  decorationColors(corpus: vscode.Uri): Record<string, string>;
  /** The annotation prompt on screen (label pick, speaker input, ...), if any. */
  activePrompt(): ActivePrompt | undefined;
  /** Puts text in the prompt on screen as a person typing would (false when none is open). */
  typeInPrompt(text: string): boolean;
  /** The first workspace folder's taxonomy (a single-folder window's only one). */
  readonly taxonomy: Taxonomy;
  /** The taxonomy that applies to a corpus: its workspace folder's. */
  taxonomyFor(uri: vscode.Uri): Taxonomy;
  readonly author: Promise<string>;
  /** Deterministic clock and ids, and answers to conflict prompts; undefined restores the defaults. */
  setTestHooks(hooks: AnnotationTestHooks | undefined): void;
  readonly onDidChange: vscode.Event<vscode.Uri>;
}
