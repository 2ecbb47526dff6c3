// What a corpus's annotations can be compared with, and reading its sidecar at that ref.
// The choices: the merge base with the branch's upstream (else main/master) — what a pull
// request shows —, HEAD (what is not committed yet), then the other branches and tags.
import * as vscode from 'vscode';
import { parseSidecar, type Annotation } from './core';
import type { GitRef, GitRepository } from './gitRepository';

/** What to read (`ref`: anything git resolves) and how to name it to people ("HEAD", "main", "the merge base with main"). */
export interface RefChoice {
  ref: string;
  label: string;
}

export interface RefItem extends vscode.QuickPickItem {
  choice?: RefChoice;
}

/** Branches the default base is looked for among when the branch has no upstream, in order. */
const DEFAULT_BASES = ['main', 'master', 'origin/main', 'origin/master'];
const MAX_REFS = 200;

const short = (commit: string | undefined) => (commit ? commit.slice(0, 7) : '');

function refKind(ref: GitRef): string {
  return ref.type === 2 ? 'tag' : ref.type === 1 ? 'remote branch' : 'branch';
}

/** The branch the current one is compared with by default: its upstream, else main or master. */
function baseBranch(repository: GitRepository, refs: readonly GitRef[]): string | undefined {
  const head = repository.state.HEAD;
  if (head?.upstream) return `${head.upstream.remote}/${head.upstream.name}`;
  const names = new Set(refs.filter((r) => r.type !== 2).map((r) => r.name));
  return DEFAULT_BASES.find((name) => names.has(name) && name !== head?.name);
}

/** The pick's items, and the one to pre-select (the merge base when there is one, else HEAD). */
export async function refItems(repository: GitRepository): Promise<{ items: RefItem[]; preselected: RefItem }> {
  const refs = await (repository.getRefs ? repository.getRefs({ sort: 'committerdate', count: MAX_REFS }) : repository.getBranches({ remote: true }))
    .catch(() => [] as GitRef[]);
  const head = repository.state.HEAD;
  const items: RefItem[] = [];
  const base = baseBranch(repository, refs);
  const mergeBase = base ? await repository.getMergeBase('HEAD', base).catch(() => undefined) : undefined;
  if (base && mergeBase) {
    items.push({
      label: `$(git-merge) Merge base with ${base}`,
      description: short(mergeBase),
      detail: `What this branch changed since it left ${base}, as its pull request shows it`,
      choice: { ref: mergeBase, label: `the merge base with ${base}` },
    });
  }
  const headItem: RefItem = {
    label: '$(git-commit) HEAD',
    description: [head?.name ?? 'detached', short(head?.commit)].filter(Boolean).join(' · '),
    detail: 'The last commit: what is not committed yet',
    choice: { ref: 'HEAD', label: 'HEAD' },
  };
  items.push(headItem);
  const others = refs.filter((r) => r.name && r.name !== head?.name && !r.name.endsWith('/HEAD'));
  if (others.length) items.push({ label: 'branches and tags', kind: vscode.QuickPickItemKind.Separator });
  for (const ref of others) {
    items.push({ label: ref.name!, description: [refKind(ref), short(ref.commit)].filter(Boolean).join(' · '), choice: { ref: ref.name!, label: ref.name! } });
  }
  return { items, preselected: items[0] };
}

export type BaseSidecar = { ok: true; annotations: readonly Annotation[]; missing: boolean } | { ok: false; message: string };

function gitMessage(error: unknown): string {
  const e = error as { stderr?: string; message?: string };
  return (e?.stderr?.trim().split('\n')[0] || e?.message || String(error)).trim();
}

/** The sidecar as committed at `choice` (missing there: empty, so everything counts as added). */
export async function sidecarAt(repository: GitRepository, choice: RefChoice, sidecar: vscode.Uri): Promise<BaseSidecar> {
  const name = sidecar.path.slice(sidecar.path.lastIndexOf('/') + 1);
  try {
    await repository.getCommit(choice.ref);
  } catch (error) {
    return { ok: false, message: `Cannot compare with ${choice.label}: git does not know that ref (${gitMessage(error)}).` };
  }
  try {
    await repository.getObjectDetails(choice.ref, sidecar.fsPath);
  } catch (error) {
    if ((error as { gitErrorCode?: string }).gitErrorCode === 'UnknownPath') return { ok: true, annotations: [], missing: true };
    return { ok: false, message: `Cannot read ${name} at ${choice.label}: ${gitMessage(error)}` };
  }
  let text: string;
  try {
    text = await repository.show(choice.ref, sidecar.fsPath);
  } catch (error) {
    return { ok: false, message: `Cannot read ${name} at ${choice.label}: ${gitMessage(error)}` };
  }
  const parsed = parseSidecar(text);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return { ok: false, message: `${name} at ${choice.label} does not parse (${first.line + 1}:${first.column + 1}: ${first.message}), so there is nothing to compare with.` };
  }
  return { ok: true, annotations: parsed.sidecar.annotations, missing: false };
}
