// Editor performance on a corpus of more than 20 MB (the seed articles repeated under new
// names), measured inside the extension host through the test API:
// - time from the document's open event to the first highlights of the visible region, and
// - the median cost of one decoration update after a keystroke (the engine's analysis of the
//   edited article is timed apart).
// Goals: < 200 ms and < 5 ms. The file lives outside the workspace folder so the other tests'
// workspace-wide views never index it. Figures go to the log and, when NEWS_ANNOTATOR_BENCH_REPORT
// names a file, into it as one JSON line. Speed is checked by `npm run bench` (bench/editor.bench.ts
// sets that variable), not by the ordinary test run: timings on a shared machine are noise there.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import { waitFor } from '../harness/waitFor';
import { closeActiveWithoutSaving, fixtureUri, getApi } from './editorHelpers';

const TARGET_BYTES = 21 * 1024 * 1024;
const KEYSTROKES = 25;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

describe('Editor: a corpus of more than 20 MB (benchmark)', function () {
  this.timeout(180_000);
  if (!process.env.NEWS_ANNOTATOR_BENCH_REPORT) return; // only under `npm run bench`
  let api: NewsAnnotatorApi;
  let uri: vscode.Uri;
  const figures: Record<string, number> = {};

  before(async () => {
    api = await getApi();
    const seeds = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('seeds.corpus')));
    const parts: string[] = [];
    let size = 0;
    for (let copy = 0; size < TARGET_BYTES; copy++) {
      const chunk = seeds.replace(/<<<FILE (\d+)_/g, (_m, n: string) => `<<<FILE ${copy}-${n}_`);
      parts.push(chunk);
      size += chunk.length;
    }
    uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '..', 'large-bench.corpus');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(parts.join('')));
    figures.megabytes = Math.round((size / 1024 / 1024) * 10) / 10;
  });

  after(async () => {
    if (vscode.window.activeTextEditor?.document.uri.toString() === uri?.toString()) await closeActiveWithoutSaving();
    const line = JSON.stringify({ bench: 'editor-large-corpus', ...figures });
    console.log(line);
    if (process.env.NEWS_ANNOTATOR_BENCH_REPORT) fs.appendFileSync(process.env.NEWS_ANNOTATOR_BENCH_REPORT, line + '\n');
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('highlights the visible region soon after opening', async () => {
    const started = api.metrics.now();
    // One call, as Quick Open does: the document and its editor reach the extension host together.
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const mark = await waitFor(() => api.metrics.firstHighlight.get(uri.toString()), 60_000, 'no highlights on the large corpus');
    const opened = api.metrics.documentOpened.get(uri.toString())!;
    // From the moment the extension host learns of the document: the extension's share.
    figures.openToFirstHighlightMs = Math.round(mark.at - opened);
    // From the call, including VS Code loading 20 MB into the editor.
    figures.openCallToFirstHighlightMs = Math.round(mark.at - started);
    figures.editorShownToFirstHighlightMs = Math.round(mark.at - (api.metrics.editorShown.get(uri.toString()) ?? NaN));
    // The full parse runs just after the first paint (or when something needs it first).
    await waitFor(() => api.model.get(uri)?.source === 'document', 30_000, 'the full parse never happened');
    figures.fullParseMs = Math.round(api.metrics.openParseMs.all.at(-1) ?? NaN);
    assert.ok(editor.document.getText().length >= TARGET_BYTES - 1024);
    // Only the visible region was decorated: far fewer ranges than the file holds quotes.
    assert.ok(mark.ranges > 0 && mark.ranges < 400, `${mark.ranges} ranges decorated`);
    // The goal is 200 ms from the moment the editor shows the document (before that, VS Code is
    // loading 20 MB into the editor, which no extension can speed up); the bound leaves room for
    // a loaded machine.
    assert.ok(figures.editorShownToFirstHighlightMs < 1000, `editor shown to first highlight took ${figures.editorShownToFirstHighlightMs} ms (goal 200)`);
  });

  it('updates decorations cheaply on each keystroke', async () => {
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    // Type into the middle of the file, where the user might be working.
    const line = editor.document.positionAt(Math.floor(editor.document.getText().length / 2)).line;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    await waitFor(() => editor.visibleRanges[0]?.contains(new vscode.Position(line, 0)), 10_000, 'did not scroll');
    const updates: number[] = [];
    const analyses: number[] = [];
    const edits: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      const before = api.metrics.decorationUpdateMs.all.length;
      const analysedBefore = api.metrics.analysisMs.all.length;
      const version = editor.document.version;
      await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), 'x'), { undoStopBefore: false, undoStopAfter: false });
      // The change event reaches the extension host on its own; then run the update an idle moment would bring, now.
      await waitFor(() => editor.document.version > version, 10_000, 'the keystroke never reached the extension host');
      await waitFor(() => {
        api.flushHighlights();
        return api.metrics.decorationUpdateMs.all.length > before;
      }, 10_000, 'no decoration update after the keystroke');
      edits.push(api.metrics.editApplyMs.all.at(-1)!);
      updates.push(api.metrics.decorationUpdateMs.all.at(-1)!);
      if (api.metrics.analysisMs.all.length > analysedBefore) analyses.push(...api.metrics.analysisMs.all.slice(analysedBefore));
    }
    figures.keystrokeDecorationMedianMs = Math.round(median(updates) * 100) / 100;
    figures.keystrokeAnalysisMedianMs = Math.round(median(analyses) * 100) / 100;
    figures.keystrokeEditApplyMedianMs = Math.round(median(edits) * 100) / 100;
    assert.ok(figures.keystrokeDecorationMedianMs < 25, `median decoration update ${figures.keystrokeDecorationMedianMs} ms (goal 5)`);
  });
});
