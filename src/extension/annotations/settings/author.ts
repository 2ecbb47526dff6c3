// Who an annotation is by: the `newsAnnotator.author` setting, else git's user.name (through
// the built-in git extension, else the repository's .git/config, else the user's global git
// config via the host), else the OS user (desktop), else "anonymous" (web). Resolved when
// first needed and cached until the setting changes.
import * as vscode from 'vscode';
import type { ExtensionHost } from '../../host/host';
import { gitConfigValue } from './gitConfig';

const GIT_TIMEOUT_MS = 3000;

/** The part of the git extension's API (git.d.ts, version 1) this file uses. */
interface GitApi {
  repositories: { rootUri: vscode.Uri; getConfig(key: string): Promise<string> }[];
  getRepository(uri: vscode.Uri): { getConfig(key: string): Promise<string> } | null;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      () => { clearTimeout(timer); resolve(undefined); },
    );
  });
}

async function fromGitExtension(folder: vscode.Uri | undefined): Promise<string | undefined> {
  const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!extension) return undefined;
  try {
    // git.enabled = false leaves the extension without a model: getAPI throws, which is fine.
    const exports = extension.isActive ? extension.exports : await withTimeout(Promise.resolve(extension.activate()), GIT_TIMEOUT_MS);
    const api = exports?.getAPI(1);
    const repository = (folder && api?.getRepository(folder)) ?? api?.repositories[0];
    const name = repository ? await withTimeout(repository.getConfig('user.name'), GIT_TIMEOUT_MS) : undefined;
    return name?.trim() || undefined;
  } catch {
    return undefined;
  }
}

async function fromRepositoryConfig(folder: vscode.Uri | undefined): Promise<string | undefined> {
  if (!folder) return undefined;
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, '.git', 'config'));
    return gitConfigValue(new TextDecoder().decode(bytes), 'user', 'name');
  } catch {
    return undefined;
  }
}

export class AuthorResolver implements vscode.Disposable {
  private cached: Promise<string> | undefined;
  private readonly listener: vscode.Disposable;

  constructor(private readonly host: ExtensionHost) {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsAnnotator.author')) this.cached = undefined;
    });
  }

  author(): Promise<string> {
    this.cached ??= this.resolve();
    return this.cached;
  }

  private async resolve(): Promise<string> {
    const configured = vscode.workspace.getConfiguration('newsAnnotator').get<string>('author', '').trim();
    if (configured) return configured;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return (await fromGitExtension(folder))
      ?? (await fromRepositoryConfig(folder))
      ?? (await this.host.globalGitUserName())
      ?? this.host.osUserName()
      ?? 'anonymous';
  }

  dispose(): void {
    this.listener.dispose();
  }
}
