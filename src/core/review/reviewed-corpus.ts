// The one pass every review output starts from: each article of a corpus with its body,
// headline, detected quotes and the annotations that belong to it now (re-anchored against
// the current text, so a report or an export never shows stale offsets). Report, exports and
// brat documents are all views of this.
import { analyzeArticle, type ArticleAnalysis } from '../attribution';
import { articleBody, describeArticle, type Article, type ArticleMeta, type ParsedCorpus } from '../corpus';
import { NO_SPEAKER_ALIASES, aliasedAnnotation, applySpeakerAliases, reanchorAll, type AnchorResult, type Annotation, type SpeakerAliases } from '../annotations';

export interface ReviewInput {
  /** The corpus file as outputs name it (a path as given, or relative to the repository). */
  file: string;
  corpus: ParsedCorpus;
  /** The sidecar's annotations; empty when the corpus has none. */
  annotations: readonly Annotation[];
  /** The sidecar as outputs name it, when there is one. */
  sidecar?: string;
  /** A sidecar that exists but could not be read or parsed (its annotations are then empty). */
  unreadableSidecar?: string;
}

export interface ReviewOptions {
  /** Finds quotes and speakers in a body; tests pass a fixed one. Defaults to analyzeArticle. */
  analyze?: (body: string) => ArticleAnalysis;
  /**
   * The taxonomy's speaker aliases: detected speakers and the annotations' `speaker` are then
   * under their canonical names (a report or export reads as the team names people).
   */
  speakerAliases?: SpeakerAliases;
}

export interface PlacedAnnotation {
  annotation: Annotation;
  anchor: AnchorResult;
  /** The text at the anchor now (what a fuzzy match found), or the saved quote when orphaned. */
  text: string;
}

export interface ReviewedArticle {
  article: Article;
  body: string;
  meta: ArticleMeta;
  analysis: ArticleAnalysis;
  /** Annotations found in this article (or saved against it and orphaned): by start, orphans last. */
  annotations: PlacedAnnotation[];
}

export interface ReviewedCorpus {
  file: string;
  sidecar?: string;
  unreadableSidecar?: string;
  articles: ReviewedArticle[];
  /** Orphaned annotations whose article is not in the corpus at all. */
  unplaced: PlacedAnnotation[];
}

export function isPlaced(p: PlacedAnnotation): p is PlacedAnnotation & { anchor: { start: number; end: number } } {
  return p.anchor.state !== 'orphaned' && p.anchor.start !== undefined && p.anchor.end !== undefined;
}

function byPosition(a: PlacedAnnotation, b: PlacedAnnotation): number {
  const pa = isPlaced(a);
  const pb = isPlaced(b);
  if (pa !== pb) return pa ? -1 : 1;
  if (!pa || !pb) return 0; // orphans keep their sidecar order (the sort is stable)
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end
    || (a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0);
}

export function reviewCorpus(input: ReviewInput, options: ReviewOptions = {}): ReviewedCorpus {
  const aliases = options.speakerAliases ?? NO_SPEAKER_ALIASES;
  const engine = options.analyze ?? analyzeArticle;
  const analyze = (body: string) => applySpeakerAliases(engine(body), aliases);
  const { corpus } = input;
  const annotations = input.annotations.map((a) => aliasedAnnotation(a, aliases));
  const anchors = reanchorAll(annotations, corpus);
  const articles: ReviewedArticle[] = [];
  // Duplicate names are diagnosed by the parser; annotations go to the first one, as anchoring does.
  const byName = new Map<string, ReviewedArticle>();
  for (const article of corpus.articles) {
    const body = articleBody(corpus, article);
    const reviewed: ReviewedArticle = { article, body, meta: describeArticle(body, article.attributes), analysis: analyze(body), annotations: [] };
    articles.push(reviewed);
    if (!byName.has(article.name)) byName.set(article.name, reviewed);
  }
  const unplaced: PlacedAnnotation[] = [];
  for (const annotation of annotations) {
    const anchor = anchors.get(annotation.id) ?? { state: 'orphaned', score: 0 };
    // A renamed article's annotations are shown where their quote is now.
    const home = byName.get(anchor.article ?? annotation.article);
    const text = home && anchor.state !== 'orphaned' && anchor.start !== undefined && anchor.end !== undefined
      ? home.body.slice(anchor.start, anchor.end)
      : annotation.quote;
    const placed: PlacedAnnotation = { annotation, anchor, text };
    if (home) home.annotations.push(placed);
    else unplaced.push(placed);
  }
  for (const a of articles) a.annotations.sort(byPosition);
  const result: ReviewedCorpus = { file: input.file, articles, unplaced };
  if (input.sidecar !== undefined) result.sidecar = input.sidecar;
  if (input.unreadableSidecar !== undefined) result.unreadableSidecar = input.unreadableSidecar;
  return result;
}
