// Next / Previous Annotation in the active corpus (wrapping around), List Annotations (a
// searchable pick across the workspace) and Show Annotation (tree items, list picks).
import * as vscode from 'vscode';
import type { Annotation } from '../core';
import type { CorpusAnnotations } from '../store/corpusAnnotations';
import { positioned } from '../store/queries';
import { baseName } from '../store/sidecarFiles';
import { shorten } from '../util/text';
import { corpusEditor, info, targetArgs, type CommandContext } from './context';
import { REVEAL_COMMAND } from '../ui/articlesTree';

async function move(ctx: CommandContext, direction: 1 | -1): Promise<void> {
  const editor = corpusEditor(ctx);
  const state = editor && ctx.store.get(editor.document.uri);
  const list = state ? positioned(state) : [];
  if (!editor || !list.length) {
    info('No annotations in this corpus.');
    return;
  }
  // From the selection's start, so a selected annotation (the last one visited) is stepped over.
  const cursor = editor.document.offsetAt(editor.selection.start);
  const next = direction > 0
    ? list.find((l) => l.anchor.start! > cursor) ?? list[0]
    : [...list].reverse().find((l) => l.anchor.start! < cursor) ?? list[list.length - 1];
  select(editor, next.anchor.start!, next.anchor.end!);
}

function select(editor: vscode.TextEditor, start: number, end: number): void {
  const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Opens the corpus and selects the annotation; an orphan shows its entry in the sidecar instead. */
export async function reveal(state: CorpusAnnotations, a: Annotation): Promise<void> {
  const anchor = state.anchor(a.id);
  if (anchor.start === undefined) {
    const position = state.base?.positionOf(a.id);
    if (state.sidecarUri && position) {
      const at = new vscode.Position(position.line, position.column);
      await vscode.window.showTextDocument(state.sidecarUri, { selection: new vscode.Range(at, at) });
    }
    info(`“${shorten(a.quote, 40)}” is orphaned: select where it belongs and run Re-attach Orphan.`);
    return;
  }
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(state.corpusUri), { preview: false });
  const fresh = state.anchor(a.id); // opening may have re-anchored it
  if (fresh.start !== undefined) select(editor, fresh.start, fresh.end!);
}

interface AnnotationItem extends vscode.QuickPickItem {
  state: CorpusAnnotations;
  annotation: Annotation;
}

async function list(ctx: CommandContext): Promise<void> {
  const items: AnnotationItem[] = [];
  for (const state of ctx.store.all().sort((a, b) => a.corpusUri.path.localeCompare(b.corpusUri.path))) {
    const entry = ctx.store.entry(state);
    for (const annotation of state.annotations()) {
      const anchor = state.anchor(annotation.id);
      const article = entry ? state.articleOf(annotation.id, entry.corpus) : annotation.article;
      items.push({
        state, annotation,
        label: `${anchor.state === 'orphaned' ? '$(debug-disconnect)' : anchor.state === 'fuzzy' ? '$(warning)' : '$(tag)'} ${shorten(annotation.quote, 80)}`,
        description: [annotation.label, annotation.speaker, anchor.state === 'orphaned' ? 'orphaned' : undefined].filter(Boolean).join(' · '),
        detail: [`${baseName(state.corpusUri)} › ${article}`, annotation.note, annotation.author].filter(Boolean).join(' · '),
      });
    }
  }
  if (!items.length) {
    info('No annotations in this workspace yet.');
    return;
  }
  const picked = await ctx.prompts.pick({
    kind: 'pick', title: `Annotations (${items.length})`, items, matchOnDescription: true, matchOnDetail: true,
    placeHolder: 'Search by text, label, speaker, note, file or article',
  });
  if (picked) await reveal(picked.state, picked.annotation);
}

export function registerNavigationCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsAnnotator.nextAnnotation', () => move(ctx, 1)),
    vscode.commands.registerCommand('newsAnnotator.previousAnnotation', () => move(ctx, -1)),
    vscode.commands.registerCommand('newsAnnotator.listAnnotations', () => list(ctx)),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (args?: unknown) => {
      const { uri, id } = targetArgs(args);
      const state = uri && ctx.store.get(uri);
      const annotation = id && state?.get(id);
      if (state && annotation) await reveal(state, annotation);
    }),
  );
}
