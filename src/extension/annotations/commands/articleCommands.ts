// New Article and Rename Article: header edits made for the user.
//
// Rename Article only edits the header line. The annotations follow through EditTracker,
// which renames the annotations of an article whose header alone changed; so the rename and
// its annotations are one editor undo step (Ctrl+Z renames them back), and the sidecar is
// written when the corpus is saved, like any other change made while it is dirty.
import * as vscode from 'vscode';
import { articleAt, type Article } from '../core';
import { argString, corpusEditor, info, type CommandContext } from './context';

const NAME_RULE = /^[^\s"<>=]+$/;

function validName(names: Set<string>, current?: string): (value: string) => string | undefined {
  return (value) => {
    if (!value) return 'An article needs a name.';
    if (!NAME_RULE.test(value)) return 'No spaces, quotes, <, > or = in an article name.';
    if (value !== current && names.has(value)) return `This corpus already has an article named ${value}.`;
    return undefined;
  };
}

function uniqueName(names: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `new-article-${String(n).padStart(3, '0')}.txt`;
    if (!names.has(name)) return name;
  }
}

/** Where a new header goes: before the header the cursor is on, else after the cursor's article. */
function insertionOffset(articles: readonly Article[], offset: number, textLength: number): number {
  const article = articles.find((a) => a.headerStart <= offset && offset < a.end) ?? (articles.length ? undefined : null);
  if (article === null) return offset; // no article yet: at the cursor
  if (!article) return articles.find((a) => a.headerStart >= offset)?.headerStart ?? textLength;
  return offset <= article.headerEnd ? article.headerStart : article.end;
}

async function newArticle(ctx: CommandContext, args: unknown): Promise<void> {
  const editor = corpusEditor(ctx);
  const entry = editor && ctx.model.forDocument(editor.document);
  if (!editor || !entry) return;
  const names = new Set(entry.corpus.articles.map((a) => a.name));
  const suggested = uniqueName(names);
  const name = argString(args, 'name') ?? await ctx.prompts.input({
    kind: 'text', title: 'New Article', prompt: 'Name of the new article (Enter accepts)', value: suggested, validate: validName(names),
  });
  if (!name || validName(names)(name)) {
    if (name) void vscode.window.showErrorMessage(validName(names)(name)!);
    return;
  }
  const { document } = editor;
  const at = insertionOffset(entry.corpus.articles, document.offsetAt(editor.selection.active), document.getText().length);
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const needsBreak = at > 0 && !/[\r\n]$/.test(document.getText(new vscode.Range(document.positionAt(at - 1), document.positionAt(at))));
  const header = `${needsBreak ? eol : ''}<<<FILE ${name}>>>${eol}`;
  const atEnd = at >= document.getText().length;
  await editor.edit((edit) => edit.insert(document.positionAt(at), header + (atEnd ? '' : eol)));
  const bodyLine = document.positionAt(at + header.length);
  editor.selection = new vscode.Selection(bodyLine, bodyLine);
  editor.revealRange(new vscode.Range(bodyLine, bodyLine));
}

async function renameArticle(ctx: CommandContext, args: unknown): Promise<void> {
  const editor = corpusEditor(ctx);
  const entry = editor && ctx.model.forDocument(editor.document);
  if (!editor || !entry) return;
  const article = articleAt(entry.corpus, editor.document.offsetAt(editor.selection.active));
  if (!article) {
    info('Put the cursor in the article to rename.');
    return;
  }
  const names = new Set(entry.corpus.articles.map((a) => a.name));
  const name = argString(args, 'name') ?? await ctx.prompts.input({
    kind: 'text', title: `Rename Article ${article.name}`, prompt: 'New name (its annotations follow)', value: article.name,
    validate: validName(names, article.name),
  });
  if (!name || name === article.name) return;
  const problem = validName(names, article.name)(name);
  if (problem) {
    void vscode.window.showErrorMessage(problem);
    return;
  }
  const { document } = editor;
  const header = document.getText(new vscode.Range(document.positionAt(article.headerStart), document.positionAt(article.headerEnd)));
  const at = header.indexOf(article.name, '<<<FILE'.length);
  if (at < 0 || !article.name) return;
  const start = document.positionAt(article.headerStart + at);
  await editor.edit((edit) => edit.replace(new vscode.Range(start, start.translate(0, article.name.length)), name));
}

export function registerArticleCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsAnnotator.newArticle', (args?: unknown) => newArticle(ctx, args)),
    vscode.commands.registerCommand('newsAnnotator.renameArticle', (args?: unknown) => renameArticle(ctx, args)),
  );
}
