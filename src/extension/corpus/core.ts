// The one place the extension reaches into src/core: if a core signature changes, only this
// adapter changes. Everything here is pure and synchronous.
import {
  applyEdits,
  articleBody,
  describeArticle,
  textSlice,
  parseCorpus,
  type Article,
  type ArticleMeta,
  type IncrementalResult,
  type ParsedCorpus,
  type TextEdit,
} from '../../core/corpus';
import { analyzeArticle } from '../../core/attribution';
import type { ArticleAnalysis } from '../../core/attribution/types';

export type { Article, ArticleMeta, ParsedCorpus, TextEdit, IncrementalResult, ArticleAnalysis };
export type { Diagnostic as CorpusDiagnostic } from '../../core/corpus';
export type { Quote, Speaker } from '../../core/attribution/types';
export { LineIndex, articleAt, type Position as LineIndexPosition } from '../../core/corpus';

export function parse(text: string): ParsedCorpus {
  return parseCorpus(text);
}

/**
 * Applies the changes of one change event, each against the text the previous ones produced
 * (VS Code reports them that way, last offset first). The previous corpus object is consumed.
 */
export function edit(corpus: ParsedCorpus, changes: readonly TextEdit[]): IncrementalResult {
  return applyEdits(corpus, changes);
}

/** text.slice for a corpus that may have been edited incrementally (its text is kept in pieces). */
export function sliceOf(corpus: ParsedCorpus, start: number, end: number): string {
  return textSlice(corpus, start, end);
}

export function bodyOf(corpus: ParsedCorpus, article: Article): string {
  return articleBody(corpus, article);
}

export function metaOf(corpus: ParsedCorpus, article: Article): ArticleMeta {
  return describeArticle(articleBody(corpus, article), article.attributes);
}

export function analyze(body: string): ArticleAnalysis {
  return analyzeArticle(body);
}
