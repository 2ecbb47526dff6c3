// What the incremental parser remembers about a parse beyond the public ParsedCorpus. Kept in
// a WeakMap beside the corpus so the public objects stay plain data that compares deep-equal
// between a full and an incremental parse, and dies with the corpus.
import type { Diagnostic, ParsedCorpus } from './types';
import type { SegmentInfo } from './scan';
import type { PieceText } from './piece-text';
import type { NameIndex } from './names';

export interface CorpusState {
  /** [preamble, then one per article]. */
  segments: SegmentInfo[];
  /** Articles by name, for duplicate names and for which names an edit removed. */
  names: NameIndex;
  /** Line breaks per style (CRLF, LF, CR) in the whole file. */
  breakTotals: number[];
  /** The whole-file line-ending warning, the same object as in corpus.diagnostics. */
  mixed: Diagnostic | undefined;
  /** The text as pieces, so an edit never copies the whole file. */
  text: PieceText;
}

const states = new WeakMap<ParsedCorpus, CorpusState>();

export function setState(corpus: ParsedCorpus, state: CorpusState): void {
  states.set(corpus, state);
}

export function getState(corpus: ParsedCorpus): CorpusState | undefined {
  return states.get(corpus);
}

/** An incremental edit consumes the previous corpus's state (its articles are shifted in place). */
export function takeState(corpus: ParsedCorpus): CorpusState | undefined {
  const state = states.get(corpus);
  states.delete(corpus);
  return state;
}
