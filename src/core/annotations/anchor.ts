// Re-anchoring: where each annotation's quote sits in the current corpus text, after edits in
// the editor or outside it (git pull, checkout, another tool). In order:
//   exact     the quote is at its saved start (O(quote length));
//   moved     the quote is elsewhere in its article: the occurrence whose surroundings agree
//             best with the saved prefix/suffix, then the nearest to the saved start; or the
//             article is gone (renamed by hand or by another tool) and the quote was found in
//             another article, whose name the result carries;
//   fuzzy     an approximate match in the article (approx-string-match), with a 0..1 score;
//   orphaned  nowhere: the annotation is kept and shown, never dropped.
// Work is capped so that huge corpora stay fast: fuzzy search only looks at the article body
// (near the saved start when the body is huge), and a missing article is searched for across
// the corpus only a bounded number of times.
import type { Article, ParsedCorpus } from '../corpus/types';
import { articleBody } from '../corpus/lookup';
import type { AnchorResult, AnchorState, Annotation } from './types';
import { findExact, findFuzzy, type BodyMatch } from './anchor-match';

export interface AnchorOptions {
  /** Exact occurrences are looked for at most this far from the saved start (code units). */
  maxExactRadius?: number;
  /** Bodies longer than this are fuzzy-searched only within fuzzyWindow of the saved start. */
  maxFuzzyBodyLength?: number;
  fuzzyWindow?: number;
  /** Allowed edit distance as a share of the quote's length, and its cap. */
  fuzzyErrorRatio?: number;
  maxFuzzyErrors?: number;
  /** Fuzzy matches scoring below this are orphans. */
  minFuzzyScore?: number;
  /** Occurrences found in another article must agree with at least this share of the saved context. */
  minRenamedContext?: number;
  /** Whole-corpus searches that may fail for one missing article before its other annotations are left orphaned. */
  maxFailedRenameSearches?: number;
}

const DEFAULTS: Required<AnchorOptions> = {
  maxExactRadius: 8 * 1024 * 1024,
  maxFuzzyBodyLength: 1024 * 1024,
  fuzzyWindow: 64 * 1024,
  fuzzyErrorRatio: 0.25,
  maxFuzzyErrors: 64,
  minFuzzyScore: 0.5,
  minRenamedContext: 0.5,
  maxFailedRenameSearches: 16,
};

const ORPHANED: AnchorResult = Object.freeze({ state: 'orphaned', score: 0 }) as AnchorResult;

interface Found {
  state: Exclude<AnchorState, 'orphaned'>;
  match: BodyMatch;
}

/** What one re-anchoring pass over a corpus shares between annotations. */
class AnchorContext {
  readonly options: Required<AnchorOptions>;
  private readonly byName = new Map<string, Article>();
  private readonly bodies = new Map<Article, string>();
  /** Missing article name -> the article its annotations were found in. */
  readonly renames = new Map<string, Article>();
  readonly failedSearches = new Map<string, number>();

  constructor(readonly corpus: ParsedCorpus, options: AnchorOptions) {
    this.options = { ...DEFAULTS, ...options };
    for (const article of corpus.articles) if (!this.byName.has(article.name)) this.byName.set(article.name, article);
  }

  article(name: string): Article | undefined {
    return this.byName.get(name);
  }

  body(article: Article): string {
    let body = this.bodies.get(article);
    if (body === undefined) {
      body = articleBody(this.corpus, article);
      this.bodies.set(article, body);
    }
    return body;
  }
}

function anchorInBody(ctx: AnchorContext, body: string, a: Annotation): Found | undefined {
  const { quote, start } = a;
  if (start >= 0 && body.startsWith(quote, start)) {
    return { state: 'exact', match: { start, end: start + quote.length, score: 1 } };
  }
  const exact = findExact(body, quote, start, a.prefix, a.suffix, ctx.options.maxExactRadius);
  if (exact) return { state: 'moved', match: { ...exact, score: 1 } };
  const { maxFuzzyBodyLength, fuzzyWindow } = ctx.options;
  const whole = body.length <= maxFuzzyBodyLength;
  const from = whole ? 0 : Math.max(0, start - fuzzyWindow);
  const to = whole ? body.length : Math.min(body.length, start + quote.length + fuzzyWindow);
  const fuzzy = findFuzzy(body, from, to, quote, start, a.prefix, a.suffix, {
    errorRatio: ctx.options.fuzzyErrorRatio,
    maxErrors: ctx.options.maxFuzzyErrors,
    minScore: ctx.options.minFuzzyScore,
  });
  return fuzzy ? { state: 'fuzzy', match: fuzzy } : undefined;
}

function result(state: AnchorState, article: Article, match: BodyMatch): AnchorResult {
  return { state, article: article.name, start: match.start, end: match.end, score: state === 'fuzzy' ? match.score : 1 };
}

/** The quote's best exact occurrence in any article, for an annotation whose article is gone. */
function searchAllArticles(ctx: AnchorContext, a: Annotation): { article: Article; match: BodyMatch } | undefined {
  let best: { article: Article; match: BodyMatch } | undefined;
  for (const article of ctx.corpus.articles) {
    // A result names its article, and a duplicated name means the first article of that name:
    // a later namesake can't be pointed at, so anchoring there would point somewhere else.
    if (ctx.article(article.name) !== article) continue;
    const match = findExact(ctx.body(article), a.quote, a.start, a.prefix, a.suffix, ctx.options.maxExactRadius);
    if (!match || match.score < ctx.options.minRenamedContext) continue;
    // Best context first, then nearest the saved start; the earlier article on a tie.
    if (!best || match.score > best.match.score
      || (match.score === best.match.score && Math.abs(match.start - a.start) < Math.abs(best.match.start - a.start))) {
      best = { article, match };
    }
  }
  return best;
}

function anchorInOtherArticle(ctx: AnchorContext, a: Annotation): AnchorResult {
  const renamed = ctx.renames.get(a.article);
  if (renamed) {
    const found = anchorInBody(ctx, ctx.body(renamed), a);
    if (found) return result(found.state === 'exact' ? 'moved' : found.state, renamed, found.match);
  }
  const failures = ctx.failedSearches.get(a.article) ?? 0;
  if (failures >= ctx.options.maxFailedRenameSearches) return ORPHANED;
  const hit = searchAllArticles(ctx, a);
  if (!hit) {
    ctx.failedSearches.set(a.article, failures + 1);
    return ORPHANED;
  }
  ctx.renames.set(a.article, hit.article);
  return result('moved', hit.article, { ...hit.match, score: 1 });
}

function anchorWith(ctx: AnchorContext, a: Annotation): AnchorResult {
  if (!a.quote) return ORPHANED;
  const article = ctx.article(a.article);
  if (!article) return anchorInOtherArticle(ctx, a);
  const found = anchorInBody(ctx, ctx.body(article), a);
  return found ? result(found.state, article, found.match) : ORPHANED;
}

/** Where one annotation sits in the corpus now. */
export function anchorAnnotation(annotation: Annotation, corpus: ParsedCorpus, options: AnchorOptions = {}): AnchorResult {
  return anchorWith(new AnchorContext(corpus, options), annotation);
}

/**
 * Where every annotation sits now, by id. Annotations of one renamed article are looked for
 * first where their siblings were found, so a rename costs one corpus-wide search, not one
 * per annotation.
 */
export function reanchorAll(annotations: readonly Annotation[], corpus: ParsedCorpus, options: AnchorOptions = {}): Map<string, AnchorResult> {
  const ctx = new AnchorContext(corpus, options);
  const results = new Map<string, AnchorResult>();
  for (const annotation of annotations) results.set(annotation.id, anchorWith(ctx, annotation));
  return results;
}
