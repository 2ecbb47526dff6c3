// What a sidecar file holds before its values are checked: entries as lists of fields with the
// offsets of their keys and values. Both readers (the fast line reader and the `yaml` package)
// produce this, and the writer splices the file text using these offsets, so that saving
// touches only the lines of the fields that changed.

export interface RawField {
  key: string;
  /** JSON-like value as YAML reads it (string, number, boolean, null, lists, maps). */
  value: unknown;
  keyOffset: number;
  /** The value's source text [valueOffset, valueEnd); both are right after the colon when it is empty. */
  valueOffset: number;
  valueEnd: number;
  /** The value is one scalar on the key's line: rewriting [valueOffset, valueEnd) keeps any comment after it. */
  inline: boolean;
  /** End of the field's last line, before its line break. */
  lineEnd: number;
}

export interface RawEntry {
  /** Offset of the item's `-`. */
  dash: number;
  /** Start of the comment and blank lines above the item, which travel with it when entries are reordered. */
  chunkStart: number;
  /** After the line break of the item's last line (or the end of the text). */
  end: number;
  /** Column of the entry's keys, for fields the writer adds. */
  keyIndent: number;
  /** The item's fields, in file order; undefined when the item is not a mapping. */
  fields: RawField[] | undefined;
}

/** The `annotations:` line, for writing the first entry into an empty list or emptying it. */
export interface AnnotationsKeyLine {
  /** Offset right after the colon. */
  keyEnd: number;
  /** `[]` written after the key (an empty flow list). */
  flowEmpty: boolean;
  /** The `[]` when flowEmpty, else both keyEnd. */
  valueStart: number;
  valueEnd: number;
  /** After the line's line break (or the end of the text). */
  eolEnd: number;
}

/** How the file is laid out, when the writer can splice it; see sidecar-segment.ts. */
export interface SpliceLayout {
  /** Absent when the file has no `annotations` key. */
  annotationsLine: AnnotationsKeyLine | undefined;
  /** Column of the entries' `-` (2 when there are no entries yet). */
  dashIndent: number;
  /** Line break used for lines the writer adds: the file's first one. */
  eol: '\n' | '\r\n';
}

export interface RawSidecar {
  text: string;
  /** The `version` pair, when present. */
  version: RawField | undefined;
  /** Set when `annotations` is present but not a list (an error). */
  annotationsNotAList: { offset: number } | undefined;
  entries: RawEntry[];
  /** Undefined when the file was read by the `yaml` package as a whole: then the writer edits a yaml Document. */
  layout: SpliceLayout | undefined;
}
