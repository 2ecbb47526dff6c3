// The flat export model shared by jsonl and csv: one row per annotation and one per detected
// quote, told apart by `type`. Offsets are UTF-16 code units into the article body (the body
// starts after the header line), like `news-annotator quotes --format jsonl` and the sidecar.
import type { AnchorState } from '../annotations';
import { isPlaced, type ReviewedCorpus } from './reviewed-corpus';

export type ExportWhat = 'all' | 'annotations' | 'quotes';

export interface ExportRow {
  type: 'annotation' | 'quote';
  file: string;
  article: string;
  /** The annotation's id, or `q` + the quote's 1-based number in its article. */
  id: string;
  label: string | null;
  /** null for an orphaned annotation. */
  start: number | null;
  end: number | null;
  /** The text at start..end now; an orphan's saved quote. */
  text: string;
  speaker: string | null;
  cue: string | null;
  /** Quotes: full, partial or headline. */
  kind: string | null;
  /** Quotes: how sure the engine is of the speaker, 0..1. */
  confidence: number | null;
  note: string | null;
  author: string | null;
  created: string | null;
  /** Annotations: exact, moved, fuzzy or orphaned. */
  anchor: AnchorState | null;
  /** Annotations: a team's extra fields. */
  extra: Record<string, unknown> | null;
}

/** Column order of the csv export and key order of the jsonl export. */
export const EXPORT_COLUMNS = [
  'type', 'file', 'article', 'id', 'label', 'start', 'end', 'text', 'speaker', 'cue', 'kind',
  'confidence', 'note', 'author', 'created', 'anchor', 'extra',
] as const satisfies ReadonlyArray<keyof ExportRow>;

/** Rows in article order, then by start (orphans last), annotations before quotes at one start. */
export function exportRows(corpus: ReviewedCorpus, what: ExportWhat = 'all'): ExportRow[] {
  const rows: ExportRow[] = [];
  const annotationsToo = what !== 'quotes';
  const quotesToo = what !== 'annotations';
  for (const reviewed of corpus.articles) {
    const article = reviewed.article.name;
    const here: ExportRow[] = [];
    if (annotationsToo) {
      for (const p of reviewed.annotations) {
        const a = p.annotation;
        here.push({
          type: 'annotation', file: corpus.file, article, id: a.id, label: a.label,
          start: isPlaced(p) ? p.anchor.start : null, end: isPlaced(p) ? p.anchor.end : null, text: p.text,
          speaker: a.speaker ?? null, cue: null, kind: null, confidence: null,
          note: a.note ?? null, author: a.author ?? null, created: a.created ?? null,
          anchor: p.anchor.state, extra: a.extra && Object.keys(a.extra).length ? a.extra : null,
        });
      }
    }
    if (quotesToo) {
      reviewed.analysis.quotes.forEach((q, i) => {
        here.push({
          type: 'quote', file: corpus.file, article, id: `q${i + 1}`, label: null, start: q.start, end: q.end, text: q.text,
          speaker: q.speaker, cue: q.cue, kind: q.kind, confidence: q.confidence,
          note: null, author: null, created: null, anchor: null, extra: null,
        });
      });
    }
    // Stable sort: within one start, annotations (pushed first) stay before quotes.
    here.sort((x, y) => (x.start === null ? (y.start === null ? 0 : 1) : y.start === null ? -1 : x.start - y.start));
    rows.push(...here);
  }
  if (annotationsToo) {
    for (const p of corpus.unplaced) {
      const a = p.annotation;
      rows.push({
        type: 'annotation', file: corpus.file, article: a.article, id: a.id, label: a.label, start: null, end: null, text: p.text,
        speaker: a.speaker ?? null, cue: null, kind: null, confidence: null,
        note: a.note ?? null, author: a.author ?? null, created: a.created ?? null, anchor: p.anchor.state,
        extra: a.extra && Object.keys(a.extra).length ? a.extra : null,
      });
    }
  }
  return rows;
}
