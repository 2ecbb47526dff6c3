// The user's annotations: what is stored in `NAME.annotations.yaml` beside a corpus `NAME`.

export interface Annotation {
  /** Stable short id (lower-case base36), unique within the sidecar. */
  id: string;
  /** Name of the article the annotation belongs to. */
  article: string;
  label: string;
  /** Anchor: the exact annotated text, up to 32 characters before and after it, and the start offset into the article body. */
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  speaker?: string;
  note?: string;
  author?: string;
  /** ISO 8601 UTC timestamps, second precision. */
  created?: string;
  updated?: string;
  /** Fields a team added; kept and written back after the known ones. */
  extra?: Record<string, unknown>;
}

/** Where an annotation sits in the current text after re-anchoring. */
export type AnchorState = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

export interface AnchorResult {
  state: AnchorState;
  /** Article the anchor was found in (differs from annotation.article when the article was renamed). */
  article?: string;
  /** Offsets into that article's body; absent when orphaned. */
  start?: number;
  end?: number;
  /** 0..1 similarity for fuzzy matches (1 for exact/moved). */
  score: number;
}

/** The known fields of an annotation, in the order the sidecar writes them. */
export const ANNOTATION_FIELDS = [
  'id', 'article', 'label', 'quote', 'prefix', 'suffix', 'start',
  'speaker', 'note', 'author', 'created', 'updated',
] as const;

export type AnnotationField = (typeof ANNOTATION_FIELDS)[number];

/** Longest prefix/suffix context captured around a quote (W3C TextQuoteSelector style). */
export const CONTEXT_LENGTH = 32;
