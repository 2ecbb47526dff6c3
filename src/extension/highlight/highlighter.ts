// Colours quotes, their speakers and cues in every visible news-corpus editor. Updates are
// debounced after edits (one idle moment, re-analysing only the touched article, which the
// model has already invalidated), throttled on scroll, and bounded to the visible articles.
import * as vscode from 'vscode';
import type { CorpusModel } from '../corpus/corpusModel';
import { isCorpusDocument } from '../corpus/corpusModel';
import { DisposableBase } from '../util/dispose';
import { Debouncer, Throttler } from '../util/schedule';
import type { EditorMetrics } from '../util/metrics';
import { DecorationTypes } from './decorationTypes';
import { rangesForArticles, visibleArticleIndices, type ColorBy } from './quoteRanges';
import { visibleWindow } from './visibleWindow';
import type { CorpusEntry } from '../corpus/corpusEntry';

export const EDIT_DEBOUNCE_MS = 200;
export const SCROLL_THROTTLE_MS = 100;

export interface HighlightSettings {
  enabled: boolean;
  colorBy: ColorBy;
}

export function readHighlightSettings(): HighlightSettings {
  const config = vscode.workspace.getConfiguration('newsAnnotator.highlight');
  return { enabled: config.get<boolean>('enabled', true), colorBy: config.get<ColorBy>('colorBy', 'speaker') };
}

export class Highlighter extends DisposableBase {
  private readonly types = this.register(new DecorationTypes());
  private settings = readHighlightSettings();
  private readonly editDebouncer = this.register(new Debouncer(EDIT_DEBOUNCE_MS, () => this.updateAll()));
  private readonly scrollThrottlers = new Map<vscode.TextEditor, Throttler>();
  /** What each document was last decorated with, by decoration key (for the test API). */
  private readonly applied = new Map<string, Map<string, vscode.Range[]>>();
  /** Decoration keys each editor currently shows, so empty types are not re-sent on every update. */
  private readonly shownKeys = new WeakMap<vscode.TextEditor, Set<string>>();

  constructor(private readonly model: CorpusModel, private readonly metrics: EditorMetrics) {
    super();
    this.register(vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const editor of editors) {
        const uri = editor.document.uri.toString();
        if (!this.metrics.editorShown.has(uri)) this.metrics.editorShown.set(uri, this.metrics.now());
      }
      this.updateAll();
    }));
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.scrolled(e.textEditor)));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('newsAnnotator.highlight')) return;
      this.settings = readHighlightSettings();
      this.updateAll();
    }));
    this.register(model.onDidChangeCorpus((e) => {
      if (!vscode.window.visibleTextEditors.some((ed) => ed.document.uri.toString() === e.uri.toString())) return;
      // A freshly opened or reloaded file is decorated at once; typing waits for an idle moment.
      if (e.kind === 'edited') this.editDebouncer.trigger();
      else this.updateAll();
    }));
    // Merged or renamed speakers (the taxonomy changed): new colours at once, nothing re-analysed.
    this.register(model.onDidChangeSpeakerNaming(() => this.updateAll()));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => {
      // A reopened document is measured afresh (time to first highlight).
      this.applied.delete(doc.uri.toString());
      this.metrics.firstHighlight.delete(doc.uri.toString());
      this.metrics.editorShown.delete(doc.uri.toString());
    }));
    this.register(new vscode.Disposable(() => this.scrollThrottlers.forEach((t) => t.dispose())));
    this.updateAll();
  }

  /** The ranges last applied to a document, by decoration key ('quote:3', 'speaker:single', ...). */
  lastApplied(uri: vscode.Uri): ReadonlyMap<string, readonly vscode.Range[]> {
    return this.applied.get(uri.toString()) ?? new Map();
  }

  /** Runs a pending debounced update now. */
  flush(): void {
    this.editDebouncer.flush();
  }

  updateAll(): void {
    this.editDebouncer.dispose();
    for (const editor of vscode.window.visibleTextEditors) this.update(editor);
    for (const editor of [...this.scrollThrottlers.keys()]) {
      if (!vscode.window.visibleTextEditors.includes(editor)) {
        this.scrollThrottlers.get(editor)?.dispose();
        this.scrollThrottlers.delete(editor);
      }
    }
  }

  private scrolled(editor: vscode.TextEditor): void {
    if (!isCorpusDocument(editor.document)) return;
    let throttler = this.scrollThrottlers.get(editor);
    if (!throttler) {
      throttler = new Throttler(SCROLL_THROTTLE_MS, () => this.update(editor));
      this.scrollThrottlers.set(editor, throttler);
    }
    throttler.trigger();
  }

  private update(editor: vscode.TextEditor): void {
    if (this.isDisposed || !isCorpusDocument(editor.document)) return;
    if (!this.settings.enabled) {
      this.apply(editor, new Map(), this.metrics.now());
      return;
    }
    if (this.model.isParsePending(editor.document.uri)) {
      // A large file just opened: paint what is on screen now, the full parse follows.
      const window = visibleWindow(editor.document, editor.visibleRanges, () => this.model.speakerNamingFor(editor.document.uri));
      if (!window) return;
      const all = window.entry.keys.map((_, i) => i);
      this.analyseMissing(window.entry, all);
      const started = this.metrics.now();
      this.apply(editor, rangesForArticles(window.entry, editor.document, all, this.settings.colorBy, window.start), started);
      this.model.parseSoon(editor.document.uri);
      return;
    }
    const entry = this.model.forDocument(editor.document);
    if (!entry) return;
    const indices = visibleArticleIndices(entry, editor.document, editor.visibleRanges);
    this.analyseMissing(entry, indices);
    const started = this.metrics.now();
    this.apply(editor, rangesForArticles(entry, editor.document, indices, this.settings.colorBy), started);
  }

  /**
   * Articles not analysed yet (just opened, scrolled into view, or just edited) are analysed
   * first, timed apart: that is the engine's cost; the rest of an update is decorating.
   */
  private analyseMissing(entry: CorpusEntry, indices: readonly number[]): void {
    for (const index of indices) {
      const key = entry.keys[index];
      if (key !== undefined && !entry.cachedAnalysis(key)) this.metrics.time(this.metrics.analysisMs, () => entry.analysis(key));
    }
  }

  /** Hands the ranges to the decoration types (skipping types that stay empty) and records timings. */
  private apply(editor: vscode.TextEditor, ranges: Map<string, vscode.Range[]>, started: number): void {
    const uri = editor.document.uri.toString();
    let count = 0;
    const shown = this.shownKeys.get(editor) ?? new Set<string>();
    for (const key of this.types.keys()) {
      const list = ranges.get(key) ?? [];
      count += list.length;
      if (!list.length && !shown.has(key)) continue;
      editor.setDecorations(this.types.get(key)!, list);
      if (list.length) shown.add(key);
      else shown.delete(key);
    }
    this.shownKeys.set(editor, shown);
    const finished = this.metrics.now();
    this.metrics.decorationUpdateMs.add(finished - started);
    const mark = { at: finished, ranges: count };
    if (count && !this.metrics.firstHighlight.has(uri)) this.metrics.firstHighlight.set(uri, mark);
    this.metrics.lastHighlight.set(uri, mark);
    this.applied.set(uri, ranges);
  }
}

export function registerHighlighting(model: CorpusModel, metrics: EditorMetrics): Highlighter {
  return new Highlighter(model, metrics);
}
