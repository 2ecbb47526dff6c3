// Reading corpus files for the CLI: every problem becomes a `path:line:col: severity: message`
// line (1-based, the format editors and CI problem matchers understand), never a stack trace.
import { readFileSync } from 'node:fs';
import { LineIndex, parseCorpus, type ParsedCorpus, type Severity } from '../core/corpus';
import type { CliIO } from './command';
import { describeFsError } from './fs';

export interface LoadedCorpus {
  path: string;
  corpus: ParsedCorpus;
  lines: LineIndex;
}

export interface LoadResult {
  /** The files that could be read, in command-line order. */
  loaded: LoadedCorpus[];
  /** Some file could not be read. */
  unreadable: boolean;
  /** Some file has a diagnostic of severity error. */
  formatErrors: boolean;
}

/** One problem, in the `path:line:col: severity: message` form (line and column 1-based). */
export function formatProblem(path: string, line: number, column: number, severity: Severity, message: string): string {
  return `${path}:${line}:${column}: ${severity}: ${message}\n`;
}

/** Reads and parses each path, printing read errors and parser diagnostics to stderr. */
export function loadCorpora(paths: string[], io: CliIO): LoadResult {
  const result: LoadResult = { loaded: [], unreadable: false, formatErrors: false };
  for (const path of paths) {
    const text = readText(path, io);
    if (text === null) {
      result.unreadable = true;
      continue;
    }
    const corpus = parseCorpus(text);
    const lines = new LineIndex(text);
    for (const d of corpus.diagnostics) {
      io.stderr(formatProblem(path, d.line + 1, d.column + 1, d.severity, `${d.message} [${d.code}]`));
      if (d.severity === 'error') result.formatErrors = true;
    }
    result.loaded.push({ path, corpus, lines });
  }
  return result;
}

/** The file as UTF-8 text, or null after printing why it cannot be read. */
function readText(path: string, io: CliIO): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    io.stderr(formatProblem(path, 1, 1, 'error', `cannot read file: ${describeFsError(error)}`));
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Keep going with replacement characters, but say where the first bad byte is.
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const pos = new LineIndex(text).positionAt(Math.max(0, bad));
    io.stderr(formatProblem(path, pos.line + 1, pos.column + 1, 'warning', 'file is not valid UTF-8; invalid bytes were replaced with U+FFFD'));
    return text;
  }
}

/** The exit code the listing commands share: 1 when a file was unreadable or malformed. */
export function exitCodeFor(result: LoadResult): number {
  return result.unreadable || result.formatErrors ? 1 : 0;
}
