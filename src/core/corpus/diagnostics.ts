// Diagnostic codes of the corpus parser, their severities, and the one order every list of
// diagnostics is kept in. The incremental parser splices lists instead of re-sorting them, so
// the order must be total: (offset, then code rank) never ties for two distinct diagnostics.
import type { Diagnostic, Severity } from './types';

/** Every code the parser emits, in tie-break order (the rank is the index). */
export const DIAGNOSTIC_CODES = [
  'bom',
  'text-before-first-header',
  'unterminated-block',
  'empty-name',
  'duplicate-name',
  'malformed-attributes',
  'duplicate-attribute',
  'malformed-header',
  'malformed-close',
  'stray-close',
  'header-not-at-line-start',
  'mixed-line-endings',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export const SEVERITY: Record<DiagnosticCode, Severity> = {
  'bom': 'info',
  'text-before-first-header': 'warning',
  'unterminated-block': 'error',
  'empty-name': 'error',
  'duplicate-name': 'error',
  'malformed-attributes': 'warning',
  'duplicate-attribute': 'warning',
  'malformed-header': 'warning',
  'malformed-close': 'warning',
  'stray-close': 'warning',
  'header-not-at-line-start': 'warning',
  'mixed-line-endings': 'warning',
};

const RANK: Record<string, number> = Object.fromEntries(DIAGNOSTIC_CODES.map((code, i) => [code, i]));

export function makeDiagnostic(
  code: DiagnosticCode,
  message: string,
  offset: number,
  length: number,
  line: number,
  column: number,
): Diagnostic {
  return { severity: SEVERITY[code], code, message, offset, length, line, column };
}

/** The canonical order: by offset, then by code rank. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.offset - b.offset || (RANK[a.code] ?? 99) - (RANK[b.code] ?? 99);
}

/** Merges two lists that are each in canonical order (linear, unlike sorting the concatenation). */
export function mergeDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): Diagnostic[] {
  if (b.length === 0) return a as Diagnostic[];
  if (a.length === 0) return b as Diagnostic[];
  const out = new Array<Diagnostic>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareDiagnostics(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** Index of the first diagnostic not ordered before `d` (binary search in a sorted list). */
export function diagnosticInsertionIndex(list: readonly Diagnostic[], d: Diagnostic): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareDiagnostics(list[mid], d) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first diagnostic whose offset is >= offset. */
export function firstDiagnosticAtOrAfter(list: readonly Diagnostic[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
