// What the Articles view shows about an article, gathered from the corpus entry (metadata,
// problems), the analysis cache (quote count; never forces an analysis) and annotation providers.
import type * as vscode from 'vscode';
import type { CorpusEntry } from '../../corpus/corpusEntry';
import { articleKeyName } from '../../corpus/corpusEntry';
import type { ArticleAnnotationProvider } from './annotationHook';
import type { ArticleFacts } from './nodes';

export type SortOrder = 'position' | 'name' | 'date';
export const SORT_ORDERS: readonly SortOrder[] = ['position', 'name', 'date'];

export function articleFacts(entry: CorpusEntry, key: string, annotations: readonly ArticleAnnotationProvider[]): ArticleFacts {
  const meta = entry.meta(key);
  const analysis = entry.cachedAnalysis(key);
  const article = entry.article(key);
  const problems = article
    ? entry.corpus.diagnostics.filter((d) => d.offset >= article.headerStart && d.offset < Math.max(article.end, article.headerEnd + 1))
    : [];
  const speakers = analysis ? [...new Set(analysis.quotes.map((q) => q.speaker).filter((s): s is string => !!s))] : undefined;
  return {
    title: meta.title,
    outlet: meta.outlet,
    date: meta.date,
    place: meta.place,
    quotes: analysis?.quotes.length,
    speakers,
    problems,
    annotations: annotations.reduce((sum, p) => sum + safeCount(p, entry.uri, articleKeyName(key)), 0),
  };
}

function safeCount(provider: ArticleAnnotationProvider, uri: vscode.Uri, article: string): number {
  try {
    return provider.countFor(uri, article);
  } catch {
    return 0; // a failing provider must not break the view
  }
}

/** Does the article match a filter text (case-insensitive, over name, title, outlet, date, place)? */
export function matchesFilter(entry: CorpusEntry, key: string, filter: string): boolean {
  if (!filter) return true;
  const meta = entry.meta(key);
  const needle = filter.toLocaleLowerCase();
  return [articleKeyName(key), meta.title, meta.outlet, meta.date, meta.place]
    .some((field) => field !== undefined && field.toLocaleLowerCase().includes(needle));
}

/** Article keys in the requested order. Dates sort newest first; undated articles go last. */
export function sortedKeys(entry: CorpusEntry, keys: readonly string[], order: SortOrder): string[] {
  const position = (key: string) => entry.indexOf(key);
  const sorted = [...keys];
  if (order === 'name') {
    sorted.sort((a, b) => articleKeyName(a).localeCompare(articleKeyName(b), undefined, { numeric: true }) || position(a) - position(b));
  } else if (order === 'date') {
    sorted.sort((a, b) => {
      const da = entry.meta(a).date ?? '';
      const db = entry.meta(b).date ?? '';
      if (da !== db) return !da ? 1 : !db ? -1 : db.localeCompare(da);
      return position(a) - position(b);
    });
  }
  return sorted;
}
