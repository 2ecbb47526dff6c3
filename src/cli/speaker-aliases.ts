// The speaker aliases (`speakers.aliases` of the taxonomy) the speakers, quotes, report and
// export commands apply: from `--taxonomy FILE` when given, else from the nearest
// `.news-annotator.yaml` above each corpus (the file `check` reads for labels). A taxonomy that
// cannot be read or parsed is reported once, as PATH:LINE:COL lines, and its corpora keep the
// engine's names; the command then exits 1.
import {
  NO_SPEAKER_ALIASES, TAXONOMY_FILE_NAME, applySpeakerAliases, compileSpeakerAliases, type SpeakerAliases,
} from '../core/annotations';
import type { ArticleAnalysis } from '../core/attribution';
import type { CliIO } from './command';
import { formatProblem } from './files';
import { TaxonomyFiles } from './taxonomy-files';

/** The `--taxonomy` lines of a command's usage, the description starting at `column`. */
export function taxonomyOptionUsage(column: number, ...more: string[]): string[] {
  const pad = ' '.repeat(column);
  return [
    `  ${'--taxonomy FILE'.padEnd(column - 2)}speaker aliases (speakers.aliases) from FILE; default: the`,
    `${pad}nearest ${TAXONOMY_FILE_NAME} above each corpus. Merged and renamed`,
    `${pad}speakers are shown under their canonical name${more.length ? ',' : '.'}`,
    ...more.map((line) => pad + line),
  ];
}

export class SpeakerAliasLookup {
  /** A taxonomy could not be read or parsed (already reported). */
  failed = false;
  private readonly files = new TaxonomyFiles();
  private readonly byFile = new Map<string, SpeakerAliases>();

  /** `explicit`: the --taxonomy option's value, if given. */
  constructor(private readonly io: CliIO, private readonly explicit?: string) {}

  /** The aliases for a corpus at `corpusPath`. */
  forCorpus(corpusPath: string): SpeakerAliases {
    const file = this.explicit ?? this.files.nearest(corpusPath);
    return file === undefined ? NO_SPEAKER_ALIASES : this.read(file);
  }

  /** A corpus's analysis under the canonical names. */
  analysisFor(corpusPath: string, analysis: ArticleAnalysis): ArticleAnalysis {
    return applySpeakerAliases(analysis, this.forCorpus(corpusPath));
  }

  private read(file: string): SpeakerAliases {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const { read } = this.files.read(file);
    let aliases = NO_SPEAKER_ALIASES;
    if (read.ok) aliases = compileSpeakerAliases(read.taxonomy.speakerAliases);
    else {
      this.failed = true;
      for (const e of read.problems) this.io.stderr(formatProblem(file, e.line + 1, e.column + 1, 'error', e.code ? `${e.message} [${e.code}]` : e.message));
    }
    this.byFile.set(file, aliases);
    return aliases;
  }
}
