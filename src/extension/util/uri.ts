import * as vscode from 'vscode';

/** Command arguments arrive as a Uri from code and as a string from markdown command links. */
export function toUri(value: vscode.Uri | string | { scheme: string; path: string } | undefined): vscode.Uri | undefined {
  if (!value) return undefined;
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') return vscode.Uri.parse(value);
  return vscode.Uri.from(value as vscode.Uri);
}

/** A `command:` link for a MarkdownString (the command must also be listed in isTrusted.enabledCommands). */
export function commandLink(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
