// The speaker aliases (`speakers.aliases` of the taxonomy) the speakers, quotes, report and
// export commands apply: from `--taxonomy FILE` when given, else from the nearest
// `.news-annotator.yaml` above each corpus (the file `check` reads for labels). A taxonomy that
// cannot be read or parsed is reported once, as PATH:LINE:COL lines, and its corpora keep the
// engine's names; the command then exits 1.
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import {
  NO_SPEAKER_ALIASES, TAXONOMY_FILE_NAME, applySpeakerAliases, compileSpeakerAliases, parseTaxonomy, type SpeakerAliases,
} from '../core/annotations';
import { MAX_TAXONOMY_LENGTH } from '../core/annotations/taxonomy';
import type { ArticleAnalysis } from '../core/attribution';
import type { CliIO } from './command';
import { formatProblem } from './files';
import { readUtf8File } from './fs';

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
  private readonly byFile = new Map<string, SpeakerAliases>();
  private readonly byDir = new Map<string, string | undefined>();

  /** `explicit`: the --taxonomy option's value, if given. */
  constructor(private readonly io: CliIO, private readonly explicit?: string) {}

  /** The aliases for a corpus at `corpusPath`. */
  forCorpus(corpusPath: string): SpeakerAliases {
    const file = this.explicit ?? this.nearest(resolve(dirname(corpusPath)), dirname(corpusPath));
    return file === undefined ? NO_SPEAKER_ALIASES : this.read(file);
  }

  /** A corpus's analysis under the canonical names. */
  analysisFor(corpusPath: string, analysis: ArticleAnalysis): ArticleAnalysis {
    return applySpeakerAliases(analysis, this.forCorpus(corpusPath));
  }

  private nearest(absolute: string, shown: string): string | undefined {
    if (this.byDir.has(absolute)) return this.byDir.get(absolute);
    let found: string | undefined;
    if (existsSync(join(absolute, TAXONOMY_FILE_NAME))) found = join(shown, TAXONOMY_FILE_NAME);
    else if (dirname(absolute) !== absolute) found = this.nearest(dirname(absolute), join(shown, '..'));
    this.byDir.set(absolute, found);
    return found;
  }

  private read(file: string): SpeakerAliases {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    let aliases = NO_SPEAKER_ALIASES;
    const read = readUtf8File(file, MAX_TAXONOMY_LENGTH);
    if (!read.ok) {
      this.failed = true;
      this.io.stderr(formatProblem(file, 1, 1, 'error', read.reason));
    } else {
      const parsed = parseTaxonomy(read.text);
      if (parsed.ok) aliases = compileSpeakerAliases(parsed.taxonomy.speakerAliases);
      else {
        this.failed = true;
        for (const e of parsed.errors) this.io.stderr(formatProblem(file, e.line + 1, e.column + 1, 'error', `${e.message} [${e.code}]`));
      }
    }
    this.byFile.set(file, aliases);
    return aliases;
  }
}
