// W3C Web Annotation (JSON-LD) export: an AnnotationCollection whose first AnnotationPage holds
// every annotation, and, with `what` all/quotes, every detected quote as a machine-made
// annotation. Each targets `FILE#ARTICLE` (the article as a resource) with a TextQuoteSelector
// (exact, prefix, suffix: 32 characters of context, as in the sidecar) and a
// TextPositionSelector over the article body. The model counts positions in Unicode code
// points, not UTF-16 units, so offsets are converted (they differ after emoji and other
// astral characters). Orphans keep only their saved TextQuoteSelector.
import { captureContext, type Annotation } from '../annotations';
import type { Quote } from '../attribution';
import { codePointConverter, type CodePointOffset } from './code-points';
import type { ExportWhat } from './export-rows';
import { isPlaced, type PlacedAnnotation, type ReviewedArticle, type ReviewedCorpus } from './reviewed-corpus';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3cOptions {
  /** Prepended to file paths to make IRIs (e.g. a repository's raw-file URL). Default: none, so ids are relative IRI references. */
  baseIri?: string;
  what?: ExportWhat;
  /** The tool, as `generator` of the collection and `creator` of detected quotes. */
  generator?: { name: string; homepage?: string };
}

type Json = Record<string, unknown>;

/** A path as an IRI reference: each segment percent-encoded, separators kept. */
function iriPath(path: string): string {
  return path.replace(/\\/g, '/').split('/').map((s) => encodeURIComponent(s)).join('/');
}

/** `FILE#ARTICLE`, the article as a resource. */
export function articleIri(file: string, article: string, baseIri = ''): string {
  return `${baseIri}${iriPath(file)}#${encodeURIComponent(article)}`;
}

function selectors(body: string, toCodePoints: CodePointOffset, start: number, end: number): Json[] {
  const { prefix, suffix } = captureContext(body, start, end);
  return [
    { type: 'TextQuoteSelector', exact: body.slice(start, end), prefix, suffix },
    { type: 'TextPositionSelector', start: toCodePoints(start), end: toCodePoints(end) },
  ];
}

function textualBody(value: string, purpose: string): Json {
  return { type: 'TextualBody', value, format: 'text/plain', purpose };
}

function annotationBodies(a: Annotation): Json[] {
  const bodies = [textualBody(a.label, 'tagging')];
  if (a.speaker !== undefined) bodies.push(textualBody(`speaker: ${a.speaker}`, 'describing'));
  if (a.note !== undefined) bodies.push(textualBody(a.note, 'commenting'));
  return bodies;
}

function userAnnotation(p: PlacedAnnotation, corpus: ReviewedCorpus, article: ReviewedArticle | undefined, toCodePoints: CodePointOffset | undefined, base: string): Json {
  const a = p.annotation;
  const sidecar = corpus.sidecar ?? `${corpus.file}.annotations.yaml`;
  const articleName = article?.article.name ?? a.article;
  const target: Json = { source: articleIri(corpus.file, articleName, base) };
  target.selector = article && toCodePoints && isPlaced(p)
    ? selectors(article.body, toCodePoints, p.anchor.start, p.anchor.end)
    : [{ type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix, suffix: a.suffix }];
  const out: Json = {
    id: `${base}${iriPath(sidecar)}#${encodeURIComponent(a.id)}`,
    type: 'Annotation',
    motivation: a.note !== undefined ? ['tagging', 'commenting'] : 'tagging',
  };
  if (a.author !== undefined) out.creator = { type: 'Person', nickname: a.author };
  if (a.created !== undefined) out.created = a.created;
  if (a.updated !== undefined) out.modified = a.updated;
  out.body = annotationBodies(a);
  out.target = target;
  return out;
}

function quoteAnnotation(q: Quote, index: number, corpus: ReviewedCorpus, article: ReviewedArticle, toCodePoints: CodePointOffset, options: W3cOptions): Json {
  const base = options.baseIri ?? '';
  const bodies = [textualBody('quote', 'tagging')];
  if (q.speaker !== null) bodies.push(textualBody(`speaker: ${q.speaker}`, 'describing'));
  if (q.cue !== null) bodies.push(textualBody(`cue: ${q.cue}`, 'describing'));
  const out: Json = {
    id: `${articleIri(corpus.file, article.article.name, base)}/quote/${index + 1}`,
    type: 'Annotation',
    motivation: 'identifying',
  };
  if (options.generator) out.creator = { type: 'Software', name: options.generator.name };
  out.body = bodies;
  out.target = { source: articleIri(corpus.file, article.article.name, base), selector: selectors(article.body, toCodePoints, q.start, q.end) };
  return out;
}

/** The Annotation objects of one corpus (without @context; a collection carries it). */
export function w3cAnnotations(corpus: ReviewedCorpus, options: W3cOptions = {}): Json[] {
  const what = options.what ?? 'all';
  const base = options.baseIri ?? '';
  const items: Json[] = [];
  for (const article of corpus.articles) {
    const toCodePoints = codePointConverter(article.body);
    if (what !== 'quotes') for (const p of article.annotations) items.push(userAnnotation(p, corpus, article, toCodePoints, base));
    if (what !== 'annotations') article.analysis.quotes.forEach((q, i) => items.push(quoteAnnotation(q, i, corpus, article, toCodePoints, options)));
  }
  if (what !== 'quotes') for (const p of corpus.unplaced) items.push(userAnnotation(p, corpus, undefined, undefined, base));
  return items;
}

/** One AnnotationCollection with a single page holding the annotations of all the corpora. */
export function w3cCollection(corpora: readonly ReviewedCorpus[], options: W3cOptions = {}): Json {
  const base = options.baseIri ?? '';
  const items = corpora.flatMap((c) => w3cAnnotations(c, options));
  const id = corpora.length === 1 ? `${base}${iriPath(corpora[0].file)}.annotations` : `${base}news-annotator-export`;
  const collection: Json = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: corpora.length === 1 ? `Annotations of ${corpora[0].file}` : `Annotations of ${corpora.length} corpus files`,
    total: items.length,
  };
  if (options.generator) {
    collection.generator = { type: 'Software', name: options.generator.name, ...(options.generator.homepage ? { homepage: options.generator.homepage } : {}) };
  }
  collection.first = { id: `${id}?page=0`, type: 'AnnotationPage', startIndex: 0, items };
  return collection;
}

export function renderW3c(corpora: readonly ReviewedCorpus[], options: W3cOptions = {}): string {
  return `${JSON.stringify(w3cCollection(corpora, options), null, 2)}\n`;
}
