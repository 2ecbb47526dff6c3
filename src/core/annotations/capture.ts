// Capturing an anchor from text: the quote, up to CONTEXT_LENGTH characters either side, and
// the start offset into the article body. Used when the user tags a selection, and when an
// anchor is moved to where re-anchoring found it (`check --fix`, live moves in the editor).
import type { ParsedCorpus } from '../corpus/types';
import { articleBody } from '../corpus/lookup';
import { CONTEXT_LENGTH, type AnchorResult, type Annotation } from './types';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The context around body[start, end), never splitting a surrogate pair at its outer edges. */
export function captureContext(body: string, start: number, end: number): { prefix: string; suffix: string } {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(body.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(body.length, end + CONTEXT_LENGTH);
  if (suffixEnd < body.length && isHighSurrogate(body.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return { prefix: body.slice(prefixStart, start), suffix: body.slice(end, Math.max(end, suffixEnd)) };
}

export interface NewAnnotation {
  id: string;
  article: string;
  /** The article's body text; start/end are offsets into it. */
  body: string;
  start: number;
  end: number;
  label: string;
  speaker?: string;
  note?: string;
  author?: string;
  created?: string;
  extra?: Record<string, unknown>;
}

/** An annotation on body[start, end). Throws RangeError for an empty or out-of-range selection. */
export function makeAnnotation(input: NewAnnotation): Annotation {
  const { body, start, end } = input;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > body.length || start >= end) {
    throw new RangeError(`makeAnnotation: [${start}, ${end}) is not a non-empty range of a ${body.length}-character body`);
  }
  const annotation: Annotation = {
    id: input.id,
    article: input.article,
    label: input.label,
    quote: body.slice(start, end),
    ...captureContext(body, start, end),
    start,
  };
  for (const key of ['speaker', 'note', 'author', 'created'] as const) {
    if (input[key] !== undefined) annotation[key] = input[key];
  }
  if (input.extra && Object.keys(input.extra).length) annotation.extra = input.extra;
  return annotation;
}

export interface UpdateAnchorOptions {
  /**
   * Also take the matched text as the new quote. Off by default: for a fuzzy match the saved
   * quote is what the person annotated, and replacing it is for them to accept.
   */
  adoptQuote?: boolean;
}

/**
 * The annotation anchored where `result` says (start, prefix, suffix, and article when it was
 * found in another one). Orphans come back unchanged, and so does an annotation whose anchor
 * is already up to date: the very same object, so a save sees nothing to write.
 */
export function updateAnchor(annotation: Annotation, corpus: ParsedCorpus, result: AnchorResult, options: UpdateAnchorOptions = {}): Annotation {
  if (result.state === 'orphaned' || result.start === undefined || result.end === undefined) return annotation;
  const name = result.article ?? annotation.article;
  const article = corpus.articles.find((a) => a.name === name);
  if (!article) return annotation;
  const body = articleBody(corpus, article);
  if (result.end > body.length || result.start > result.end) return annotation;
  const { prefix, suffix } = captureContext(body, result.start, result.end);
  const quote = options.adoptQuote || result.state !== 'fuzzy' ? body.slice(result.start, result.end) : annotation.quote;
  if (name === annotation.article && result.start === annotation.start && prefix === annotation.prefix
    && suffix === annotation.suffix && quote === annotation.quote) {
    return annotation;
  }
  return { ...annotation, article: name, start: result.start, prefix, suffix, quote };
}
