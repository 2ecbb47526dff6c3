// Seams for tests: the clock and the random source (deterministic ids and dates in the
// sidecar bytes a test compares), and the answer to a merge-conflict prompt. Production code
// never sets them.
import type { MergeConflict, RandomSource } from '../core';

export type ConflictChoice = 'Keep mine' | 'Take theirs' | 'Open both';

export interface AnnotationTestHooks {
  now?: () => Date;
  random?: RandomSource;
  /** Answers the conflict notification instead of a person; undefined = dismissed. */
  resolveConflict?: (conflicts: readonly MergeConflict[]) => ConflictChoice | undefined | Promise<ConflictChoice | undefined>;
}

export class HookBox {
  hooks: AnnotationTestHooks = {};

  now(): Date {
    return this.hooks.now?.() ?? new Date();
  }

  /** ISO 8601 UTC, second precision, as the sidecar stores dates. */
  timestamp(): string {
    return this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  random(): RandomSource {
    return this.hooks.random ?? Math.random;
  }
}
