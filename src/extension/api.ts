// What activate() returns: the surface integration tests, the benchmark and the annotation
// feature use. Tests reach it with vscode.extensions.getExtension('news-annotator.news-annotator').exports.
import type * as vscode from 'vscode';
import type { ArticleAnalysis } from './corpus/core';
import type { CorpusModel } from './corpus/corpusModel';
import type { CorpusServices } from './corpus/services';
import type { Highlighter } from './highlight/highlighter';
import type { ArticlesView } from './views/articles/articlesView';
import type { AnalysisEvent, CorpusChangeEvent } from './corpus/events';
import type { SpeakerIndex } from './corpus/speakerIndex';
import type { EditorMetrics } from './util/metrics';
import type { ArticleAnnotationProvider } from './views/articles/annotationHook';
import type { ArticlesNode } from './views/articles/nodes';
import type { SpeakersProvider } from './views/speakers/speakersView';
import type { ArticlesProvider } from './views/articles/articlesProvider';
import type { AnnotationsApi } from './annotations';
import type { ReviewApi } from './review';

export interface NewsAnnotatorApi {
  /** Resolves once the workspace scan, background analysis and pending (debounced) view and highlight updates are done. */
  whenIdle(): Promise<void>;
  /** The Articles view's data: getChildren() lists corpus files, getChildren(file) its articles. */
  readonly articles: ArticlesProvider;
  readonly articlesView: vscode.TreeView<ArticlesNode>;
  /** The Speakers view's data: getChildren() lists speakers, getChildren(speaker) their quotes. */
  readonly speakers: SpeakersProvider;
  /** The analysis of an article (computed now if needed); undefined for an unknown file or article. */
  analysis(uri: vscode.Uri, article: string): ArticleAnalysis | undefined;
  /** Ranges last applied per decoration key ('quote:3', 'speaker:3', 'cue:3', 'quote:single', 'quote:none', ...). */
  decorations(uri: vscode.Uri): Record<string, vscode.Range[]>;
  /** Runs pending debounced highlight updates now. */
  flushHighlights(): void;
  /** Timings measured inside the extension host (see util/metrics.ts); `now()` is the clock they use. */
  readonly metrics: EditorMetrics;
  readonly onDidChangeCorpus: vscode.Event<CorpusChangeEvent>;
  readonly onDidAnalyze: vscode.Event<AnalysisEvent>;
  /** For the annotation feature: counts and children under articles in the Articles view. */
  registerArticleAnnotationProvider(provider: ArticleAnnotationProvider): vscode.Disposable;
  readonly model: CorpusModel;
  readonly speakerIndex: SpeakerIndex;
  /** The annotation feature: annotations held per corpus, sidecar state, decorations, test seams. */
  readonly annotations: AnnotationsApi;
  /** Comparing annotations with a git ref: the comparison per corpus, its editor marks, the ref pick. */
  readonly review: ReviewApi;
}

export function createApi(
  services: CorpusServices, highlighter: Highlighter, articles: ArticlesView, speakers: SpeakersProvider, annotations: AnnotationsApi, review: ReviewApi,
): NewsAnnotatorApi {
  const { model, scheduler, speakers: speakerIndex, metrics } = services;
  return {
    async whenIdle() {
      // Settling one stage can queue work in another (a scan adds files to analyse): loop until all are quiet.
      for (let round = 0; round < 20; round++) {
        await services.scan;
        while (model.isScanning) await model.scanWorkspace();
        await scheduler.whenIdle();
        speakerIndex.flush();
        highlighter.flush();
        if (scheduler.isIdle && !model.isScanning) return;
      }
    },
    articles: articles.provider,
    articlesView: articles.treeView,
    speakers,
    analysis(uri, article) {
      return model.get(uri)?.analysis(article);
    },
    decorations(uri) {
      return Object.fromEntries([...highlighter.lastApplied(uri)].map(([key, ranges]) => [key, [...ranges]]));
    },
    flushHighlights: () => highlighter.flush(),
    metrics,
    onDidChangeCorpus: model.onDidChangeCorpus,
    onDidAnalyze: scheduler.onDidAnalyze,
    registerArticleAnnotationProvider: (provider) => articles.provider.registerAnnotationProvider(provider),
    model,
    speakerIndex,
    annotations,
    review,
  };
}
