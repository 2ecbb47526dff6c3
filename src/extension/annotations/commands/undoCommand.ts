// Undo / Redo Annotation Change: reverts the latest annotation operation (tag, edit, delete,
// re-attach, confirm), and makes it again. Text edits, including Rename Article, are undone with
// the editor's Ctrl+Z.
import * as vscode from 'vscode';
import { info, type CommandContext } from './context';

export function registerUndoCommand(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsAnnotator.undoAnnotationChange', async () => {
      const undone = await ctx.ops.undoChange();
      info(undone ? `Undone: ${undone.description}.` : 'No annotation change to undo.');
    }),
    vscode.commands.registerCommand('newsAnnotator.redoAnnotationChange', async () => {
      const redone = await ctx.ops.redoChange();
      info(redone ? `Redone: ${redone.description}.` : 'No undone annotation change to redo.');
    }),
  );
}
