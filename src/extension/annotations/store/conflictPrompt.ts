// Merge conflicts between our unsaved annotation changes and a sidecar changed on disk, put to
// the user: "Keep mine" (the merge as made: our version of each conflicting annotation, both
// versions when both sides added the same id), "Take theirs" (their version of each), or
// "Open both" (a diff of the file on disk against what Keep mine would write, then the same
// question again). Dismissing decides nothing: ours stays in memory, theirs on disk, and the
// question comes back at the next write. Nothing is dropped without the user choosing it.
import * as vscode from 'vscode';
import { excerpt, updateSidecar, createSidecar, type MergeConflict, type Sidecar } from '../core';
import type { ConflictChoice, HookBox } from '../util/testHooks';
import type { PendingWork } from '../util/pendingWork';
import type { CorpusAnnotations } from './corpusAnnotations';
import { baseName } from './sidecarFiles';

export const MINE_SCHEME = 'news-annotator-mine';
const CHOICES: ConflictChoice[] = ['Keep mine', 'Take theirs', 'Open both'];

/** Our side of a conflict, served read-only for the diff editor. */
export class MineContentProvider implements vscode.TextDocumentContentProvider {
  private static readonly texts = new Map<string, string>();

  static show(sidecar: vscode.Uri, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: MINE_SCHEME, path: sidecar.path, query: String(Date.now()) });
    MineContentProvider.texts.set(uri.toString(), text);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return MineContentProvider.texts.get(uri.toString()) ?? '';
  }
}

function describe(conflict: MergeConflict): string {
  const quote = excerpt((conflict.ours ?? conflict.theirs ?? conflict.base)?.quote ?? '', 32);
  switch (conflict.kind) {
    case 'both-changed': return `${quote}: ${conflict.fields.join(', ')} changed on both sides`;
    case 'deleted-by-us': return `${quote}: deleted here, edited on disk`;
    case 'deleted-by-them': return `${quote}: edited here, deleted on disk`;
    case 'both-added': return `${quote}: id ${conflict.id} added on both sides`;
  }
}

export async function askAboutConflicts(
  state: CorpusAnnotations, conflicts: readonly MergeConflict[], theirs: Sidecar | undefined, hooks: HookBox,
): Promise<ConflictChoice | undefined> {
  const name = state.sidecarUri ? baseName(state.sidecarUri) : 'the sidecar';
  const list = conflicts.slice(0, 3).map(describe).join('; ') + (conflicts.length > 3 ? `; and ${conflicts.length - 3} more` : '');
  const message = `${name} changed on disk while you had unsaved annotation changes. ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}: ${list}.`;
  for (;;) {
    const choice = hooks.hooks.resolveConflict
      ? await hooks.hooks.resolveConflict(conflicts)
      : await vscode.window.showWarningMessage(message, ...CHOICES);
    if (choice !== 'Open both') return choice;
    if (!state.sidecarUri) return undefined;
    const mine = updateSidecar(theirs ?? createSidecar(baseName(state.corpusUri)), state.annotations(), []).text;
    await vscode.commands.executeCommand('vscode.diff', state.sidecarUri, MineContentProvider.show(state.sidecarUri, mine),
      `${name}: on disk ↔ yours (unsaved)`);
    if (hooks.hooks.resolveConflict) return undefined; // a test asked to look, not to decide
  }
}

/** Applies "Keep mine" or "Take theirs" to the merged annotations the state holds. */
export function applyChoice(state: CorpusAnnotations, conflicts: readonly MergeConflict[], choice: ConflictChoice): void {
  if (choice !== 'Take theirs') return; // the merge already kept ours (and both, for double additions)
  for (const conflict of conflicts) {
    if (conflict.kind === 'both-added') {
      if (conflict.theirsNewId) state.delete(conflict.theirsNewId);
      if (conflict.theirs) state.set(conflict.theirs);
    } else if (conflict.theirs) {
      state.set(conflict.theirs);
    } else {
      state.delete(conflict.id); // deleted on disk
    }
  }
}

interface Pending {
  conflicts: MergeConflict[];
  theirs: Sidecar | undefined;
  asking: boolean;
}

/**
 * Conflicts waiting for the user, per corpus. The question is asked without holding up
 * anything else (a person may take their time); writes of that corpus wait for the answer.
 */
export class ConflictKeeper {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly hooks: HookBox,
    private readonly work: PendingWork,
    private readonly onChoice: (state: CorpusAnnotations, conflicts: readonly MergeConflict[], choice: ConflictChoice) => void,
  ) {}

  add(state: CorpusAnnotations, conflicts: readonly MergeConflict[], theirs: Sidecar | undefined): void {
    const key = state.corpusUri.toString();
    const existing = this.pending.get(key);
    this.pending.set(key, { conflicts: [...(existing?.conflicts ?? []), ...conflicts], theirs, asking: existing?.asking ?? false });
  }

  /** Asks about the corpus's conflicts unless already asking; true while any are undecided. */
  ask(state: CorpusAnnotations): boolean {
    const key = state.corpusUri.toString();
    const entry = this.pending.get(key);
    if (!entry) return false;
    if (entry.asking) return true;
    entry.asking = true;
    const answered = askAboutConflicts(state, entry.conflicts, entry.theirs, this.hooks).then((choice) => {
      entry.asking = false;
      if (!choice) return; // dismissed: asked again at the next write
      this.pending.delete(key);
      this.onChoice(state, entry.conflicts, choice);
    });
    // A test's answer comes at once, so whenIdle waits for it; a person's is not waited for.
    if (this.hooks.hooks.resolveConflict) void this.work.track(answered);
    return true;
  }
}
