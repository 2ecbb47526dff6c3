// `news-annotator diff BASE HEAD` and `news-annotator diff --ref REF SIDECAR...`: what a change
// did to a sidecar's annotations, matched by id (added, removed, and changed fields: label,
// speaker, note, anchor, extras), for the terminal or a pull-request comment.
import { existsSync } from 'node:fs';
import type { Annotation } from '../../core/annotations';
import { diffAnnotations, renderDiffMarkdown, renderDiffText } from '../../core/review';
import { UsageError, type CliCommand, type CliIO } from '../command';
import { formatProblem } from '../files';
import { parseArgs } from '../format';
import { gitShow } from '../git-show';
import { parseSidecarText, readSidecarFile } from '../review-inputs';

const USAGE = [
  'usage: news-annotator diff [--format text|md] [--color auto|always|never] BASE_SIDECAR HEAD_SIDECAR',
  '       news-annotator diff --ref GITREF [--format text|md] [--color ...] SIDECAR...',
  '',
  'Compares two versions of an annotation sidecar by annotation id: added, removed, and',
  'changed annotations with each changed field (label, speaker, note, the anchor: article,',
  'quote, start, prefix, suffix; author and dates; extra fields). With --ref, the base is',
  'SIDECAR as committed in GITREF (read with `git show`; a sidecar missing there counts',
  'as empty, so a new sidecar shows as all added) and the head is the file on disk (a',
  'deleted one counts as empty).',
  '',
  'options:',
  '  --ref GITREF          compare each SIDECAR with its version in GITREF (e.g. origin/main)',
  '  --format text|md      plain text (default) or Markdown for a pull-request comment',
  '  --color auto|always|never   colour the text format (auto: on a terminal, unless NO_COLOR)',
  '',
  'exit status: 0 the diff was shown (whether or not anything changed); 1 a sidecar could',
  'not be read or parsed, or git failed; 2 usage error.',
].join('\n');

/** One version of a sidecar; `missing` when it does not exist there (read as empty). */
type Side = { name: string; annotations: readonly Annotation[]; missing: boolean } | undefined;

function fromFile(path: string, io: CliIO, missingIsEmpty: boolean): Side {
  if (missingIsEmpty && !existsSync(path)) return { name: `${path} (missing)`, annotations: [], missing: true };
  const sidecar = readSidecarFile(path, io);
  return sidecar && { name: path, annotations: sidecar.annotations, missing: false };
}

function fromGit(ref: string, path: string, io: CliIO): Side {
  const shown = gitShow(ref, path);
  const name = `${ref}:${path}`;
  if (shown.ok) {
    const sidecar = parseSidecarText(name, shown.text, io);
    return sidecar && { name, annotations: sidecar.annotations, missing: false };
  }
  if (shown.missing) return { name: `${name} (missing)`, annotations: [], missing: true };
  io.stderr(formatProblem(path, 1, 1, 'error', `cannot read it from git: ${shown.reason}`));
  return undefined;
}

export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'compare two versions of an annotation sidecar by id (files, or --ref GITREF)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args, { format: ['text', 'md'], ref: [], color: ['auto', 'always', 'never'] });
    const format = parsed.options.get('format') ?? 'text';
    const ref = parsed.options.get('ref');
    const colorOption = parsed.options.get('color') ?? 'auto';
    const color = colorOption === 'always' || (colorOption === 'auto' && !!process.stdout.isTTY && !process.env.NO_COLOR);

    const pairs: Array<{ title: string; base: () => Side; head: () => Side }> = [];
    if (ref !== undefined) {
      if (!ref || ref.startsWith('-')) throw new UsageError(`bad value '${ref}' for --ref (expected a git revision)`);
      if (!parsed.paths.length) throw new UsageError('missing SIDECAR (one or more annotation sidecars)');
      for (const path of parsed.paths) {
        pairs.push({ title: path, base: () => fromGit(ref, path, io), head: () => fromFile(path, io, true) });
      }
    } else {
      if (parsed.paths.length !== 2) throw new UsageError(`expected BASE_SIDECAR and HEAD_SIDECAR, got ${parsed.paths.length} path${parsed.paths.length === 1 ? '' : 's'} (or use --ref GITREF)`);
      const [basePath, headPath] = parsed.paths;
      pairs.push({ title: headPath, base: () => fromFile(basePath, io, false), head: () => fromFile(headPath, io, false) });
    }

    let failed = false;
    const outputs: string[] = [];
    for (const pair of pairs) {
      const base = pair.base();
      const head = pair.head();
      if (!base || !head) {
        failed = true;
        continue;
      }
      if (base.missing && head.missing) {
        io.stderr(formatProblem(pair.title, 1, 1, 'error', `no such sidecar on disk or in ${ref}`));
        failed = true;
        continue;
      }
      const diff = diffAnnotations(base.annotations, head.annotations);
      outputs.push(format === 'md'
        ? renderDiffMarkdown(diff, { title: pair.title, baseName: ref ?? base.name })
        : renderDiffText(diff, { baseName: base.name, headName: head.name, color }));
    }
    if (outputs.length) io.stdout(outputs.join('\n'));
    return failed ? 1 : 0;
  },
};
