// The articles of the loaded corpora with their analyses, in file and article order, under the
// taxonomy's canonical speaker names when a lookup of aliases is given.
import { analyzeArticle, type ArticleAnalysis } from '../core/attribution';
import { articleBody, type Article } from '../core/corpus';
import type { CliIO } from './command';
import { exitCodeFor, loadCorpora, type LoadedCorpus, type LoadResult } from './files';
import { parseArgs, requirePaths } from './format';
import { SpeakerAliasLookup } from './speaker-aliases';

export interface AnalyzedArticle {
  file: LoadedCorpus;
  article: Article;
  body: string;
  analysis: ArticleAnalysis;
}

export function* analyzedArticles(files: LoadedCorpus[], aliases?: SpeakerAliasLookup): Generator<AnalyzedArticle> {
  for (const file of files) {
    for (const article of file.corpus.articles) {
      const body = articleBody(file.corpus, article);
      const analysis = analyzeArticle(body);
      yield { file, article, body, analysis: aliases ? aliases.analysisFor(file.path, analysis) : analysis };
    }
  }
}

/** What the listing commands (quotes, speakers) start from: their options and the corpora, loaded. */
export interface ListingInputs {
  paths: string[];
  format: 'table' | 'jsonl';
  loaded: LoadResult;
  aliases: SpeakerAliasLookup;
  /** The articles with their analyses, under the taxonomy's names. */
  articles(): Generator<AnalyzedArticle>;
  /** 1 when a file, or the taxonomy, could not be read; else 0. */
  exitCode(): number;
}

/** Parses `[--format table|jsonl] [--taxonomy FILE] PATH...` and loads the corpora (usage errors throw). */
export function listingInputs(args: string[], io: CliIO): ListingInputs {
  const parsed = parseArgs(args, { format: ['table', 'jsonl'], taxonomy: [] });
  const paths = requirePaths(parsed);
  const loaded = loadCorpora(paths, io);
  const aliases = new SpeakerAliasLookup(io, parsed.options.get('taxonomy'));
  return {
    paths,
    format: parsed.options.get('format') === 'jsonl' ? 'jsonl' : 'table',
    loaded,
    aliases,
    articles: () => analyzedArticles(loaded.loaded, aliases),
    exitCode: () => (aliases.failed ? 1 : exitCodeFor(loaded)),
  };
}
