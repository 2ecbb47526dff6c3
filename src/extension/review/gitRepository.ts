// The repository of a corpus, through the built-in Git extension's API (git.d.ts, version 1):
// no git process of our own, so it works wherever that extension runs (desktop, remote) and
// says plainly why not where it does not (VS Code for the Web has no Git extension; git can be
// turned off with `git.enabled` or be missing from the machine).
import * as vscode from 'vscode';

const ACTIVATE_TIMEOUT_MS = 10_000;
/** After git.enabled is switched on, the Git extension needs a moment to find git and start. */
const ENABLE_TIMEOUT_MS = 5_000;
const INITIALIZE_TIMEOUT_MS = 10_000;

/** The part of git.d.ts this feature uses. RefType: 0 a local branch, 1 a remote branch, 2 a tag. */
export interface GitRef {
  type: 0 | 1 | 2;
  name?: string;
  commit?: string;
  remote?: string;
}

export interface GitBranch extends GitRef {
  upstream?: { remote: string; name: string };
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD: GitBranch | undefined };
  status(): Promise<void>;
  show(ref: string, path: string): Promise<string>;
  getObjectDetails(treeish: string, path: string): Promise<{ mode: string; object: string; size: number }>;
  getCommit(ref: string): Promise<{ hash: string }>;
  getMergeBase(ref1: string, ref2: string): Promise<string | undefined>;
  getBranches(query: { remote?: boolean }): Promise<GitRef[]>;
  getRefs?(query: { sort?: 'alphabetically' | 'committerdate'; count?: number }): Promise<GitRef[]>;
}

interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

interface GitExtensionExports {
  readonly enabled: boolean;
  readonly onDidChangeEnablement: vscode.Event<boolean>;
  getAPI(version: 1): GitApi;
}

export type RepositoryLookup = { ok: true; repository: GitRepository } | { ok: false; message: string };

function within<T>(promise: PromiseLike<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error) => { clearTimeout(timer); reject(error); });
  });
}

function until<T>(event: vscode.Event<T>, ready: () => boolean, ms: number): Promise<boolean> {
  if (ready()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (value: boolean) => {
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    };
    const timer = setTimeout(() => finish(ready()), ms);
    const listener = event(() => ready() && finish(true));
  });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The Git extension's API, or why it cannot be had. */
async function gitApi(scope: vscode.Uri): Promise<{ ok: true; api: GitApi } | { ok: false; message: string }> {
  const extension = vscode.extensions.getExtension<GitExtensionExports>('vscode.git');
  if (!extension) {
    return { ok: false, message: 'Git is not available in this window (VS Code for the Web has no Git extension). Use `news-annotator diff --ref` where git is installed.' };
  }
  if (!vscode.workspace.getConfiguration('git', scope).get<boolean>('enabled', true)) {
    return { ok: false, message: 'Git is disabled (setting git.enabled). Turn it on to compare annotations with a git ref.' };
  }
  let exports: GitExtensionExports | undefined;
  try {
    exports = extension.isActive ? extension.exports : await within(extension.activate(), ACTIVATE_TIMEOUT_MS);
  } catch (error) {
    return { ok: false, message: `The Git extension did not start: ${reason(error)}` };
  }
  if (!exports) return { ok: false, message: 'The Git extension did not start in time; try again in a moment.' };
  if (!(await until(exports.onDidChangeEnablement, () => exports.enabled, ENABLE_TIMEOUT_MS))) {
    return { ok: false, message: 'Git is not available: the Git extension found no git executable (see the Git output, or set git.path).' };
  }
  try {
    const api = exports.getAPI(1);
    await until(api.onDidChangeState, () => api.state === 'initialized', INITIALIZE_TIMEOUT_MS);
    return { ok: true, api };
  } catch (error) {
    return { ok: false, message: `Git is not available: ${reason(error)}` };
  }
}

/**
 * The repository holding `file`. One the Git extension has not opened yet (below its scan
 * depth, or above the workspace folder) is opened: the person asked for a git comparison.
 */
export async function repositoryFor(file: vscode.Uri): Promise<RepositoryLookup> {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  if (file.scheme !== 'file') {
    // github.dev and vscode.dev open files from vscode-vfs: and the like, where VS Code runs no git.
    return {
      ok: false,
      message: `Comparing annotations with a git ref needs a local clone: ${name} is opened from ${file.scheme}:, where VS Code has no git. `
        + 'Open the repository in desktop VS Code, or run `news-annotator diff --ref REF` where git is installed.',
    };
  }
  const git = await gitApi(file);
  if (!git.ok) return git;
  let repository = git.api.getRepository(file);
  if (!repository && git.api.openRepository) {
    try {
      repository = await git.api.openRepository(vscode.Uri.joinPath(file, '..'));
      // The repository opened may be one whose root is the folder but not holding the file (a nested one).
      if (repository) repository = git.api.getRepository(file);
    } catch {
      repository = null;
    }
  }
  if (!repository) return { ok: false, message: `${name} is not in a git repository, so there is no git ref to compare its annotations with.` };
  if (!repository.state.HEAD) await repository.status().catch(() => undefined);
  return { ok: true, repository };
}
