// brat standoff export: per article a .txt holding exactly the article body and a .ann with
//   T1<TAB>TYPE START END<TAB>TEXT        a span (detected Quote, Speaker mention, or a label)
//   R1<TAB>SaidBy Arg1:T1 Arg2:T2         a quote and the mention naming its speaker
//   A1<TAB>QuoteKind T1 partial           full / partial / headline
//   #1<TAB>AnnotatorNotes T1<TAB>NOTE     notes, annotation ids, unnamed speakers, cues
// brat (and INCEpTION's brat reader) count offsets in Unicode code points, so UTF-16 offsets
// are converted. brat reads .ann files line by line with Python's splitlines, so a span is cut
// at every line-break character into fragments `S1 E1;S2 E2` whose texts, joined by one space,
// are the TEXT brat checks against the document; notes are flattened onto one line.
import type { Quote } from '../attribution';
import { codePointConverter, type CodePointOffset } from './code-points';
import type { ExportWhat } from './export-rows';
import { isPlaced, type PlacedAnnotation, type ReviewedCorpus } from './reviewed-corpus';

export interface BratDocument {
  /** File base name: `NAME.txt` and `NAME.ann`. */
  name: string;
  article: string;
  text: string;
  ann: string;
}

export interface BratExport {
  documents: BratDocument[];
  /** brat types used for annotation labels, label -> type. */
  labelTypes: Map<string, string>;
  /** Orphaned annotations: no span to write. */
  skipped: PlacedAnnotation[];
}

export const QUOTE_TYPE = 'Quote';
export const SPEAKER_TYPE = 'Speaker';
export const SAID_BY = 'SaidBy';
export const QUOTE_KIND = 'QuoteKind';

/** Every character Python's str.splitlines breaks at (brat reads .ann files that way). */
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+/g;

/** A label as a brat type: no spaces or configuration syntax, never one of ours. */
export function bratType(label: string): string {
  let type = label.replace(/[^A-Za-z0-9_-]/g, '_') || '_';
  if (type === QUOTE_TYPE || type === SPEAKER_TYPE) type = `${type}_label`;
  return type;
}

/** body[start, end) as brat fragments (code point offsets) and the text brat expects. */
export function bratSpan(body: string, start: number, end: number, toCodePoints: CodePointOffset): { offsets: string; text: string } | undefined {
  const pieces: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || LINE_BREAK.test(body[i])) {
      if (i > from) pieces.push([from, i]);
      from = i + 1;
    }
  }
  if (!pieces.length) return undefined;
  return {
    offsets: pieces.map(([s, e]) => `${toCodePoints(s)} ${toCodePoints(e)}`).join(';'),
    text: pieces.map(([s, e]) => body.slice(s, e)).join(' '),
  };
}

function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ');
}

/** Article names as unique, portable file names (without extension). */
function documentNames(articles: readonly string[]): string[] {
  const used = new Set<string>();
  return articles.map((article) => {
    const base = article.replace(/\.txt$/i, '').replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'article';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

interface Span {
  type: string;
  start: number;
  end: number;
  /** Sorting tie-break: annotations, then quotes, then speakers. */
  rank: number;
  quote?: Quote;
  annotation?: PlacedAnnotation;
  id?: string;
}

function annotationNote(p: PlacedAnnotation): string {
  const a = p.annotation;
  const parts = [a.note, a.speaker !== undefined ? `speaker: ${a.speaker}` : undefined, `id: ${a.id}`];
  if (p.anchor.state === 'fuzzy') parts.push(`fuzzy anchor; saved quote: ${a.quote}`);
  return parts.filter((x): x is string => x !== undefined && x !== '').join(' | ');
}

function quoteNote(q: Quote, mentioned: boolean): string | undefined {
  const parts: string[] = [];
  if (q.speaker !== null && !mentioned) parts.push(`speaker: ${q.speaker}`);
  if (q.cue !== null) parts.push(`cue: ${q.cue}`);
  return parts.length ? parts.join(' | ') : undefined;
}

export function bratDocuments(corpus: ReviewedCorpus, what: ExportWhat = 'all'): BratExport {
  const labelTypes = new Map<string, string>();
  const names = documentNames(corpus.articles.map((a) => a.article.name));
  const documents: BratDocument[] = [];
  const skipped: PlacedAnnotation[] = [];

  corpus.articles.forEach((reviewed, index) => {
    const { body } = reviewed;
    const toCodePoints = codePointConverter(body);
    const spans: Span[] = [];
    if (what !== 'quotes') {
      for (const p of reviewed.annotations) {
        if (!isPlaced(p)) {
          skipped.push(p);
          continue;
        }
        const type = bratType(p.annotation.label);
        labelTypes.set(p.annotation.label, type);
        spans.push({ type, start: p.anchor.start, end: p.anchor.end, rank: 0, annotation: p });
      }
    }
    const speakerSpans = new Map<string, Span>();
    if (what !== 'annotations') {
      for (const q of reviewed.analysis.quotes) {
        spans.push({ type: QUOTE_TYPE, start: q.start, end: q.end, rank: 1, quote: q });
        if (q.speakerStart !== null && q.speakerEnd !== null) {
          const key = `${q.speakerStart}:${q.speakerEnd}`;
          if (!speakerSpans.has(key)) speakerSpans.set(key, { type: SPEAKER_TYPE, start: q.speakerStart, end: q.speakerEnd, rank: 2 });
        }
      }
      spans.push(...speakerSpans.values());
    }
    spans.sort((a, b) => a.start - b.start || a.end - b.end || a.rank - b.rank);

    const lines: string[] = [];
    const relations: string[] = [];
    const attributes: string[] = [];
    const notes: string[] = [];
    const note = (target: string, text: string): void => {
      notes.push(`#${notes.length + 1}\tAnnotatorNotes ${target}\t${oneLine(text)}`);
    };
    let t = 0;
    for (const span of spans) {
      const fragment = bratSpan(body, span.start, span.end, toCodePoints);
      if (!fragment) continue;
      span.id = `T${++t}`;
      lines.push(`${span.id}\t${span.type} ${fragment.offsets}\t${fragment.text}`);
    }
    for (const span of spans) {
      if (!span.id) continue;
      if (span.annotation) note(span.id, annotationNote(span.annotation));
      if (span.quote) {
        const q = span.quote;
        attributes.push(`A${attributes.length + 1}\t${QUOTE_KIND} ${span.id} ${q.kind}`);
        const speaker = q.speakerStart !== null ? speakerSpans.get(`${q.speakerStart}:${q.speakerEnd}`) : undefined;
        if (speaker?.id) relations.push(`R${relations.length + 1}\t${SAID_BY} Arg1:${span.id} Arg2:${speaker.id}`);
        const text = quoteNote(q, speaker?.id !== undefined);
        if (text) note(span.id, text);
      }
    }
    const all = [...lines, ...relations, ...attributes, ...notes];
    documents.push({ name: names[index], article: reviewed.article.name, text: body, ann: all.length ? `${all.join('\n')}\n` : '' });
  });
  if (what !== 'quotes') skipped.push(...corpus.unplaced);
  return { documents, labelTypes, skipped };
}

/** A suggested annotation.conf for the exported types (brat.nlplab.org/configuration.html). */
export function bratAnnotationConf(labelTypes: ReadonlyMap<string, string>): string {
  const labels = [...new Set(labelTypes.values())].sort();
  const renamed = [...labelTypes].filter(([label, type]) => label !== type).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return [
    '# Suggested brat configuration for a News Annotator export. Put it in the collection',
    '# directory (or one above it) and adjust it to your project.',
    ...renamed.map(([label, type]) => `# label ${JSON.stringify(label)} is written as type ${type}`),
    '',
    '[entities]',
    '',
    '# Detected by News Annotator: quotes and the mentions naming their speakers.',
    QUOTE_TYPE,
    SPEAKER_TYPE,
    ...(labels.length ? ['', '# Annotation labels from the sidecar.', ...labels] : []),
    '',
    '[relations]',
    '',
    `${SAID_BY}\tArg1:${QUOTE_TYPE}, Arg2:${SPEAKER_TYPE}`,
    '# Annotations overlap detected quotes and each other.',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    '',
    `${QUOTE_KIND}\tArg:${QUOTE_TYPE}, Value:full|partial|headline`,
    '',
  ].join('\n');
}
