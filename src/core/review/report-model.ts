// The review report as data: per article who said what (speakers with their quotes),
// annotations grouped by label, the anchors that need a reviewer's eye (fuzzy, orphaned), and
// a summary. The Markdown and JSON renderers only format this; nothing here formats text.
import type { AnchorState } from '../annotations';
import type { EntityKind, Quote, QuoteKind } from '../attribution';
import { isPlaced, type PlacedAnnotation, type ReviewedArticle, type ReviewedCorpus } from './reviewed-corpus';

export interface ReportQuote {
  /** UTF-16 offsets into the article body, like every other offset of the tool. */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  confidence: number;
}

export interface ReportSpeaker {
  name: string;
  kind: EntityKind;
  /** False when no name was found and a description speaks ("a senior official"). */
  named: boolean;
  quotes: ReportQuote[];
}

export interface ReportAnnotation {
  id: string;
  /** The article the annotation is saved against. */
  article: string;
  label: string;
  /** The text at the anchor now; the saved quote when orphaned. */
  text: string;
  /** The saved quote, only when it differs from `text` (a fuzzy match). */
  savedQuote?: string;
  speaker?: string;
  note?: string;
  author?: string;
  created?: string;
  anchor: AnchorState;
  /** Where the quote is now (absent when orphaned). */
  start?: number;
  end?: number;
  /** Similarity of a fuzzy match, 0..1. */
  score?: number;
  /** The article the annotation was saved against, when its quote was found in another (renamed) one. */
  savedArticle?: string;
}

export interface ReportLabelGroup {
  label: string;
  annotations: ReportAnnotation[];
}

export interface ReportArticle {
  name: string;
  title: string;
  outlet?: string;
  date?: string;
  quoteCount: number;
  /** Speakers with at least one quote, most quoted first. */
  speakers: ReportSpeaker[];
  unattributed: ReportQuote[];
  /** Labels in alphabetical order; annotations in text order within a label. */
  labels: ReportLabelGroup[];
  /** Fuzzy and orphaned annotations of this article, in text order. */
  attention: ReportAnnotation[];
}

export interface ReportFile {
  file: string;
  sidecar?: string;
  /** A sidecar that exists but could not be read or parsed. */
  unreadableSidecar?: string;
  articles: ReportArticle[];
  /** Orphaned annotations whose article is not in the corpus. */
  missingArticles: ReportAnnotation[];
}

export interface ReportSummary {
  files: number;
  articles: number;
  quotes: number;
  attributedQuotes: number;
  /** Distinct canonical names with at least one quote, across all articles. */
  speakers: number;
  annotations: number;
  /** Label -> count, most used first (ties alphabetical); a null-prototype record (labels are user text). */
  byLabel: Record<string, number>;
  moved: number;
  fuzzy: number;
  orphaned: number;
}

export interface ReviewReport {
  summary: ReportSummary;
  files: ReportFile[];
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function reportQuote(q: Quote): ReportQuote {
  return { start: q.start, end: q.end, text: q.text, kind: q.kind, cue: q.cue, confidence: q.confidence };
}

function reportAnnotation(p: PlacedAnnotation): ReportAnnotation {
  const { annotation: a, anchor } = p;
  const out: ReportAnnotation = { id: a.id, article: a.article, label: a.label, text: p.text, anchor: anchor.state };
  if (p.text !== a.quote) out.savedQuote = a.quote;
  if (a.speaker !== undefined) out.speaker = a.speaker;
  if (a.note !== undefined) out.note = a.note;
  if (a.author !== undefined) out.author = a.author;
  if (a.created !== undefined) out.created = a.created;
  if (isPlaced(p)) {
    out.start = p.anchor.start;
    out.end = p.anchor.end;
  }
  if (anchor.state === 'fuzzy') out.score = anchor.score;
  if (anchor.article !== undefined && anchor.article !== a.article) out.savedArticle = a.article;
  return out;
}

function speakersOf(article: ReviewedArticle): { speakers: ReportSpeaker[]; unattributed: ReportQuote[] } {
  const { quotes, speakers } = article.analysis;
  const byId = new Map<number, ReportSpeaker & { first: number }>();
  const unattributed: ReportQuote[] = [];
  quotes.forEach((q, index) => {
    const s = q.speakerId === null ? undefined : speakers.find((x) => x.id === q.speakerId);
    if (!s) {
      unattributed.push(reportQuote(q));
      return;
    }
    let entry = byId.get(s.id);
    if (!entry) byId.set(s.id, (entry = { name: s.name, kind: s.kind, named: s.named, quotes: [], first: index }));
    entry.quotes.push(reportQuote(q));
  });
  const list = [...byId.values()].sort((a, b) => b.quotes.length - a.quotes.length || a.first - b.first);
  return { speakers: list.map(({ first: _first, ...speaker }) => speaker), unattributed };
}

function reportArticle(article: ReviewedArticle): ReportArticle {
  const { speakers, unattributed } = speakersOf(article);
  const groups = new Map<string, ReportAnnotation[]>();
  const attention: ReportAnnotation[] = [];
  for (const placed of article.annotations) {
    const a = reportAnnotation(placed);
    let group = groups.get(a.label);
    if (!group) groups.set(a.label, (group = []));
    group.push(a);
    if (a.anchor === 'fuzzy' || a.anchor === 'orphaned') attention.push(a);
  }
  const out: ReportArticle = { name: article.article.name, title: article.meta.title, quoteCount: article.analysis.quotes.length, speakers, unattributed, labels: [], attention };
  if (article.meta.outlet) out.outlet = article.meta.outlet;
  if (article.meta.date) out.date = article.meta.date;
  out.labels = [...groups.keys()].sort(compareText).map((label) => ({ label, annotations: groups.get(label)! }));
  return out;
}

export function buildReport(corpora: readonly ReviewedCorpus[]): ReviewReport {
  const files: ReportFile[] = corpora.map((c) => {
    return {
      file: c.file,
      ...(c.sidecar !== undefined ? { sidecar: c.sidecar } : {}),
      ...(c.unreadableSidecar !== undefined ? { unreadableSidecar: c.unreadableSidecar } : {}),
      articles: c.articles.map(reportArticle),
      missingArticles: c.unplaced.map(reportAnnotation),
    };
  });
  const labelCounts = new Map<string, number>();
  const names = new Set<string>();
  const summary: ReportSummary = { files: files.length, articles: 0, quotes: 0, attributedQuotes: 0, speakers: 0, annotations: 0, byLabel: Object.create(null) as Record<string, number>, moved: 0, fuzzy: 0, orphaned: 0 };
  const count = (a: ReportAnnotation): void => {
    summary.annotations++;
    labelCounts.set(a.label, (labelCounts.get(a.label) ?? 0) + 1);
    if (a.anchor === 'moved') summary.moved++;
    else if (a.anchor === 'fuzzy') summary.fuzzy++;
    else if (a.anchor === 'orphaned') summary.orphaned++;
  };
  for (const file of files) {
    for (const article of file.articles) {
      summary.articles++;
      summary.quotes += article.quoteCount;
      for (const s of article.speakers) {
        names.add(s.name);
        summary.attributedQuotes += s.quotes.length;
      }
      for (const group of article.labels) group.annotations.forEach(count);
    }
    file.missingArticles.forEach(count);
  }
  summary.speakers = names.size;
  for (const [label, n] of [...labelCounts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))) summary.byLabel[label] = n;
  return { summary, files };
}
