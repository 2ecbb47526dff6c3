// The shape of a parsed corpus file (format: one file, many `<<<FILE name>>>` articles).
// All offsets are UTF-16 code units into the whole file text (what VS Code's offsetAt uses),
// unless a name says otherwise. Lines and columns are 0-based; printers add 1.

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. 'duplicate-name', 'text-before-first-header'. */
  code: string;
  message: string;
  /** Offset of the problem in the file text, and how many code units it covers (>= 0). */
  offset: number;
  length: number;
  line: number;
  column: number;
}

/** How the article's header was written; only `standard` is ever written by us. */
export type HeaderDialect = 'standard' | 'colon' | 'block';

export interface Article {
  name: string;
  /** `key="value"` attributes of the header line, in the order written. */
  attributes: Record<string, string>;
  dialect: HeaderDialect;
  /** 0-based line of the header. */
  headerLine: number;
  /** The header line without its line break. */
  headerStart: number;
  headerEnd: number;
  /** Body: from right after the header's line break to the start of the next header / closing line / EOF. */
  bodyStart: number;
  bodyEnd: number;
  /** The explicit closing line (`<<<END FILE>>>`, `<<<END>>>` or block-form `>>>`), when present. */
  closeStart?: number;
  closeEnd?: number;
  /** Where the article ends as a whole (after its closing line, or = bodyEnd). */
  end: number;
}

export interface ParsedCorpus {
  text: string;
  articles: Article[];
  diagnostics: Diagnostic[];
}

/** A text change in the style of a content change event: replace [offset, offset+removed) with inserted. */
export interface TextEdit {
  offset: number;
  removed: number;
  inserted: string;
}

export interface IncrementalResult {
  corpus: ParsedCorpus;
  /** Names of articles whose header or body changed (including added ones). */
  changed: string[];
  /** Names of articles present before and gone now. */
  removed: string[];
  /**
   * The part of the new text that was scanned again, [start, end); what lies outside it was
   * only shifted. For a batch, the span covering every edit's re-scan, in the final text.
   */
  rescanned?: { start: number; end: number };
}

/** What the Articles view shows for an article, derived from its body text. */
export interface ArticleMeta {
  /** The headline, not boilerplate such as "All news" or a navigation line. */
  title: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) when the text or attributes give one. */
  date?: string;
  /** The dateline's date as written when it has no year ("May 14"); only set when `date` is not. */
  dateText?: string;
  /** The dateline place, e.g. "MOSCOW". */
  place?: string;
}
