// Background work the test API's whenIdle() waits for: sidecar reads and writes, re-anchoring
// after edits. Tests wait for this instead of sleeping.
export class PendingWork {
  private readonly running = new Set<Promise<unknown>>();
  private readonly flushers = new Set<() => void>();

  /** Tracks a promise until it settles; returns it. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.running.add(promise);
    const done = () => this.running.delete(promise);
    promise.then(done, done);
    return promise;
  }

  /** Debounced work that whenIdle runs at once rather than waiting for its timer. */
  addFlusher(flush: () => void): void {
    this.flushers.add(flush);
  }

  async whenIdle(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      for (const flush of this.flushers) flush();
      if (!this.running.size) return;
      await Promise.allSettled([...this.running]);
    }
  }
}
