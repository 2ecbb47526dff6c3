// Everything the extension does, registered in one place for the desktop and browser builds.
// Each registerX returns a Disposable owned by the extension context.
import * as vscode from 'vscode';
import { registerAnnotations } from './annotations';
import { createApi, type NewsAnnotatorApi } from './api';
import { registerGoToArticle } from './commands/goToArticle';
import { registerMaintenanceCommands } from './commands/maintenance';
import { registerQuoteNavigation } from './commands/quoteNavigation';
import { registerReview } from './review';
import { registerContextKeys } from './contextKeys';
import { registerCorpusTextDetection } from './corpus/detectCorpusText';
import { createCorpusServices } from './corpus/services';
import { registerHighlighting } from './highlight/highlighter';
import { registerHovers } from './hover/quoteHover';
import { registerDiagnostics } from './language/diagnostics';
import { registerFolding } from './language/folding';
import { registerDocumentSymbols } from './language/symbols';
import { registerStatusBar } from './statusBar';
import { registerArticlesView } from './views/articles/articlesView';
import { registerSpeakersView } from './views/speakers/speakersView';
import { webHost, type ExtensionHost } from './host/host';

/** `host` gives what only some builds can know (the OS user); the browser build keeps webHost. */
export function activateShared(context: vscode.ExtensionContext, host: ExtensionHost = webHost): NewsAnnotatorApi {
  const services = createCorpusServices();
  const { model, scheduler, speakers, metrics } = services;
  const highlighter = registerHighlighting(model, metrics);
  const articles = registerArticlesView(model, scheduler.onDidAnalyze);
  const speakersView = registerSpeakersView(model, speakers);
  const annotations = registerAnnotations({ model, articles: articles.provider, speakers, host, extensionUri: context.extensionUri });
  const review = registerReview({ model, articles: articles.provider, annotations: annotations.api });
  context.subscriptions.push(
    services,
    highlighter,
    articles,
    speakersView,
    registerContextKeys(model, services.scan),
    registerCorpusTextDetection(),
    registerDocumentSymbols(model),
    registerFolding(model),
    registerDiagnostics(model),
    registerHovers(model, speakers),
    registerStatusBar(model, scheduler),
    registerGoToArticle(model),
    registerQuoteNavigation(model),
    registerMaintenanceCommands(model, () => {
      articles.provider.refreshAll();
      speakersView.provider.refresh();
    }),
    annotations,
    review,
  );
  return createApi(services, highlighter, articles, speakersView.provider, annotations.api, review.api);
}
