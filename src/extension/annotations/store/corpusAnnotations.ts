// The annotations of one corpus file as the editor holds them: what the sidecar says (or will
// say once written: `stored`), and where each one sits in the corpus text right now (`live`,
// absolute offsets into the document or disk text, moved edit by edit while the user types and
// re-anchored after bigger changes). Stored objects are never mutated: a change replaces the
// object, so the sidecar last read (`base`) stays a faithful record of the disk.
import type * as vscode from 'vscode';
import {
  articleAt, findArticle, reanchorAll, sameAnnotation, shiftForEdit, textSlice, updateAnchor,
  type AnchorState, type Annotation, type Diagnostic, type ParsedCorpus, type Sidecar,
} from '../core';
import type { TextEdit } from '../../corpus/core';

export interface LiveAnchor {
  state: AnchorState;
  /** Absolute offsets into the corpus text as it is now; absent when orphaned. */
  start?: number;
  end?: number;
  /** 0..1 similarity of a fuzzy match. */
  score: number;
}

export type SidecarStatus =
  | { kind: 'none' } // no file can hold a sidecar (an untitled document)
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'ok' }
  | { kind: 'invalid'; text: string; errors: Diagnostic[] };

/** How to look for an annotation again: near its live position, or from what was saved. */
export type AnchorHint = 'live' | 'stored';

const ORPHANED: LiveAnchor = { state: 'orphaned', score: 0 };

export class CorpusAnnotations {
  status: SidecarStatus;
  /** The sidecar as last read from or written to disk: the base of a save and of a merge. */
  base: Sidecar | undefined;
  private stored = new Map<string, Annotation>();
  private live = new Map<string, LiveAnchor>();
  /** Bumped on every change, for caches. */
  version = 0;

  constructor(readonly corpusUri: vscode.Uri, readonly sidecarUri: vscode.Uri | undefined) {
    this.status = sidecarUri ? { kind: 'loading' } : { kind: 'none' };
  }

  annotations(): Annotation[] {
    return [...this.stored.values()];
  }

  get size(): number {
    return this.stored.size;
  }

  get(id: string): Annotation | undefined {
    return this.stored.get(id);
  }

  anchor(id: string): LiveAnchor {
    return this.live.get(id) ?? ORPHANED;
  }

  ids(): Set<string> {
    return new Set(this.stored.keys());
  }

  /** Adds or replaces an annotation; `anchor` when its position is known, else it is re-anchored by the caller. */
  set(annotation: Annotation, anchor?: LiveAnchor): void {
    this.stored.set(annotation.id, annotation);
    if (anchor) this.live.set(annotation.id, anchor);
    this.version++;
  }

  delete(id: string): void {
    this.stored.delete(id);
    this.live.delete(id);
    this.version++;
  }

  /** Replaces everything (a sidecar read from disk, a merge); anchors are recomputed by the caller. */
  replaceAll(annotations: readonly Annotation[]): void {
    this.stored = new Map(annotations.map((a) => [a.id, a]));
    for (const id of [...this.live.keys()]) if (!this.stored.has(id)) this.live.delete(id);
    this.version++;
  }

  /** Whether what we hold differs from the sidecar on disk (new, edited or deleted annotations). */
  hasUnsavedChanges(): boolean {
    const base = this.base?.annotations ?? [];
    if (base.length !== this.stored.size) return true;
    return base.some((a) => {
      const ours = this.stored.get(a.id);
      return !ours || !sameAnnotation(ours, a);
    });
  }

  /** The article an annotation belongs to now: where it sits, else (orphans) the one it names. */
  articleOf(id: string, corpus: ParsedCorpus): string | undefined {
    const anchor = this.live.get(id);
    if (anchor?.start !== undefined) {
      const article = articleAt(corpus, anchor.start);
      if (article) return article.name;
    }
    return this.stored.get(id)?.article;
  }

  /** Finds every annotation (or those in `hints`) in the corpus again: exact, moved, fuzzy or orphaned. */
  reanchor(corpus: ParsedCorpus, hint: AnchorHint | Map<string, AnchorHint>): void {
    const ids = hint instanceof Map ? [...hint.keys()].filter((id) => this.stored.has(id)) : [...this.stored.keys()];
    if (!ids.length) return;
    const hinted = ids.map((id) => this.hinted(this.stored.get(id)!, corpus, hint instanceof Map ? hint.get(id)! : hint));
    const results = reanchorAll(hinted, corpus);
    for (const id of ids) {
      const r = results.get(id);
      const article = r?.article === undefined ? undefined : findArticle(corpus, r.article);
      if (!r || r.state === 'orphaned' || !article || r.start === undefined || r.end === undefined) {
        this.live.set(id, ORPHANED);
      } else {
        this.live.set(id, { state: r.state, start: article.bodyStart + r.start, end: article.bodyStart + r.end, score: r.score });
      }
    }
    this.version++;
  }

  /** The annotation with its live position as the place to look first. */
  private hinted(a: Annotation, corpus: ParsedCorpus, hint: AnchorHint): Annotation {
    const anchor = this.live.get(a.id);
    if (hint === 'stored' || anchor?.start === undefined) return a;
    const article = articleAt(corpus, anchor.start);
    return article ? { ...a, article: article.name, start: Math.max(0, anchor.start - article.bodyStart) } : a;
  }

  /**
   * Moves live anchors through the edits of one change event (each edit against the result
   * of the previous). Returns the annotations the edits touched, with how to find them again:
   * text typed inside one keeps its live place as the hint; one whose text was wiped out is
   * looked for from what was saved.
   */
  shift(edits: readonly TextEdit[]): Map<string, AnchorHint> {
    const touched = new Map<string, AnchorHint>();
    for (const [id, anchor] of this.live) {
      if (anchor.start === undefined || anchor.end === undefined) continue;
      let start = anchor.start;
      let length = anchor.end - anchor.start;
      let changed = false;
      for (const edit of edits) {
        const moved = shiftForEdit(start, length, edit);
        if (moved.effect === 'none') continue;
        changed = true;
        ({ start, length } = moved);
        if (moved.effect === 'removed') touched.set(id, 'stored');
        else if (moved.effect === 'changed' && !touched.has(id)) touched.set(id, 'live');
      }
      if (changed) this.live.set(id, { ...anchor, start, end: start + length });
    }
    if (touched.size || edits.length) this.version++;
    return touched;
  }

  /** Sets the article of annotations lying in [from, to) (an article whose header was renamed). */
  renameArticle(oldName: string, newName: string, from: number, to: number, renameOrphans: boolean): void {
    for (const a of this.stored.values()) {
      const anchor = this.live.get(a.id);
      const inside = anchor?.start !== undefined && anchor.start >= from && anchor.start < to;
      const orphan = anchor?.start === undefined && renameOrphans && a.article === oldName;
      if ((inside || orphan) && a.article !== newName) this.stored.set(a.id, { ...a, article: newName });
    }
    this.version++;
  }

  /**
   * What to write for `corpus` (the text on disk once the write is done): exact and moved
   * anchors recomputed where they sit, everything else as stored. Fuzzy anchors keep what the
   * person annotated until they confirm the match; orphans keep their last known anchor.
   */
  toWrite(corpus: ParsedCorpus, from: ReadonlyMap<string, Annotation> = this.stored): Annotation[] {
    return [...from.values()].map((a) => {
      const anchor = this.live.get(a.id);
      if (!anchor || (anchor.state !== 'exact' && anchor.state !== 'moved') || anchor.start === undefined || anchor.end === undefined) return a;
      const article = articleAt(corpus, anchor.start);
      // Never let a drifted anchor rewrite the quote: its text must still be what was annotated.
      if (!article || findArticle(corpus, article.name) !== article || anchor.end > article.bodyEnd || anchor.start < article.bodyStart) return a;
      if (textSlice(corpus, anchor.start, anchor.end) !== a.quote) return a;
      const start = anchor.start - article.bodyStart;
      return updateAnchor(a, corpus, { state: 'moved', article: article.name, start, end: start + a.quote.length, score: 1 });
    });
  }

  /** The stored annotations as they are now, to tell later changes apart from what a write used. */
  snapshot(): Map<string, Annotation> {
    return new Map(this.stored);
  }

  /**
   * After a write made from `from` (a snapshot): what was written is what we hold, and its
   * anchors are exact. Annotations changed or deleted while the write was under way keep
   * their newer state (they are written next time).
   */
  written(sidecar: Sidecar, from: ReadonlyMap<string, Annotation>): void {
    this.base = sidecar;
    for (const a of sidecar.annotations) {
      if (this.stored.get(a.id) !== from.get(a.id)) continue;
      this.stored.set(a.id, a);
      const anchor = this.live.get(a.id);
      if (anchor?.state === 'moved') this.live.set(a.id, { ...anchor, state: 'exact' });
    }
    this.version++;
  }
}
