// Timings the benchmark reads through the test API: how long the editor features take, measured
// where the work happens (inside the extension host) rather than guessed from outside.
import { nowMs } from './schedule';

const MAX_SAMPLES = 2000;

export class Samples {
  private readonly values: number[] = [];

  add(value: number): void {
    this.values.push(value);
    if (this.values.length > MAX_SAMPLES) this.values.shift();
  }

  get all(): readonly number[] {
    return this.values;
  }

  median(): number | undefined {
    if (!this.values.length) return undefined;
    const sorted = [...this.values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  clear(): void {
    this.values.length = 0;
  }
}

export interface HighlightMark {
  /** nowMs() (performance.now in the extension host) when decorations were applied. */
  at: number;
  /** Number of decorated ranges. */
  ranges: number;
}

export class EditorMetrics {
  /** Cost of one decoration update: building the ranges of the visible articles and setDecorations (analysis excluded). */
  readonly decorationUpdateMs = new Samples();
  /** Cost of analysing one article on demand for the editor (the attribution engine's share of an update). */
  readonly analysisMs = new Samples();
  /** Cost of applying one change event to the parsed corpus (incremental parse). */
  readonly editApplyMs = new Samples();
  /** Cost of parsing a document when it is opened. */
  readonly openParseMs = new Samples();
  /** When the extension host told us a document was opened (nowMs), per uri: where our share of "open" starts. */
  readonly documentOpened = new Map<string, number>();
  /** When an editor first showed the document (nowMs), per uri: VS Code's own loading ends about here. */
  readonly editorShown = new Map<string, number>();
  /** First decorations applied per document uri since it was opened. */
  readonly firstHighlight = new Map<string, HighlightMark>();
  /** Most recent decorations applied per document uri. */
  readonly lastHighlight = new Map<string, HighlightMark>();

  now(): number {
    return nowMs();
  }

  time<T>(samples: Samples, fn: () => T): T {
    const start = nowMs();
    try {
      return fn();
    } finally {
      samples.add(nowMs() - start);
    }
  }
}
