// Changed annotations marked in the editor while a comparison is on: a "+", "~" or "−" before
// the span in the theme's added / modified / deleted colour, the same colour in the overview
// ruler (right lane: the annotations' own marks use the left one), and a hover saying what
// changed since the ref. Removed annotations are marked where their text still is. Only spans
// near the visible lines are decorated, as for the annotations themselves.
import * as vscode from 'vscode';
import { isCorpusDocument } from '../corpus/corpusModel';
import { DisposableBase } from '../util/dispose';
import { Debouncer } from '../util/schedule';
import { rowHover, type ChangeKind } from './changeRows';
import type { Comparisons } from './comparisons';
import { visibleOffsets } from '../util/visibleOffsets';

const UPDATE_DELAY_MS = 30;

const STYLES: Record<ChangeKind, { color: string; mark: string }> = {
  added: { color: 'newsAnnotator.review.added', mark: '+' },
  changed: { color: 'newsAnnotator.review.changed', mark: '~' },
  removed: { color: 'newsAnnotator.review.removed', mark: '−' },
};

/** What was last applied to an editor, per kind: the range and its hover text (for the test API). */
export type AppliedReviewDecorations = Partial<Record<ChangeKind, { range: vscode.Range; hover: string }[]>>;

function decorationType(kind: ChangeKind): vscode.TextEditorDecorationType {
  const color = new vscode.ThemeColor(STYLES[kind].color);
  return vscode.window.createTextEditorDecorationType({
    before: { contentText: STYLES[kind].mark, color, fontWeight: 'bold', margin: '0 1px 0 0' },
    overviewRulerColor: color,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    // A removed annotation's text is still there but no longer tagged: outline it, dotted.
    ...(kind === 'removed' ? { border: '1px dotted', borderColor: color } : {}),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

export class ReviewDecorations extends DisposableBase {
  private readonly types = new Map<ChangeKind, vscode.TextEditorDecorationType>(
    (Object.keys(STYLES) as ChangeKind[]).map((kind) => [kind, decorationType(kind)]),
  );
  private readonly applied = new Map<string, AppliedReviewDecorations>();
  private readonly debouncer = this.register(new Debouncer(UPDATE_DELAY_MS, () => this.updateAll()));

  constructor(private readonly comparisons: Comparisons) {
    super();
    this.register(new vscode.Disposable(() => {
      for (const type of this.types.values()) type.dispose();
    }));
    const trigger = () => this.debouncer.trigger();
    this.register(comparisons.onDidChange(trigger));
    this.register(vscode.window.onDidChangeVisibleTextEditors(trigger));
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges(trigger));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.applied.delete(doc.uri.toString())));
  }

  lastApplied(uri: vscode.Uri): AppliedReviewDecorations {
    return this.applied.get(uri.toString()) ?? {};
  }

  flush(): void {
    this.debouncer.flush();
  }

  private updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (isCorpusDocument(editor.document)) this.update(editor);
    }
  }

  private update(editor: vscode.TextEditor): void {
    const { document } = editor;
    const key = document.uri.toString();
    const comparison = this.comparisons.get(document.uri);
    if (!comparison && !this.applied.has(key)) return; // nothing shown, nothing to clear
    const byKind = new Map<ChangeKind, { range: vscode.Range; hover: string }[]>([...this.types.keys()].map((kind) => [kind, []]));
    const [low, high] = visibleOffsets(editor);
    for (const row of comparison?.rows ?? []) {
      if (!row.span || row.span.end < low || row.span.start > high) continue;
      const range = new vscode.Range(document.positionAt(row.span.start), document.positionAt(row.span.end));
      byKind.get(row.kind)!.push({ range, hover: rowHover(row, comparison!.choice.label) });
    }
    for (const [kind, marks] of byKind) {
      editor.setDecorations(this.types.get(kind)!, marks.map(({ range, hover }) => ({ range, hoverMessage: new vscode.MarkdownString().appendText(hover) })));
    }
    if (!comparison) {
      this.applied.delete(key);
      return;
    }
    const applied: AppliedReviewDecorations = {};
    for (const [kind, marks] of byKind) if (marks.length) applied[kind] = marks;
    this.applied.set(key, applied);
  }
}
