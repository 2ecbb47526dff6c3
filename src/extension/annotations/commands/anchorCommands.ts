// Re-attach Orphan (apply an orphaned annotation to the current selection) and Confirm Fuzzy
// Anchor (accept an approximate match: the annotation's quote and anchor become the text it
// matched). Both keep the annotation's id, label, speaker, note and author.
import * as vscode from 'vscode';
import { articleAt, articleBody, captureContext, findArticle, updateAnchor, type Annotation } from '../core';
import { orphans, targetAnnotation } from '../store/queries';
import { shorten } from '../util/text';
import { corpusEditor, info, targetArgs, type CommandContext } from './context';

async function reattachOrphan(ctx: CommandContext, args: unknown): Promise<void> {
  const editor = corpusEditor(ctx);
  const state = editor && ctx.store.get(editor.document.uri);
  const entry = editor && ctx.model.forDocument(editor.document);
  if (!editor || !state || !entry) return;
  if (!(await ctx.ops.ensureWritable(state))) return;
  const start = editor.document.offsetAt(editor.selection.start);
  const end = editor.document.offsetAt(editor.selection.end);
  const article = articleAt(entry.corpus, start);
  if (start === end || !article || start < article.bodyStart || end > article.bodyEnd) {
    void vscode.window.showErrorMessage('Select the text the orphaned annotation belongs to, inside one article, then run Re-attach Orphan.');
    return;
  }
  const { id } = targetArgs(args);
  const lost = orphans(state);
  const orphan = id ? lost.find((l) => l.annotation.id === id) : lost.length === 1 ? lost[0] : await ctx.prompts.pick({
    kind: 'pick', title: 'Re-attach which orphan to the selection?', matchOnDescription: true,
    items: lost.map((l) => ({ ...l, label: shorten(l.annotation.quote, 80), description: [l.annotation.label, l.annotation.speaker, l.annotation.article].filter(Boolean).join(' · ') })),
  });
  if (!orphan) {
    if (!lost.length) info('This corpus has no orphaned annotations.');
    return;
  }
  const body = articleBody(entry.corpus, article);
  const from = start - article.bodyStart;
  const to = end - article.bodyStart;
  const after: Annotation = {
    ...orphan.annotation, article: article.name, quote: body.slice(from, to), ...captureContext(body, from, to), start: from, updated: ctx.hooks.timestamp(),
  };
  await ctx.ops.apply(state, 'Re-attach orphan', [{ id: after.id, after, anchor: { state: 'exact', start, end, score: 1 } }]);
}

async function confirmFuzzy(ctx: CommandContext, args: unknown): Promise<void> {
  const target = targetAnnotation(ctx.store, targetArgs(args));
  const entry = target && ctx.store.entry(target.state);
  if (!target || !entry || target.anchor.state !== 'fuzzy' || target.anchor.start === undefined) {
    info('No approximately matched annotation here to confirm.');
    return;
  }
  if (!(await ctx.ops.ensureWritable(target.state))) return;
  const article = articleAt(entry.corpus, target.anchor.start);
  if (!article || findArticle(entry.corpus, article.name) !== article) return;
  const result = {
    state: 'fuzzy' as const, article: article.name, score: target.anchor.score,
    start: target.anchor.start - article.bodyStart, end: target.anchor.end! - article.bodyStart,
  };
  const moved = updateAnchor(target.annotation, entry.corpus, result, { adoptQuote: true });
  const after = { ...moved, updated: ctx.hooks.timestamp() };
  await ctx.ops.apply(target.state, 'Confirm fuzzy anchor', [
    { id: after.id, after, anchor: { state: 'exact', start: target.anchor.start, end: target.anchor.end!, score: 1 } },
  ]);
}

export function registerAnchorCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsAnnotator.reattachOrphan', (args?: unknown) => reattachOrphan(ctx, args)),
    vscode.commands.registerCommand('newsAnnotator.confirmFuzzyAnchor', (args?: unknown) => confirmFuzzy(ctx, args)),
  );
}
