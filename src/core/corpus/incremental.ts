// Incremental re-parse: the editor calls applyEdit on every keystroke, on files of 50 MB.
//
// The file is a sequence of segments — the preamble, then one per article from its header line
// to the next header line — and everything the scanner reports about a segment depends only on
// its own text (a header line is recognised without context). So an edit re-scans only the
// segments it touches, widened by one character each side (an edit next to a line break can
// join or split a \r\n, or pull a header off its line start) and to the left by one more
// segment when it touches a header line (which may stop being a header). Later articles and
// diagnostics are shifted in place by the length and line deltas: O(articles) additions, no
// work over the text. The two whole-file checks, duplicate names and mixed line endings, are
// redone from per-segment summaries, and only when something they depend on changed.
//
// Ownership: applyEdit consumes `prev`. Its Article and Diagnostic objects after the edit are
// updated in place (so a view holding one keeps a valid position) and its arrays are reused;
// read only the returned corpus. Calling applyEdit twice on the same prev still works (it
// falls back to a full parse of prev.text) but is slow.
import type { Article, Diagnostic, IncrementalResult, ParsedCorpus, TextEdit } from './types';
import { compareDiagnostics, diagnosticInsertionIndex, firstDiagnosticAtOrAfter } from './diagnostics';
import { scanRegion, type SegmentInfo } from './scan';
import { addBreakTotals, duplicateNameDiagnostic, mixedLineEndings } from './whole-file';
import { parseCorpus } from './parse';
import { getState, setState, takeState, type CorpusState } from './state';
import type { PieceText } from './piece-text';

/** Applies one edit to a parsed corpus; the result equals parseCorpus(edited text). */
export function applyEdit(prev: ParsedCorpus, edit: TextEdit): IncrementalResult {
  const step = applyOne(prev, edit);
  const names = step.state.names;
  const changed = step.changed.filter((name) => names.count(name) > 0);
  const removed = [...step.touched.keys()].filter((name) => step.touched.get(name)! > 0 && names.count(name) === 0);
  return { corpus: step.corpus, changed: unique(changed), removed, rescanned: step.rescanned };
}

/**
 * Applies edits in order, each against the text the previous ones produced (to apply a VS Code
 * change event whose changes all refer to the text before it, pass them last-offset-first).
 */
export function applyEdits(prev: ParsedCorpus, edits: readonly TextEdit[]): IncrementalResult {
  let corpus = prev;
  const changed: string[] = [];
  const before = new Map<string, number>(); // name -> how many articles had it before the first edit
  let rescanned: { start: number; end: number } | undefined;
  for (const edit of edits) {
    const step = applyOne(corpus, edit);
    rescanned = coverRescans(rescanned, step.rescanned, step.edit);
    for (const [name, count] of step.touched) if (!before.has(name)) before.set(name, count);
    changed.push(...step.changed);
    corpus = step.corpus;
  }
  const names = getState(corpus)?.names;
  const count = (name: string): number => names?.count(name) ?? 0;
  return {
    corpus,
    changed: unique(changed.filter((name) => count(name) > 0)),
    removed: [...before.keys()].filter((name) => before.get(name)! > 0 && count(name) === 0),
    rescanned,
  };
}

/** The span covering an earlier re-scan (moved by a later edit's length change) and a new one. */
function coverRescans(
  previous: { start: number; end: number } | undefined,
  next: { start: number; end: number },
  edit: TextEdit,
): { start: number; end: number } {
  if (!previous) return next;
  // Where a position of the text before `edit` is after it (inside the removed part: at the edit).
  const move = (x: number): number => (x <= edit.offset ? x : x >= edit.offset + edit.removed ? x - edit.removed + edit.inserted.length : edit.offset);
  return { start: Math.min(move(previous.start), next.start), end: Math.max(move(previous.end), next.end) };
}

interface Step {
  corpus: ParsedCorpus;
  state: CorpusState;
  changed: string[];
  /** Names of the articles in the re-scanned region (before and after), with their counts before the edit. */
  touched: Map<string, number>;
  rescanned: { start: number; end: number };
  /** The edit as applied (clamped to the text). */
  edit: TextEdit;
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function spliceInPlace<T>(arr: T[], start: number, deleteCount: number, items: readonly T[]): void {
  if (items.length <= 4096) {
    arr.splice(start, deleteCount, ...items);
    return;
  }
  // Spreading a huge array would overflow the call stack.
  const tail = arr.slice(start + deleteCount);
  arr.length = start;
  for (const item of items) arr.push(item);
  for (const item of tail) arr.push(item);
}

/** Index of the segment holding offset p: 0 = preamble, k = article k-1. */
function segmentAt(articles: readonly Article[], p: number): number {
  let lo = 0;
  let hi = articles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (articles[mid].headerStart <= p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function shiftArticle(a: Article, delta: number, lineDelta: number): void {
  a.headerLine += lineDelta;
  a.headerStart += delta;
  a.headerEnd += delta;
  a.bodyStart += delta;
  a.bodyEnd += delta;
  if (a.closeStart !== undefined) a.closeStart += delta;
  if (a.closeEnd !== undefined) a.closeEnd += delta;
  a.end += delta;
}

function clampEdit(edit: TextEdit, length: number): TextEdit {
  const num = (x: number): number => (Number.isFinite(x) ? Math.trunc(x) : 0);
  const offset = Math.max(0, Math.min(num(edit.offset), length));
  const removed = Math.max(0, Math.min(num(edit.removed), length - offset));
  return { offset, removed, inserted: typeof edit.inserted === 'string' ? edit.inserted : '' };
}

function applyOne(prevIn: ParsedCorpus, rawEdit: TextEdit): Step {
  let prev = prevIn;
  let state = takeState(prev);
  if (!state) {
    prev = parseCorpus(prevIn.text); // not ours, or already consumed: start from its text
    state = takeState(prev)!;
  }
  const oldText: PieceText = state.text;
  const edit = clampEdit(rawEdit, oldText.length);
  const { offset, removed, inserted } = edit;
  const articles = prev.articles;
  const diagnostics = prev.diagnostics;

  if (removed === 0 && inserted === '') {
    setState(prev, state);
    return { corpus: prev, state, changed: [], touched: new Map(), rescanned: { start: offset, end: offset }, edit };
  }

  // The segments to re-scan: [first, last].
  let first = segmentAt(articles, Math.max(0, offset - 1));
  if (first > 0 && offset <= articles[first - 1].bodyStart) first--; // the edit touches a header line
  let last = segmentAt(articles, offset + removed);
  // A header right after a BOM is at a line start only while the BOM starts the file.
  if (last === 0 && articles.length > 0 && articles[0].headerStart === 1) last = 1;
  const aFrom = Math.max(0, first - 1); // articles aFrom .. last-1 are re-scanned
  const regionStart = first === 0 ? 0 : articles[first - 1].headerStart;
  const regionEnd = last < articles.length ? articles[last].headerStart : oldText.length;
  const startLine = first === 0 ? 0 : articles[first - 1].headerLine;
  const delta = inserted.length - removed;

  const newText = oldText.replace(offset, removed, inserted);
  const regionText = newText.slice(regionStart, regionEnd + delta);
  const region = scanRegion(regionText, regionStart, startLine, first === 0, first > 0 && newText.slice(0, 1) === '\uFEFF');

  // Duplicate names, part 1, while all offsets are still those of the old text: take the
  // re-scanned articles out of the name index (or swap in their new objects when the names
  // are the same, the usual case of a keystroke in a body).
  const oldRegion = articles.slice(aFrom, last);
  const names = state.names;
  const touched = new Map<string, number>(); // name -> count before the edit
  for (const a of [...oldRegion, ...region.articles]) if (!touched.has(a.name)) touched.set(a.name, names.count(a.name));
  const sameNames = oldRegion.length === region.articles.length && oldRegion.every((a, i) => a.name === region.articles[i].name);
  const firstBefore = new Map<string, Article | undefined>();
  if (sameNames) {
    names.replaceAll(oldRegion, region.articles);
  } else {
    for (const name of touched.keys()) firstBefore.set(name, names.first(name));
    for (const a of oldRegion) names.remove(a);
  }

  // Articles: replace the re-scanned ones, shift the later ones in place.
  const lineDelta = last < articles.length ? region.lineBreaks - (articles[last].headerLine - startLine) : 0;
  if (delta !== 0 || lineDelta !== 0) {
    for (let i = last; i < articles.length; i++) shiftArticle(articles[i], delta, lineDelta);
  }
  spliceInPlace(articles, aFrom, last - aFrom, region.articles);
  const oldSegments = state.segments.slice(first, last + 1);
  spliceInPlace<SegmentInfo>(state.segments, first, last + 1 - first, region.segments);

  // Diagnostics: drop the whole-file line-ending one, replace the region's, shift the later ones.
  if (state.mixed) removeDiagnostic(diagnostics, state.mixed);
  const lo = firstDiagnosticAtOrAfter(diagnostics, regionStart);
  const hi = firstDiagnosticAtOrAfter(diagnostics, regionEnd);
  if (delta !== 0 || lineDelta !== 0) {
    for (let i = hi; i < diagnostics.length; i++) {
      diagnostics[i].offset += delta;
      diagnostics[i].line += lineDelta;
    }
  }

  // Duplicate names, part 2, in the new offsets: put the new articles in the name index, report
  // the re-scanned ones that are duplicates, and for each name whose first article changed, the
  // old first one (now a duplicate) and the new first one (no longer one) outside the region.
  if (!sameNames) for (const a of region.articles) names.insert(a);
  const regionDiagnostics = region.diagnostics;
  let addedDuplicates = false;
  region.articles.forEach((a, i) => {
    if (names.isDuplicate(a)) {
      regionDiagnostics.push(duplicateNameDiagnostic(a, region.segments[i + (first === 0 ? 1 : 0)]));
      addedDuplicates = true;
    }
  });
  if (addedDuplicates) regionDiagnostics.sort(compareDiagnostics);
  spliceInPlace(diagnostics, lo, hi - lo, regionDiagnostics);
  if (!sameNames) {
    const inOldRegion = new Set(oldRegion);
    const inNewRegion = new Set(region.articles);
    for (const [name, before] of firstBefore) {
      const after = names.first(name);
      if (name === '' || before === after) continue;
      if (before && !inOldRegion.has(before)) insertDiagnostic(diagnostics, duplicateNameDiagnostic(before, segmentOf(articles, state.segments, before)));
      if (after && !inNewRegion.has(after)) removeDiagnostic(diagnostics, duplicateNameDiagnostic(after, segmentOf(articles, state.segments, after)));
    }
  }

  // Mixed line endings, from the per-segment summaries.
  addBreakTotals(state.breakTotals, oldSegments, -1);
  addBreakTotals(state.breakTotals, region.segments, 1);
  state.mixed = mixedLineEndings(articles, state.segments, state.breakTotals);
  if (state.mixed) diagnostics.splice(diagnosticInsertionIndex(diagnostics, state.mixed), 0, state.mixed);

  const changed = changedNames(oldRegion, oldText, region.articles, regionText, regionStart);
  state.text = newText;
  const corpus: ParsedCorpus = { text: newText.toString(), articles, diagnostics };
  setState(corpus, state);
  return {
    corpus, state, changed, touched,
    rescanned: { start: regionStart, end: regionEnd + delta },
    edit,
  };
}

/** Removes the diagnostic equal in offset and code to d (there is at most one). */
function removeDiagnostic(list: Diagnostic[], d: Diagnostic): void {
  for (let i = diagnosticInsertionIndex(list, d); i < list.length && list[i].offset === d.offset; i++) {
    if (list[i].code === d.code) {
      list.splice(i, 1);
      return;
    }
  }
}

function insertDiagnostic(list: Diagnostic[], d: Diagnostic): void {
  list.splice(diagnosticInsertionIndex(list, d), 0, d);
}

/** The segment summary of an article (binary search by its header offset). */
function segmentOf(articles: readonly Article[], segments: readonly SegmentInfo[], article: Article): SegmentInfo {
  return segments[segmentAt(articles, article.headerStart)];
}

/** Articles of the new region whose header or body text differs from the same-named old one. */
function changedNames(oldRegion: readonly Article[], oldText: PieceText, newRegion: readonly Article[], regionText: string, base: number): string[] {
  const unmatched = new Map<string, Article[]>();
  for (const a of oldRegion) {
    const list = unmatched.get(a.name);
    if (list) list.push(a);
    else unmatched.set(a.name, [a]);
  }
  const changed: string[] = [];
  for (const a of newRegion) {
    const old = unmatched.get(a.name)?.shift();
    const same = old !== undefined &&
      oldText.slice(old.headerStart, old.headerEnd) === regionText.slice(a.headerStart - base, a.headerEnd - base) &&
      oldText.slice(old.bodyStart, old.bodyEnd) === regionText.slice(a.bodyStart - base, a.bodyEnd - base);
    if (!same) changed.push(a.name);
  }
  return changed;
}
