// `news-annotator report [--format md|json] PATH...`: who said what and the annotations of each
// article, with the anchors that need attention, as Markdown for a pull-request comment or a
// GitHub job summary, or as JSON for scripts.
import { buildReport, renderReportJson, renderReportMarkdown, reviewCorpus } from '../../core/review';
import { UsageError, type CliCommand } from '../command';
import { parseArgs } from '../format';
import { loadReviews } from '../review-inputs';
import { SpeakerAliasLookup, taxonomyOptionUsage } from '../speaker-aliases';

const USAGE = [
  'usage: news-annotator report [--format md|json] [--title TEXT] [--max-length N] [--taxonomy FILE]',
  '                             PATH...',
  '',
  'Reports, per article, who said what (speakers with their quotes) and the annotations of',
  'its sidecar (NAME.annotations.yaml beside corpus NAME) grouped by label, re-anchored',
  'against the current text; fuzzy and orphaned anchors are listed first. PATH is a corpus',
  'file, a sidecar (meaning its corpus) or a directory (every *.corpus below it).',
  '',
  'options:',
  '  --format md|json  Markdown (default: headings, tables, <details> per article; fit for',
  '                    a pull-request comment or $GITHUB_STEP_SUMMARY) or JSON',
  '  --title TEXT      heading of the Markdown report (default "News Annotator report")',
  '  --max-length N    keep the Markdown under N characters by leaving out the articles',
  '                    that do not fit (GitHub comments take at most 65536)',
  ...taxonomyOptionUsage(20, 'annotations\' speakers as well.'),
  '',
  'Problems go to stderr as PATH:LINE:COL: SEVERITY: MESSAGE.',
  'exit status: 0 ok; 1 a file could not be read, a sidecar or the taxonomy is invalid or a',
  'corpus has format errors (the rest is still reported); 2 usage error.',
].join('\n');

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'report who said what and the annotations of corpus files (Markdown or JSON)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args, { format: ['md', 'json'], title: [], 'max-length': [], taxonomy: [] });
    const format = parsed.options.get('format') ?? 'md';
    const maxText = parsed.options.get('max-length');
    const maxLength = maxText === undefined ? undefined : Number(maxText);
    if (maxLength !== undefined && (!Number.isSafeInteger(maxLength) || maxLength < 1000)) {
      throw new UsageError(`bad value '${maxText}' for --max-length (expected a whole number >= 1000)`);
    }
    const { loaded, failed } = loadReviews(parsed.paths, io);
    const aliases = new SpeakerAliasLookup(io, parsed.options.get('taxonomy'));
    const report = buildReport(loaded.map((l) => reviewCorpus(l.input, { speakerAliases: aliases.forCorpus(l.input.file) })));
    io.stdout(format === 'json'
      ? renderReportJson(report)
      : renderReportMarkdown(report, { title: parsed.options.get('title'), maxLength }));
    return failed || aliases.failed ? 1 : 0;
  },
};
