// The articles of the loaded corpora with their analyses, in file and article order.
import { analyzeArticle, type ArticleAnalysis } from '../core/attribution';
import { articleBody, type Article } from '../core/corpus';
import type { LoadedCorpus } from './files';

export interface AnalyzedArticle {
  file: LoadedCorpus;
  article: Article;
  body: string;
  analysis: ArticleAnalysis;
}

export function* analyzedArticles(files: LoadedCorpus[]): Generator<AnalyzedArticle> {
  for (const file of files) {
    for (const article of file.corpus.articles) {
      const body = articleBody(file.corpus, article);
      yield { file, article, body, analysis: analyzeArticle(body) };
    }
  }
}
