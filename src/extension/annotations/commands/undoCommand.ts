// Undo Annotation Change: reverts the latest annotation operation (tag, edit, delete,
// re-attach, confirm). Text edits, including Rename Article, are undone with the editor's Ctrl+Z.
import * as vscode from 'vscode';
import { info, type CommandContext } from './context';

export function registerUndoCommand(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.undoAnnotationChange', async () => {
    const undone = await ctx.ops.undoChange();
    info(undone ? `Undone: ${undone.description}.` : 'No annotation change to undo.');
  });
}
