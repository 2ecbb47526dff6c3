// Tag Claim (a selection) and Tag Detected Quote (from the quote hover): label -> speaker,
// pre-filled with the speaker the attribution engine found for the quote the selection lies
// in -> optional note -> saved, with a notification that offers "Add Note" and "Undo".
//
// Keystrokes from a selection to a saved tag with the defaults: Ctrl+Alt+T (label pick), the
// label's key (e.g. C: picks at once), Enter (accepts the pre-filled speaker): three. The note
// step is off by default (`newsAnnotator.tagging.askForNote`); the notification's Add Note and
// the Add Note command add one later. Escape at the label cancels; at the speaker or note it
// skips that field and the tag is still saved.
//
// Tests and scripts skip the prompts with an args object: { label, speaker?, note?, fields? }
// (speaker absent: the detected one; null or '': none).
import * as vscode from 'vscode';
import { articleAt, articleBody, generateId, makeAnnotation, type Article } from '../core';
import type { CorpusAnnotations } from '../store/corpusAnnotations';
import { shorten } from '../util/text';
import { argString, hasArg, info, type CommandContext } from './context';
import { detectedSpeaker } from './speakerGuess';
import { toUri } from '../../util/uri';

export interface TagSpan {
  document: vscode.TextDocument;
  /** Absolute offsets into the document. */
  start: number;
  end: number;
}

/** Offsets of the selection without the whitespace at its ends (keyboard selections often take a line break). */
function trimmed(document: vscode.TextDocument, selection: vscode.Selection): TagSpan {
  let start = document.offsetAt(selection.start);
  let end = document.offsetAt(selection.end);
  const text = document.getText(selection);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  if (lead + trail < text.length) {
    start += lead;
    end -= trail;
  }
  return { document, start, end };
}

function articleOf(ctx: CommandContext, span: TagSpan): Article | undefined {
  const corpus = ctx.model.forDocument(span.document)?.corpus;
  const article = corpus && articleAt(corpus, span.start);
  return article && span.start >= article.bodyStart && span.end <= article.bodyEnd && span.start < span.end ? article : undefined;
}

export async function tagSpan(ctx: CommandContext, span: TagSpan, args?: unknown): Promise<string | undefined> {
  const state = ctx.store.get(span.document.uri);
  if (!state || !(await ctx.ops.ensureWritable(state))) return undefined;
  const article = articleOf(ctx, span);
  if (!article) {
    void vscode.window.showErrorMessage('Select text inside one article\'s body to tag it (not a header, and not across articles).');
    return undefined;
  }
  const quote = span.document.getText(new vscode.Range(span.document.positionAt(span.start), span.document.positionAt(span.end)));
  const title = `Tag “${shorten(quote, 40)}”`;
  const askNote = vscode.workspace.getConfiguration('newsAnnotator.tagging').get<boolean>('askForNote', false);
  const steps = askNote ? 3 : 2;
  const label = argString(args, 'label') ?? (await ctx.prompts.pickLabel(ctx.taxonomy.taxonomyFor(span.document.uri), title, undefined, 1, steps))?.id;
  if (!label) return undefined;
  const guess = detectedSpeaker(ctx, span.document, article, span.start, span.end);
  const speaker = hasArg(args, 'label')
    ? (hasArg(args, 'speaker') ? argString(args, 'speaker') : guess)
    : await ctx.prompts.input({
      kind: 'speaker', title: `${title} as ${label}`, step: 2, totalSteps: steps, value: guess ?? '',
      prompt: guess ? `Speaker (detected: ${guess}). Enter accepts, Escape skips.` : 'Speaker (optional). Enter accepts, Escape skips.',
    });
  const note = hasArg(args, 'label') || !askNote
    ? argString(args, 'note')
    : await ctx.prompts.input({ kind: 'note', title: `${title} as ${label}`, step: 3, totalSteps: steps, prompt: 'Note (optional). Enter saves, Escape skips.' });
  return saveTag(ctx, state, span, quote, { label, speaker: speaker || undefined, note: note || undefined, fields: fieldsArg(args) });
}

function fieldsArg(args: unknown): Record<string, unknown> | undefined {
  const fields = hasArg(args, 'fields') ? (args as { fields?: unknown }).fields : undefined;
  return fields && typeof fields === 'object' ? { ...(fields as Record<string, unknown>) } : undefined;
}

async function saveTag(
  ctx: CommandContext, state: CorpusAnnotations, span: TagSpan, quote: string,
  fields: { label: string; speaker?: string; note?: string; fields?: Record<string, unknown> },
): Promise<string | undefined> {
  // The prompts take time; the text must still be what was selected.
  const article = articleOf(ctx, span);
  const entry = ctx.model.forDocument(span.document);
  if (!article || !entry || span.document.getText(new vscode.Range(span.document.positionAt(span.start), span.document.positionAt(span.end))) !== quote) {
    void vscode.window.showErrorMessage('The text changed while you were tagging it: select it again.');
    return undefined;
  }
  const annotation = makeAnnotation({
    id: generateId(state.ids(), ctx.hooks.random()),
    article: article.name,
    body: articleBody(entry.corpus, article),
    start: span.start - article.bodyStart,
    end: span.end - article.bodyStart,
    label: fields.label,
    speaker: fields.speaker,
    note: fields.note,
    author: await ctx.author.author(),
    created: ctx.hooks.timestamp(),
    extra: fields.fields,
  });
  const undo = await ctx.ops.apply(state, `Tag ${fields.label}`, [
    { id: annotation.id, after: annotation, anchor: { state: 'exact', start: span.start, end: span.end, score: 1 } },
  ]);
  const held = ctx.store.isDirty(state.corpusUri) ? ' It is saved with the corpus.' : '';
  void vscode.window.showInformationMessage(`Tagged “${shorten(quote, 50)}” as ${fields.label}${fields.speaker ? ` (${fields.speaker})` : ''}.${held}`, 'Add Note', 'Undo')
    .then(async (choice) => {
      if (choice === 'Undo' && undo) await ctx.ops.undoChange(undo);
      if (choice === 'Add Note') await vscode.commands.executeCommand('newsAnnotator.addNote', { uri: state.corpusUri.toString(), id: annotation.id });
    });
  return annotation.id;
}

export function registerTagCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsAnnotator.tagClaim', async (args?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !ctx.model.forDocument(editor.document)) return undefined;
      if (editor.selection.isEmpty) {
        info('Select the text to tag first.');
        return undefined;
      }
      return tagSpan(ctx, trimmed(editor.document, editor.selection), args);
    }),
    vscode.commands.registerCommand('newsAnnotator.tagDetectedQuote', async (args?: unknown) => tagDetectedQuote(ctx, args)),
  );
}

/** From the quote hover: { uri, article, start, end } (offsets into the article body) plus optional tag args. */
async function tagDetectedQuote(ctx: CommandContext, args: unknown): Promise<string | undefined> {
  const raw = (args ?? {}) as { uri?: string | vscode.Uri; article?: string; start?: number; end?: number };
  const uri = toUri(raw.uri) ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preserveFocus: false });
  const entry = ctx.model.forDocument(editor.document);
  let span: TagSpan | undefined;
  const article = raw.article !== undefined ? entry?.article(raw.article) : undefined;
  if (article && typeof raw.start === 'number' && typeof raw.end === 'number') {
    span = { document: editor.document, start: article.bodyStart + raw.start, end: article.bodyStart + raw.end };
  } else {
    span = quoteAtCursor(ctx, editor);
  }
  if (!span) {
    info('No detected quote at the cursor.');
    return undefined;
  }
  const range = new vscode.Range(editor.document.positionAt(span.start), editor.document.positionAt(span.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return tagSpan(ctx, span, args && typeof args === 'object' && 'label' in args ? args : undefined);
}

function quoteAtCursor(ctx: CommandContext, editor: vscode.TextEditor): TagSpan | undefined {
  const entry = ctx.model.forDocument(editor.document);
  const offset = editor.document.offsetAt(editor.selection.active);
  const key = entry?.keyAt(offset);
  const article = key === undefined ? undefined : entry?.article(key);
  const quote = key === undefined ? undefined : entry?.analysis(key)?.quotes.find((q) => {
    const rel = offset - article!.bodyStart;
    return q.outerStart <= rel && rel <= q.outerEnd;
  });
  return article && quote ? { document: editor.document, start: article.bodyStart + quote.start, end: article.bodyStart + quote.end } : undefined;
}
