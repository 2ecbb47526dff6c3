// `news-annotator export --format jsonl|csv|w3c|brat [--out DIR] PATH...`: annotations and
// detected quotes in formats other tools read. To stdout, or one file per corpus in DIR; brat
// always writes files (a directory per corpus holding NAME.txt + NAME.ann per article and a
// suggested annotation.conf).
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  bratAnnotationConf, bratDocuments, exportRows, renderCsv, renderJsonl, renderW3c, reviewCorpus,
  type ExportWhat, type ReviewedCorpus,
} from '../../core/review';
import { UsageError, type CliCommand, type CliIO } from '../command';
import { formatProblem } from '../files';
import { parseArgs } from '../format';
import { writeFileAtomic } from '../fs';
import { loadReviews, type LoadedReview } from '../review-inputs';
import { SpeakerAliasLookup, taxonomyOptionUsage } from '../speaker-aliases';

const USAGE = [
  'usage: news-annotator export --format jsonl|csv|w3c|brat [--out DIR] [--only annotations|quotes]',
  '                             [--base-iri IRI] [--taxonomy FILE] PATH...',
  '',
  'Exports the annotations of each corpus (from NAME.annotations.yaml beside corpus NAME,',
  're-anchored against the current text) and the quotes News Annotator detects.',
  '',
  'formats:',
  '  jsonl  one JSON object a line, one per annotation and per quote, with exactly the keys',
  '         type ("annotation"|"quote"), file, article, id (quotes: q1, q2... per article),',
  '         label, start, end, text, speaker, cue, kind, confidence, note, author, created,',
  '         anchor (exact|moved|fuzzy|orphaned), extra; null when empty. start/end are',
  '         UTF-16 offsets into the article body (null for orphans); text is the body there.',
  '  csv    the same columns, RFC 4180 (quoted where needed, CRLF line ends), a header row',
  '  w3c    a W3C Web Annotation AnnotationCollection (JSON-LD): targets FILE#ARTICLE with a',
  '         TextQuoteSelector and a TextPositionSelector (Unicode code points into the body)',
  '  brat   brat standoff files: DIR/CORPUS/ARTICLE.txt (the exact body) + ARTICLE.ann',
  '         (offsets in code points; Quote and Speaker entities linked by SaidBy, labels as',
  '         types, notes as AnnotatorNotes) and DIR/CORPUS/annotation.conf',
  '',
  'options:',
  '  --out DIR                  write one file per corpus into DIR (created if needed):',
  '                             CORPUS.jsonl, CORPUS.csv, CORPUS.jsonld; required for brat',
  '  --only annotations|quotes  export just one kind (default both)',
  '  --base-iri IRI             w3c: prefix for file paths in ids and targets (default none:',
  '                             relative IRI references such as seeds.corpus#ARTICLE)',
  ...taxonomyOptionUsage(29, 'annotations\' speakers as well.'),
  '',
  'Orphaned annotations have no offsets: jsonl/csv give them null, w3c keeps their saved',
  'TextQuoteSelector, brat leaves them out (with a warning).',
  'Problems go to stderr as PATH:LINE:COL: SEVERITY: MESSAGE.',
  'exit status: 0 ok; 1 a file could not be read, a sidecar or the taxonomy is invalid, a',
  'corpus has format errors or an output could not be written; 2 usage error.',
].join('\n');

const GENERATOR = { name: 'News Annotator' };
const EXTENSIONS: Record<string, string> = { jsonl: '.jsonl', csv: '.csv', w3c: '.jsonld' };

/** A file name per corpus, unique within DIR (same base names from different folders get -2, -3...). */
function outputNames(paths: readonly string[], strip?: RegExp): string[] {
  const used = new Set<string>();
  return paths.map((path) => {
    const base = (strip ? basename(path).replace(strip, '') : basename(path)) || 'corpus';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function render(format: string, corpora: readonly ReviewedCorpus[], what: ExportWhat, baseIri: string | undefined, header: boolean): string {
  if (format === 'w3c') return renderW3c(corpora, { what, baseIri, generator: GENERATOR });
  const rows = corpora.flatMap((c) => exportRows(c, what));
  return format === 'csv' ? renderCsv(rows, header) : renderJsonl(rows);
}

function write(path: string, text: string, io: CliIO): boolean {
  try {
    writeFileAtomic(path, text);
    io.stdout(`${path}\n`);
    return true;
  } catch (error) {
    io.stderr(formatProblem(path, 1, 1, 'error', `cannot write: ${(error as Error).message}`));
    return false;
  }
}

function exportBrat(loaded: readonly LoadedReview[], reviewed: readonly ReviewedCorpus[], what: ExportWhat, out: string, io: CliIO): boolean {
  let ok = true;
  const names = outputNames(reviewed.map((c) => c.file), /\.corpus$/i);
  reviewed.forEach((corpus, i) => {
    const dir = join(out, names[i]);
    mkdirSync(dir, { recursive: true });
    const { documents, labelTypes, skipped } = bratDocuments(corpus, what);
    for (const doc of documents) {
      ok = write(join(dir, `${doc.name}.txt`), doc.text, io) && ok;
      ok = write(join(dir, `${doc.name}.ann`), doc.ann, io) && ok;
    }
    ok = write(join(dir, 'annotation.conf'), bratAnnotationConf(labelTypes), io) && ok;
    const { sidecar, sidecarPath } = loaded[i];
    for (const p of skipped) {
      const at = sidecar?.positionOf(p.annotation.id) ?? { line: 0, column: 0 };
      io.stderr(formatProblem(sidecarPath, at.line + 1, at.column + 1, 'warning', `annotation ${p.annotation.id} (${p.annotation.label}) is orphaned: not in the brat export`));
    }
  });
  return ok;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export annotations and detected quotes as jsonl, csv, W3C Web Annotation or brat',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args, { format: ['jsonl', 'csv', 'w3c', 'brat'], out: [], only: ['annotations', 'quotes'], 'base-iri': [], taxonomy: [] });
    const format = parsed.options.get('format');
    if (!format) throw new UsageError('missing --format (jsonl, csv, w3c or brat)');
    const out = parsed.options.get('out');
    if (format === 'brat' && out === undefined) throw new UsageError('brat writes files: give --out DIR');
    if (out === '') throw new UsageError("option '--out' needs a directory");
    const baseIri = parsed.options.get('base-iri');
    if (baseIri !== undefined && format !== 'w3c') throw new UsageError('--base-iri applies to --format w3c only');
    const what = (parsed.options.get('only') ?? 'all') as ExportWhat;

    const { loaded, failed } = loadReviews(parsed.paths, io);
    const aliases = new SpeakerAliasLookup(io, parsed.options.get('taxonomy'));
    const reviewed = loaded.map((l) => reviewCorpus(l.input, { speakerAliases: aliases.forCorpus(l.input.file) }));
    let ok = !failed && !aliases.failed;
    if (out === undefined) {
      io.stdout(render(format, reviewed, what, baseIri, true));
    } else if (format === 'brat') {
      ok = exportBrat(loaded, reviewed, what, out, io) && ok;
    } else {
      mkdirSync(out, { recursive: true });
      const names = outputNames(reviewed.map((c) => c.file));
      reviewed.forEach((corpus, i) => {
        ok = write(join(out, names[i] + EXTENSIONS[format]), render(format, [corpus], what, baseIri, true), io) && ok;
      });
    }
    return ok ? 0 : 1;
  },
};
