// What a comparison shows: the core sidecar diff (by id, as `news-annotator diff` computes it)
// turned into rows for the editor and the Articles view — each with where it sits in the text
// now and a one-line account of what changed ("label prediction → claim"). Pure, so it is
// unit-tested without VS Code.
import type { Annotation, ChangedAnnotation, FieldChange, ParsedCorpus, SidecarDiff } from './core';
import { findArticle, isAnchorUpdate, reanchorAll } from './core';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** Absolute offsets into the corpus text as it is now. */
export interface Span {
  start: number;
  end: number;
}

export interface ChangeRow {
  kind: ChangeKind;
  id: string;
  /** As it is now (added, changed), or as it was at the ref (removed). */
  annotation: Annotation;
  /** What changed, e.g. "label prediction → claim, note added"; for added and removed rows, their label. */
  summary: string;
  /** A changed row whose text, label and fields are the same: only the anchor moved with the corpus text. */
  anchorOnly: boolean;
  /** Where it is in the text now; absent when it cannot be placed (orphaned, or removed and its text gone). */
  span?: Span;
}

const KIND_ORDER: Record<ChangeKind, number> = { removed: 0, changed: 1, added: 2 };

/**
 * Rows in text order (unplaced ones last, in diff order). `now` places annotations that exist
 * now (added, changed); `removedAt` holds where removed ones would be, re-anchored against the
 * current text.
 */
export function changeRows(diff: SidecarDiff, now: (id: string) => Span | undefined, removedAt: ReadonlyMap<string, Span>): ChangeRow[] {
  const rows: ChangeRow[] = [
    ...diff.added.map((a): ChangeRow => ({ kind: 'added', id: a.id, annotation: a, summary: a.label, anchorOnly: false, span: now(a.id) })),
    ...diff.changed.map((c): ChangeRow => ({
      kind: 'changed', id: c.id, annotation: c.after, summary: describeChange(c), anchorOnly: isAnchorUpdate(c), span: now(c.id),
    })),
    ...diff.removed.map((a): ChangeRow => ({ kind: 'removed', id: a.id, annotation: a, summary: a.label, anchorOnly: false, span: removedAt.get(a.id) })),
  ];
  const order = new Map(rows.map((row, i) => [row, i]));
  return rows.sort((a, b) => {
    if (a.span && b.span) return a.span.start - b.span.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
    if (a.span || b.span) return a.span ? -1 : 1;
    return order.get(a)! - order.get(b)!;
  });
}

/**
 * Where removed annotations would be in the current text: each is looked for as the editor
 * re-anchors (exact, moved, fuzzy); those whose text is gone are left out (listed, not marked).
 */
export function placeRemoved(removed: readonly Annotation[], corpus: ParsedCorpus): Map<string, Span> {
  const spans = new Map<string, Span>();
  if (!removed.length) return spans;
  for (const [id, r] of reanchorAll(removed, corpus)) {
    const article = r.article === undefined ? undefined : findArticle(corpus, r.article);
    if (r.state === 'orphaned' || !article || r.start === undefined || r.end === undefined) continue;
    spans.set(id, { start: article.bodyStart + r.start, end: article.bodyStart + r.end });
  }
  return spans;
}

/** A value in a summary: absent as "(none)", long text cut. */
function show(value: unknown, max = 40): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function fieldPart(c: FieldChange): string | undefined {
  switch (c.group) {
    case 'label':
      return `label ${show(c.before)} → ${show(c.after)}`;
    case 'speaker':
      return `speaker ${show(c.before)} → ${show(c.after)}`;
    case 'note':
      return c.before === undefined ? 'note added' : c.after === undefined ? 'note removed' : 'note changed';
    case 'extra':
      return `${c.field} ${show(c.before)} → ${show(c.after)}`;
    case 'meta':
      // `updated` says when, not what: it is only worth saying when nothing else changed.
      return c.field === 'updated' ? undefined : `${c.field} ${show(c.before)} → ${show(c.after)}`;
    default:
      return undefined; // anchor fields are summarised together
  }
}

function anchorPart(changes: readonly FieldChange[]): string | undefined {
  const fields = new Set(changes.filter((c) => c.group === 'anchor').map((c) => c.field));
  if (!fields.size) return undefined;
  if (fields.has('quote')) return 'text changed';
  if (fields.has('article')) return `moved to ${show(changes.find((c) => c.field === 'article')!.after)}`;
  return 'anchor moved';
}

/** "label prediction → claim, note added": the reviewer-facing fields first, the anchor last. */
export function describeChange(change: ChangedAnnotation): string {
  const parts = change.changes.map(fieldPart).filter((p): p is string => !!p);
  const anchor = anchorPart(change.changes);
  if (anchor) parts.push(anchor);
  return parts.length ? parts.join(', ') : 'updated';
}

/** The Articles view's description of a row. */
export function rowDescription(row: ChangeRow): string {
  if (row.kind === 'changed') return row.summary;
  const where = row.span ? '' : row.kind === 'removed' ? ' · its text is gone' : ' · orphaned';
  return `${row.kind} · ${row.summary}${where}`;
}

/** The hover on a marked span: "Added since main", "Changed since main: label prediction → claim". */
export function rowHover(row: ChangeRow, refLabel: string): string {
  switch (row.kind) {
    case 'added':
      return `Added since ${refLabel}: ${row.annotation.label}`;
    case 'changed':
      return `Changed since ${refLabel}: ${row.summary}`;
    case 'removed':
      return `Removed since ${refLabel}: ${row.annotation.label} “${show(row.annotation.quote, 60)}”`;
  }
}

/** "2 added, 1 removed, 1 changed" (kinds with none left out), or "no changes". */
export function countsText(rows: readonly ChangeRow[]): string {
  const counts = (['added', 'removed', 'changed'] as const)
    .map((kind) => [kind, rows.filter((r) => r.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  return counts.length ? counts.join(', ') : 'no changes';
}
