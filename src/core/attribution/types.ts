// Who said what in one article. All offsets are UTF-16 code units into the article body.

export type QuoteKind = 'full' | 'partial' | 'headline';

export interface Quote {
  /** The quoted words without the quotation marks. */
  start: number;
  end: number;
  /** Including the marks (for highlighting); equals start/end when a mark is missing. */
  outerStart: number;
  outerEnd: number;
  text: string;
  kind: QuoteKind;
  /** Index into ArticleAnalysis.speakers, or null when not attributed. */
  speakerId: number | null;
  /** Canonical name of the speaker, or null. */
  speaker: string | null;
  /** The mention that names the speaker for this quote (may be a pronoun's antecedent). */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The cue: 'said', 'told', 'according to', ... (lower-case lemma as written), or null. */
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  /** 0..1: how sure the engine is about the speaker. */
  confidence: number;
}

export type EntityKind = 'person' | 'organization';

export interface Speaker {
  id: number;
  /** Canonical name: the fullest form used in the article (e.g. "Dmitry Peskov"). */
  name: string;
  kind: EntityKind;
  /**
   * False when no name was found and a description speaks ("a senior official", "the
   * company"): `name` is then that description as written, without a leading article.
   */
  named: boolean;
  /** Role words seen with the name, e.g. "Kremlin spokesman". */
  titles: string[];
  /** Every mention of this entity [start, end). */
  mentions: Array<{ start: number; end: number }>;
}

export interface ArticleAnalysis {
  quotes: Quote[];
  speakers: Speaker[];
}
