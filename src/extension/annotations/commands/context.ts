// What the annotation commands share, and the parsing of their arguments (objects from code and
// tests, or JSON from markdown command links, where a uri arrives as a string).
import * as vscode from 'vscode';
import type { CorpusModel } from '../../corpus/corpusModel';
import { toUri } from '../../util/uri';
import type { AuthorResolver } from '../settings/author';
import type { TaxonomyService } from '../settings/taxonomyService';
import type { AnnotationOps } from '../store/annotationOps';
import type { AnnotationStore } from '../store/annotationStore';
import type { HookBox } from '../util/testHooks';
import type { Prompts } from './prompts';

export interface CommandContext {
  readonly model: CorpusModel;
  readonly store: AnnotationStore;
  readonly ops: AnnotationOps;
  readonly taxonomy: TaxonomyService;
  readonly author: AuthorResolver;
  readonly prompts: Prompts;
  readonly hooks: HookBox;
}

/** `{ uri, id }` of an annotation, as hover links, tree items and tests pass it. */
export interface TargetArgs {
  uri?: vscode.Uri;
  id?: string;
}

export function targetArgs(args: unknown): TargetArgs {
  if (!args || typeof args !== 'object') return {};
  const raw = args as { uri?: vscode.Uri | string; id?: unknown };
  return { uri: toUri(raw.uri), id: typeof raw.id === 'string' ? raw.id : undefined };
}

/** A string field of an args object; `null` or '' means "none". Absent -> undefined. */
export function argString(args: unknown, key: string): string | null | undefined {
  if (!args || typeof args !== 'object' || !(key in args)) return undefined;
  const value = (args as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

export function hasArg(args: unknown, key: string): boolean {
  return !!args && typeof args === 'object' && key in args;
}

/** The active editor if it shows a corpus. */
export function corpusEditor(ctx: CommandContext): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && ctx.model.forDocument(editor.document) ? editor : undefined;
}

export function info(message: string): void {
  void vscode.window.setStatusBarMessage(message, 4000);
}
