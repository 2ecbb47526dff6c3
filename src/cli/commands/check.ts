// `news-annotator check [--fix] [--format text|github] PATH...`: the corpus format, each sidecar's
// schema, labels against the taxonomy and every anchor, as PATH:LINE:COL lines for editors
// and CI. `--fix` moves moved and fuzzy anchors to where they are now, atomically, touching
// nothing else in the sidecar; orphans are kept, and a sidecar that does not parse is never
// written.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCorpus, type ParsedCorpus, type Severity } from '../../core/corpus';
import {
  DEFAULT_MAX_SIDECAR_LENGTH, DEFAULT_TAXONOMY, SIDECAR_SUFFIX, TAXONOMY_FILE_NAME, corpusFileNameOf, parseSidecar,
  reanchorAll, updateAnchor, updateSidecar, type AnchorResult, type Annotation, type Sidecar, type Taxonomy,
} from '../../core/annotations';
import { anchorFindings, taxonomyFindings, type AnnotationFinding } from '../../core/annotations/findings';
import { UsageError, type CliCommand, type CliIO } from '../command';
import { PROBLEM_FORMATS, formatProblem, type ProblemFormat } from '../problem-format';
import { readUtf8File, writeFileAtomic } from '../fs';
import { TaxonomyFiles } from '../taxonomy-files';

const USAGE = [
  'usage: news-annotator check [--fix] [--format text|github] PATH...',
  '',
  'Checks corpus files and their annotation sidecars (NAME.annotations.yaml beside NAME):',
  'the corpus format, the sidecar schema, labels against the taxonomy (the nearest',
  `${TAXONOMY_FILE_NAME} above the corpus, else the built-in labels) and where each`,
  "annotation's quote is now: moved (info), matching only approximately or found in a",
  'renamed article (warning), or orphaned (error).',
  '',
  'PATH is a corpus file, a sidecar (checked with its corpus), or a directory (every',
  '*.corpus file below it, and every sidecar with its corpus).',
  '',
  'options:',
  '  --fix          rewrite moved and fuzzy anchors (start, prefix, suffix, and article',
  '                 when it was renamed) in the sidecar, atomically; orphans, comments',
  '                 and all other entries stay byte for byte',
  '  --format text|github  PATH:LINE:COL: SEVERITY: MESSAGE lines (default), or GitHub',
  '                 Actions workflow commands (::error file=...,line=...::message) that',
  '                 show each problem on the pull request\'s diff',
  '',
  'exit status: 0 clean (info lines only); 1 errors or warnings; 2 usage error.',
].join('\n');

interface Options {
  fix: boolean;
  format: ProblemFormat;
  paths: string[];
}

function parseCheckArgs(args: string[]): Options {
  const options: Options = { fix: false, format: 'text', paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      options.paths.push(...args.slice(i + 1));
      break;
    } else if (arg === '--fix') {
      options.fix = true;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (!PROBLEM_FORMATS.includes(value as ProblemFormat)) throw new UsageError(value === undefined ? "option '--format' needs a value" : `bad value '${value}' for --format (expected ${PROBLEM_FORMATS.join(' or ')})`);
      options.format = value as ProblemFormat;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      options.paths.push(arg);
    }
  }
  if (!options.paths.length) throw new UsageError('missing PATH (corpus files, sidecars or directories)');
  return options;
}

/** A corpus to check, and whether its sidecar was named on the command line. */
interface Target {
  corpusPath: string;
  sidecarPath: string;
}

function walk(dir: string, found: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile() && (entry.name.endsWith('.corpus') || entry.name.endsWith(SIDECAR_SUFFIX))) found.push(path);
  }
}

/** Corpus files for the paths, deduplicated, in command-line order. Missing paths are usage errors. */
function targets(paths: string[]): Target[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`no such file or directory: ${path}`);
    }
    if (isDirectory) walk(path, files);
    else files.push(path);
  }
  const seen = new Set<string>();
  const out: Target[] = [];
  for (const file of files) {
    const corpusPath = corpusFileNameOf(file) ?? file;
    const key = resolve(corpusPath);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ corpusPath, sidecarPath: corpusPath + SIDECAR_SUFFIX });
  }
  return out;
}

/** Counts what was printed, for the exit status. */
class Reporter {
  errors = 0;
  warnings = 0;
  constructor(private readonly io: CliIO, private readonly format: ProblemFormat = 'text') {}

  report(path: string, line: number, column: number, severity: Severity, message: string): void {
    if (severity === 'error') this.errors++;
    else if (severity === 'warning') this.warnings++;
    this.io.stdout(formatProblem({ path, line, column, severity, message }, this.format));
  }
}

/** The taxonomy a corpus's labels are checked against: the nearest file's (problems reported once), else the built-in one. */
class Taxonomies {
  private readonly files = new TaxonomyFiles();

  constructor(private readonly reporter: Reporter) {}

  forCorpus(corpusPath: string): { taxonomy: Taxonomy | undefined; source: string } {
    const file = this.files.nearest(corpusPath);
    if (file === undefined) return { taxonomy: DEFAULT_TAXONOMY, source: 'the built-in taxonomy' };
    const { read, isNew } = this.files.read(file);
    if (!read.ok && isNew) for (const e of read.problems) this.reporter.report(file, e.line, e.column, 'error', e.message);
    // An invalid taxonomy is reported once; labels are then not checked rather than checked against the wrong list.
    return { taxonomy: read.ok ? read.taxonomy : undefined, source: file };
  }
}

/** Each annotation as --fix would leave it: moved and fuzzy anchors updated, the rest as is (same objects). */
function fixAnchors(annotations: readonly Annotation[], corpus: ParsedCorpus, results: ReadonlyMap<string, AnchorResult>): Annotation[] {
  return annotations.map((a) => {
    const r = results.get(a.id);
    return r && (r.state === 'moved' || r.state === 'fuzzy') ? updateAnchor(a, corpus, r) : a;
  });
}

function checkTarget(target: Target, options: Options, reporter: Reporter, taxonomies: Taxonomies): void {
  const { corpusPath, sidecarPath } = target;
  const hasSidecar = existsSync(sidecarPath);
  let corpus: ParsedCorpus | undefined;
  if (existsSync(corpusPath)) {
    const read = readUtf8File(corpusPath);
    if (!read.ok) {
      reporter.report(corpusPath, 0, 0, 'error', read.reason);
    } else {
      corpus = parseCorpus(read.text);
      for (const d of corpus.diagnostics) reporter.report(corpusPath, d.line, d.column, d.severity, `${d.message} [${d.code}]`);
    }
  } else {
    reporter.report(sidecarPath, 0, 0, 'error', `no corpus '${corpusPath}' beside this sidecar`);
  }
  if (!hasSidecar) return;

  const read = readUtf8File(sidecarPath, DEFAULT_MAX_SIDECAR_LENGTH);
  if (!read.ok) {
    reporter.report(sidecarPath, 0, 0, 'error', read.reason);
    return;
  }
  const parsed = parseSidecar(read.text);
  if (!parsed.ok) {
    for (const e of parsed.errors) reporter.report(sidecarPath, e.line, e.column, 'error', `${e.message} [${e.code}]`);
    return;
  }
  const sidecar = parsed.sidecar;
  // Positions refer to the file as it is when the line is printed (after --fix, the new one).
  let current = sidecar;
  const at = (finding: AnnotationFinding) => current.positionOf(finding.id, finding.field) ?? { line: 0, column: 0 };

  const { taxonomy, source } = taxonomies.forCorpus(corpusPath);
  if (taxonomy) {
    for (const f of taxonomyFindings(sidecar.annotations, taxonomy, source)) {
      const { line, column } = at(f);
      reporter.report(sidecarPath, line, column, f.severity, f.message);
    }
  }
  if (!corpus) return;

  const results = reanchorAll(sidecar.annotations, corpus);
  const updated = fixAnchors(sidecar.annotations, corpus, results);
  const changes = new Set(updated.filter((a, i) => a !== sidecar.annotations[i]).map((a) => a.id));
  const corpusBroken = corpus.diagnostics.some((d) => d.severity === 'error');
  const written = options.fix && changes.size > 0 && !corpusBroken ? writeFixes(sidecarPath, read.text, sidecar, updated, corpus, reporter) : undefined;
  const fixed = written !== undefined;
  if (written) current = written;

  for (const f of anchorFindings(sidecar.annotations, results, corpus)) {
    const { line, column } = at(f);
    let { severity, message } = f;
    if (changes.has(f.id)) {
      if (fixed) {
        message += '; anchor updated';
        // A fixed rename is done; a fuzzy match stays a warning until someone confirms the quote.
        if (f.code === 'renamed-article') severity = 'info';
      } else if (!options.fix) {
        message += ' (check --fix updates the anchor)';
      }
    }
    if (f.code === 'fuzzy') message += '; confirm or correct the quote';
    reporter.report(sidecarPath, line, column, severity, message);
  }
  if (options.fix && changes.size > 0 && corpusBroken) {
    reporter.report(sidecarPath, 0, 0, 'info', 'anchors not rewritten: the corpus has errors; fix those first');
  }
}

/** Writes the updated anchors back; the sidecar as written, or undefined after reporting why not. */
function writeFixes(path: string, original: string, sidecar: Sidecar, updated: Annotation[], corpus: ParsedCorpus, reporter: Reporter): Sidecar | undefined {
  try {
    const result = updateSidecar(sidecar, updated, corpus.articles.map((a) => a.name));
    if (result.text !== original) writeFileAtomic(path, result.text, original);
    return result.sidecar;
  } catch (error) {
    reporter.report(path, 0, 0, 'error', `could not write fixes: ${(error as Error).message}`);
    return undefined;
  }
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check corpus files, their annotation sidecars, labels and anchors (--fix moves anchors)',
  usage: USAGE,
  async run(args, io) {
    const options = parseCheckArgs(args);
    const list = targets(options.paths);
    const reporter = new Reporter(io, options.format);
    const taxonomies = new Taxonomies(reporter);
    for (const target of list) checkTarget(target, options, reporter, taxonomies);
    if (reporter.errors || reporter.warnings) {
      io.stderr(`${reporter.errors} error${reporter.errors === 1 ? '' : 's'}, ${reporter.warnings} warning${reporter.warnings === 1 ? '' : 's'}\n`);
      return 1;
    }
    return 0;
  },
};
