// Compare Annotations with Git Ref..., Clear Annotation Comparison, and revealing a change.
// Compare works on the active corpus (else the only one, else it asks which); scripts and tests
// may pass `{ uri?, ref? }` to skip the questions. It returns what happened, and says it: every
// way it can fail (no Git extension, git disabled, not in a repository, an unknown ref, a
// sidecar that does not parse) is a message, never an exception.
import * as vscode from 'vscode';
import type { AnnotationsApi } from '../annotations';
import type { Prompts } from '../annotations/commands/prompts';
import type { CorpusModel } from '../corpus/corpusModel';
import { toUri } from '../util/uri';
import { REVEAL_CHANGE_COMMAND } from './changesSection';
import { Comparison, type Comparisons } from './comparisons';
import { sidecarFileName } from './core';
import { refItems, sidecarAt, type RefChoice } from './gitRefs';
import { repositoryFor } from './gitRepository';

export const COMPARE_COMMAND = 'newsAnnotator.compareAnnotations';
export const CLEAR_COMMAND = 'newsAnnotator.clearAnnotationComparison';
const ARTICLES_VIEW_FOCUS = 'newsAnnotator.articles.focus';

export type CompareOutcome =
  | { status: 'compared'; ref: string; label: string; counts: string }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

export interface ReviewCommandDeps {
  model: CorpusModel;
  annotations: AnnotationsApi;
  comparisons: Comparisons;
  prompts: Prompts;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function failed(message: string): CompareOutcome {
  void vscode.window.showWarningMessage(`News Annotator: ${message}`);
  return { status: 'failed', message };
}

/** The corpus to compare: given, else the active one, else the only one, else the person picks. */
async function targetCorpus(deps: ReviewCommandDeps, given: vscode.Uri | undefined): Promise<vscode.Uri | undefined | 'none'> {
  if (given) return deps.model.get(given) ? given : 'none';
  const editor = vscode.window.activeTextEditor;
  const active = editor && deps.model.forDocument(editor.document);
  if (active) return active.uri;
  const all = deps.model.all();
  if (!all.length) return 'none';
  if (all.length === 1) return all[0].uri;
  const picked = await deps.prompts.pick({
    kind: 'pick', title: 'Compare the annotations of which corpus?',
    items: all.map((entry) => ({ label: fileName(entry.uri), description: vscode.workspace.asRelativePath(entry.uri), uri: entry.uri })),
  });
  return picked?.uri;
}

async function compare(deps: ReviewCommandDeps, args: unknown): Promise<CompareOutcome> {
  const raw = (args && typeof args === 'object' ? args : {}) as { uri?: vscode.Uri | string; ref?: unknown };
  const corpus = await targetCorpus(deps, toUri(raw.uri));
  if (corpus === 'none') return failed('Open a corpus file to compare its annotations with a git ref.');
  if (!corpus) return { status: 'cancelled' };
  await deps.annotations.whenIdle();
  const name = fileName(corpus);
  const status = deps.annotations.status(corpus);
  if (!status || status.sidecar === 'none') return failed(`${name} is not saved as a file yet, so it has no annotation sidecar to compare.`);
  if (status.sidecar === 'invalid') return failed(`${sidecarFileName(name)} does not parse (see Problems): fix it before comparing.`);

  const found = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'News Annotator: looking for the git repository' },
    () => repositoryFor(corpus),
  );
  if (!found.ok) return failed(found.message);
  let choice: RefChoice | undefined;
  if (typeof raw.ref === 'string' && raw.ref) {
    choice = { ref: raw.ref, label: raw.ref };
  } else {
    const { items, preselected } = await refItems(found.repository);
    choice = (await deps.prompts.pick({
      kind: 'pick', title: `Compare the annotations of ${name} with`, items, active: preselected, matchOnDescription: true,
      placeHolder: 'The merge base, HEAD, a branch or a tag (Escape cancels)',
    }))?.choice;
  }
  if (!choice) return { status: 'cancelled' };

  const sidecar = vscode.Uri.joinPath(corpus, '..', sidecarFileName(name));
  const base = await sidecarAt(found.repository, choice, sidecar);
  if (!base.ok) return failed(base.message);
  const comparison = new Comparison(corpus, choice, base.annotations, base.missing);
  deps.comparisons.start(comparison);
  const counts = comparison.counts;
  void vscode.window.showInformationMessage(`News Annotator: ${name} since ${choice.label}: ${counts}.`, 'Show Changes').then((answer) => {
    if (answer) void vscode.commands.executeCommand(ARTICLES_VIEW_FOCUS);
  });
  return { status: 'compared', ref: choice.ref, label: choice.label, counts };
}

/** From the section's inline action (its item), `{ uri }` from code, or nothing: the active corpus's comparison, else all. */
function clear(deps: ReviewCommandDeps, args: unknown): void {
  const raw = (args && typeof args === 'object' ? args : {}) as { comparedCorpus?: string; uri?: vscode.Uri | string };
  const uri = toUri(raw.comparedCorpus ?? raw.uri);
  if (uri) {
    deps.comparisons.end(uri);
    return;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !deps.comparisons.end(editor.document.uri)) deps.comparisons.endAll();
}

async function revealChange(deps: ReviewCommandDeps, args: unknown): Promise<void> {
  const raw = (args && typeof args === 'object' ? args : {}) as { uri?: string; id?: string; kind?: string };
  const uri = toUri(raw.uri);
  deps.comparisons.flush();
  const row = uri && deps.comparisons.get(uri)?.rows.find((r) => r.id === raw.id && r.kind === raw.kind);
  if (!uri || !row) return;
  if (!row.span) {
    if (row.kind !== 'removed') {
      await vscode.commands.executeCommand('newsAnnotator.revealAnnotation', { uri: uri.toString(), id: row.id });
    } else {
      void vscode.window.setStatusBarMessage(`The text of the removed annotation is no longer in ${fileName(uri)}.`, 4000);
    }
    return;
  }
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const range = new vscode.Range(editor.document.positionAt(row.span.start), editor.document.positionAt(row.span.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerReviewCommands(deps: ReviewCommandDeps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMPARE_COMMAND, (args?: unknown) => compare(deps, args)),
    vscode.commands.registerCommand(CLEAR_COMMAND, (args?: unknown) => clear(deps, args)),
    vscode.commands.registerCommand(REVEAL_CHANGE_COMMAND, (args?: unknown) => revealChange(deps, args)),
  );
}
