// Timing helpers for editor work. Only setTimeout: it exists in the Node extension host and in
// the browser web worker alike.
import * as vscode from 'vscode';

/** Runs `fn` once, `delayMs` after the last call (edits: wait for an idle moment). */
export class Debouncer implements vscode.Disposable {
  private handle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly delayMs: number, private readonly fn: () => void) {}

  trigger(): void {
    if (this.handle !== undefined) clearTimeout(this.handle);
    this.handle = setTimeout(() => {
      this.handle = undefined;
      this.fn();
    }, this.delayMs);
  }

  /** Runs a pending call now (tests and commands that need fresh state). */
  flush(): void {
    if (this.handle === undefined) return;
    clearTimeout(this.handle);
    this.handle = undefined;
    this.fn();
  }

  get pending(): boolean {
    return this.handle !== undefined;
  }

  dispose(): void {
    if (this.handle !== undefined) clearTimeout(this.handle);
    this.handle = undefined;
  }
}

/**
 * Runs `fn` at most once per `intervalMs`, always including a trailing call so the last
 * state (the final scroll position, the final cursor) is the one acted on.
 */
export class Throttler implements vscode.Disposable {
  private handle: ReturnType<typeof setTimeout> | undefined;
  private last = -Infinity;

  constructor(private readonly intervalMs: number, private readonly fn: () => void) {}

  trigger(): void {
    if (this.handle !== undefined) return;
    const wait = Math.max(0, this.last + this.intervalMs - Date.now());
    this.handle = setTimeout(() => this.run(), wait);
  }

  /** Runs a pending call now. */
  flush(): void {
    if (this.handle === undefined) return;
    clearTimeout(this.handle);
    this.run();
  }

  private run(): void {
    this.handle = undefined;
    this.last = Date.now();
    this.fn();
  }

  dispose(): void {
    if (this.handle !== undefined) clearTimeout(this.handle);
    this.handle = undefined;
  }
}

/** High-resolution milliseconds in both hosts. */
export function nowMs(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Yields to the event loop so long background work does not block editing. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
