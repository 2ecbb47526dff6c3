// The corpora a review command works on, each with its sidecar (NAME.annotations.yaml beside
// NAME) when there is one. PATH may be a corpus file, a sidecar (meaning its corpus) or a
// directory (every *.corpus below it, skipping dot-directories and node_modules). Problems are
// printed as PATH:LINE:COL lines and counted, never thrown.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_MAX_SIDECAR_LENGTH, SIDECAR_SUFFIX, corpusFileNameOf, parseSidecar, type Sidecar } from '../core/annotations';
import type { ReviewInput } from '../core/review';
import { UsageError, type CliIO } from './command';
import { formatProblem, loadCorpora, type LoadResult } from './files';
import { readUtf8File } from './fs';

export interface LoadedReview {
  input: ReviewInput;
  /** The parsed sidecar, for positions of its entries in messages. */
  sidecar?: Sidecar;
  sidecarPath: string;
}

export interface ReviewLoad {
  loaded: LoadedReview[];
  /** A corpus or sidecar could not be read or parsed, or a corpus has format errors. */
  failed: boolean;
}

function walk(dir: string, found: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile() && entry.name.endsWith('.corpus')) found.push(path);
  }
}

/** Corpus paths for the command-line paths, deduplicated, in command-line order. */
export function corpusPaths(paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // A missing file is reported by the loader like any unreadable one.
    }
    if (isDirectory) walk(path, found);
    else found.push(corpusFileNameOf(path) ?? path);
  }
  const seen = new Set<string>();
  return found.filter((p) => {
    const key = resolve(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads a sidecar, printing its problems; undefined when it cannot be used. */
export function readSidecarFile(path: string, io: CliIO): Sidecar | undefined {
  const read = readUtf8File(path, DEFAULT_MAX_SIDECAR_LENGTH);
  if (!read.ok) {
    io.stderr(formatProblem(path, 1, 1, 'error', read.reason));
    return undefined;
  }
  return parseSidecarText(path, read.text, io);
}

/** Parses sidecar text read from somewhere (a file, `git show`), printing its problems. */
export function parseSidecarText(shownPath: string, text: string, io: CliIO): Sidecar | undefined {
  const parsed = parseSidecar(text);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.stderr(formatProblem(shownPath, e.line + 1, e.column + 1, 'error', `${e.message} [${e.code}]`));
    return undefined;
  }
  return parsed.sidecar;
}

export function loadReviews(paths: readonly string[], io: CliIO): ReviewLoad {
  if (!paths.length) throw new UsageError('missing PATH (corpus files, sidecars or directories)');
  const corpora: LoadResult = loadCorpora(corpusPaths(paths), io);
  const result: ReviewLoad = { loaded: [], failed: corpora.unreadable || corpora.formatErrors };
  for (const { path, corpus } of corpora.loaded) {
    const sidecarPath = path + SIDECAR_SUFFIX;
    const input: ReviewInput = { file: path, corpus, annotations: [] };
    const item: LoadedReview = { input, sidecarPath };
    if (existsSync(sidecarPath)) {
      const sidecar = readSidecarFile(sidecarPath, io);
      if (sidecar) {
        input.annotations = sidecar.annotations;
        input.sidecar = sidecarPath;
        item.sidecar = sidecar;
      } else {
        // The report still lists the corpus; the exit status says something is wrong.
        input.unreadableSidecar = sidecarPath;
        result.failed = true;
      }
    }
    result.loaded.push(item);
  }
  return result;
}
