// Analyses articles in the background, a few milliseconds at a time, so the views can show
// quote counts and speakers for the whole workspace without ever blocking typing. Editors ask
// the entry for visible articles synchronously; this only fills in the rest. Edited articles
// are re-analysed after an idle moment, not on every keystroke.
import * as vscode from 'vscode';
import { DisposableBase } from '../util/dispose';
import { Debouncer, nowMs } from '../util/schedule';
import type { CorpusModel } from './corpusModel';
import type { AnalysisEvent, CorpusChangeEvent } from './events';

/** Longest stretch of analysis before yielding to the event loop (typing stays responsive). */
const SLICE_BUDGET_MS = 12;
/** Edited articles are re-analysed once typing pauses this long. */
const EDIT_IDLE_MS = 250;

interface Pending {
  uri: vscode.Uri;
  keys: Set<string>;
}

export class AnalysisScheduler extends DisposableBase {
  /** uri string → article keys waiting, files and keys in the order they will be analysed. */
  private readonly queue = new Map<string, Pending>();
  /** The same for what the user is looking at: analysed before anything in `queue`. */
  private readonly urgent = new Map<string, Pending>();
  /** Edited articles wait here for an idle moment before joining the front of the queue. */
  private readonly edited = new Map<string, Pending>();
  private readonly emitter = this.register(new vscode.EventEmitter<AnalysisEvent>());
  private readonly editDebouncer = this.register(new Debouncer(EDIT_IDLE_MS, () => this.promoteEdited()));
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idleWaiters: Array<() => void> = [];

  /** Analyses became available for these articles (their quote counts, speakers changed). */
  readonly onDidAnalyze = this.emitter.event;

  constructor(private readonly model: CorpusModel) {
    super();
    this.register(model.onDidChangeCorpus((e) => this.corpusChanged(e)));
    this.register(new vscode.Disposable(() => this.timer !== undefined && clearTimeout(this.timer)));
    for (const entry of model.all()) this.enqueue(entry.uri, entry.keys);
  }

  /** Queues articles; `front` puts them before everything else (what the user is looking at). */
  enqueue(uri: vscode.Uri, keys: readonly string[], front = false): void {
    if (!keys.length) return;
    const id = uri.toString();
    const target = front ? this.urgent : this.queue;
    const pending = target.get(id) ?? { uri, keys: new Set<string>() };
    for (const key of keys) pending.keys.add(key);
    target.set(id, pending);
    this.schedule();
  }

  /** Resolves once nothing is waiting (tests, benchmarks, commands that need every count). */
  whenIdle(): Promise<void> {
    if (this.isIdle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  get isIdle(): boolean {
    return this.queue.size === 0 && this.urgent.size === 0 && this.edited.size === 0 && this.timer === undefined;
  }

  private corpusChanged(e: CorpusChangeEvent): void {
    const id = e.uri.toString();
    if (!e.entry) {
      this.queue.delete(id);
      this.urgent.delete(id);
      this.edited.delete(id);
      this.emitter.fire({ uri: e.uri, articles: e.removedArticles });
      this.settle();
      return;
    }
    for (const key of e.removedArticles) {
      this.queue.get(id)?.keys.delete(key);
      this.urgent.get(id)?.keys.delete(key);
    }
    if (e.kind === 'edited') {
      const pending = this.edited.get(id) ?? { uri: e.uri, keys: new Set<string>() };
      e.changedArticles.forEach((key) => pending.keys.add(key));
      this.edited.set(id, pending);
      this.editDebouncer.trigger();
    } else {
      this.enqueue(e.uri, e.changedArticles);
    }
  }

  private promoteEdited(): void {
    const batches = [...this.edited.values()];
    this.edited.clear();
    for (const { uri, keys } of batches) this.enqueue(uri, [...keys], true);
    this.settle();
  }

  private schedule(): void {
    if (this.timer === undefined && !this.isDisposed) this.timer = setTimeout(() => this.runSlice(), 0);
  }

  private runSlice(): void {
    this.timer = undefined;
    const deadline = nowMs() + SLICE_BUDGET_MS;
    const done = new Map<string, { uri: vscode.Uri; articles: string[] }>();
    while ((this.urgent.size || this.queue.size) && nowMs() < deadline) {
      const source = this.urgent.size ? this.urgent : this.queue;
      const [id, pending] = source.entries().next().value as [string, Pending];
      const entry = this.model.get(pending.uri);
      const key = pending.keys.values().next().value as string | undefined;
      if (key === undefined || !entry) {
        source.delete(id);
        continue;
      }
      pending.keys.delete(key);
      if (!pending.keys.size) source.delete(id);
      // Articles an editor already analysed on demand are reported too, so views count them.
      entry.analysis(key);
      const batch = done.get(id) ?? { uri: pending.uri, articles: [] };
      batch.articles.push(key);
      done.set(id, batch);
    }
    for (const batch of done.values()) this.emitter.fire(batch);
    if (this.queue.size || this.urgent.size) this.schedule();
    else this.settle();
  }

  private settle(): void {
    if (!this.isIdle) return;
    const waiters = this.idleWaiters.splice(0);
    waiters.forEach((resolve) => resolve());
  }
}
