// Add Note, Change Label, Edit Annotation (label, speaker, note and the team's extra fields)
// and Delete Annotation, on the annotation given by { uri, id } or the one at the cursor.
// Each takes its answers from an args object when given ({ note }, { label },
// { label?, speaker?, note?, fields? }); '' or null clears a field.
import * as vscode from 'vscode';
import type { Annotation, FieldDefinition } from '../core';
import type { Located } from '../store/queries';
import { targetAnnotation } from '../store/queries';
import { shorten } from '../util/text';
import { argString, hasArg, info, targetArgs, type CommandContext } from './context';

async function locate(ctx: CommandContext, args: unknown): Promise<Located | undefined> {
  const target = targetAnnotation(ctx.store, targetArgs(args));
  if (!target) info('No annotation here: put the cursor in an annotated span.');
  else if (!(await ctx.ops.ensureWritable(target.state))) return undefined;
  return target;
}

/** The annotation with `changes` applied (undefined values remove optional fields) and `updated` set. */
function edited(ctx: CommandContext, a: Annotation, changes: Partial<Record<'label' | 'speaker' | 'note', string | null>>, extra?: Record<string, unknown>): Annotation {
  const next: Annotation = { ...a };
  if (changes.label) next.label = changes.label;
  for (const key of ['speaker', 'note'] as const) {
    if (!(key in changes)) continue;
    if (changes[key]) next[key] = changes[key]!;
    else delete next[key];
  }
  if (extra) {
    const merged: Record<string, unknown> = { ...(a.extra ?? {}) };
    for (const [key, value] of Object.entries(extra)) {
      if (value === null || value === undefined || value === '') delete merged[key];
      else merged[key] = value;
    }
    if (Object.keys(merged).length) next.extra = merged;
    else delete next.extra;
  }
  next.updated = ctx.hooks.timestamp();
  return next;
}

async function save(ctx: CommandContext, target: Located, description: string, after: Annotation): Promise<void> {
  await ctx.ops.apply(target.state, description, [{ id: after.id, after, anchor: target.anchor }]);
}

async function addNote(ctx: CommandContext, args: unknown): Promise<void> {
  const target = await locate(ctx, args);
  if (!target) return;
  const note = hasArg(args, 'note') ? argString(args, 'note') : await ctx.prompts.input({
    kind: 'note', title: `Note on “${shorten(target.annotation.quote, 40)}”`, value: target.annotation.note ?? '',
    prompt: 'Enter saves (empty removes the note), Escape cancels.',
  });
  if (note === undefined) return;
  await save(ctx, target, 'Add note', edited(ctx, target.annotation, { note }));
}

async function changeLabel(ctx: CommandContext, args: unknown): Promise<void> {
  const target = await locate(ctx, args);
  if (!target) return;
  const label = argString(args, 'label')
    ?? (await ctx.prompts.pickLabel(ctx.taxonomy.taxonomyFor(target.state.corpusUri), `Label of “${shorten(target.annotation.quote, 40)}”`, target.annotation.label))?.id;
  if (!label || label === target.annotation.label) return;
  await save(ctx, target, 'Change label', edited(ctx, target.annotation, { label }));
}

async function deleteAnnotation(ctx: CommandContext, args: unknown): Promise<void> {
  const target = await locate(ctx, args);
  if (!target) return;
  const undo = await ctx.ops.apply(target.state, 'Delete annotation', [{ id: target.annotation.id, after: undefined }]);
  void vscode.window.showInformationMessage(`Deleted the ${target.annotation.label} tag on “${shorten(target.annotation.quote, 50)}”.`, 'Undo')
    .then(async (choice) => {
      if (choice === 'Undo' && undo) await ctx.ops.undoChange(undo);
    });
}

interface FieldItem extends vscode.QuickPickItem {
  field: 'label' | 'speaker' | 'note' | FieldDefinition;
}

async function editAnnotation(ctx: CommandContext, args: unknown): Promise<void> {
  let target = await locate(ctx, args);
  if (!target) return;
  if (['label', 'speaker', 'note', 'fields'].some((key) => hasArg(args, key))) {
    const changes: Partial<Record<'label' | 'speaker' | 'note', string | null>> = {};
    for (const key of ['label', 'speaker', 'note'] as const) if (hasArg(args, key)) changes[key] = argString(args, key) ?? null;
    const fields = (args as { fields?: Record<string, unknown> }).fields;
    await save(ctx, target, 'Edit annotation', edited(ctx, target.annotation, changes, fields));
    return;
  }
  // One field at a time, back to the list after each, until Escape.
  for (;;) {
    const a = target.annotation;
    const items: FieldItem[] = [
      { field: 'label', label: 'Label', description: a.label },
      { field: 'speaker', label: 'Speaker', description: a.speaker ?? '—' },
      { field: 'note', label: 'Note', description: a.note ?? '—' },
      ...ctx.taxonomy.taxonomyFor(target.state.corpusUri).fields
        .filter((f) => !f.labels || f.labels.includes(a.label))
        .map((f) => ({ field: f, label: f.name, description: a.extra?.[f.name] === undefined ? '—' : String(a.extra[f.name]), detail: f.description })),
    ];
    const picked = await ctx.prompts.pick({ kind: 'field', title: `Edit “${shorten(a.quote, 40)}”`, items, placeHolder: 'Pick a field to change (Escape when done)' });
    if (!picked) return;
    const after = await editField(ctx, target.state.corpusUri, a, picked.field);
    if (!after) continue;
    await save(ctx, target, 'Edit annotation', after);
    const fresh = targetAnnotation(ctx.store, { uri: target.state.corpusUri, id: a.id });
    if (!fresh) return;
    target = fresh;
  }
}

/** `corpus`: whose folder's taxonomy offers the labels. */
async function editField(ctx: CommandContext, corpus: vscode.Uri, a: Annotation, field: FieldItem['field']): Promise<Annotation | undefined> {
  if (field === 'label') {
    const label = (await ctx.prompts.pickLabel(ctx.taxonomy.taxonomyFor(corpus), 'Label', a.label))?.id;
    return label && label !== a.label ? edited(ctx, a, { label }) : undefined;
  }
  if (field === 'speaker' || field === 'note') {
    const value = await ctx.prompts.input({ kind: field, title: field === 'speaker' ? 'Speaker' : 'Note', value: a[field] ?? '', prompt: 'Enter saves (empty removes it), Escape goes back.' });
    return value === undefined ? undefined : edited(ctx, a, { [field]: value });
  }
  const current = a.extra?.[field.name];
  if (field.values) {
    const items = [...field.values.map((v) => ({ label: v, description: String(current) === v ? 'current' : undefined })), { label: '(none)', description: 'remove the field' }];
    const picked = await ctx.prompts.pick({ kind: 'field', title: field.name, items, placeHolder: field.description });
    return picked ? edited(ctx, a, {}, { [field.name]: picked.label === '(none)' ? null : picked.label }) : undefined;
  }
  const value = await ctx.prompts.input({ kind: 'field', title: field.name, value: current === undefined ? '' : String(current), prompt: field.description ?? 'Enter saves (empty removes it).' });
  return value === undefined ? undefined : edited(ctx, a, {}, { [field.name]: value });
}

export function registerEditCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsAnnotator.addNote', (args?: unknown) => addNote(ctx, args)),
    vscode.commands.registerCommand('newsAnnotator.changeLabel', (args?: unknown) => changeLabel(ctx, args)),
    vscode.commands.registerCommand('newsAnnotator.editAnnotation', (args?: unknown) => editAnnotation(ctx, args)),
    vscode.commands.registerCommand('newsAnnotator.deleteAnnotation', (args?: unknown) => deleteAnnotation(ctx, args)),
  );
}
