// The articles of the loaded corpora with their analyses, in file and article order, under the
// taxonomy's canonical speaker names when a lookup of aliases is given.
import { analyzeArticle, type ArticleAnalysis } from '../core/attribution';
import { articleBody, type Article } from '../core/corpus';
import type { LoadedCorpus } from './files';
import type { SpeakerAliasLookup } from './speaker-aliases';

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
