// Status bar: the article under the cursor and its quote count; a click opens Go to Article.
import * as vscode from 'vscode';
import type { CorpusModel } from './corpus/corpusModel';
import { isCorpusDocument } from './corpus/corpusModel';
import type { AnalysisScheduler } from './corpus/analysisScheduler';
import { DisposableBase } from './util/dispose';
import { Throttler } from './util/schedule';

const UPDATE_THROTTLE_MS = 150;
const MAX_TITLE_CHARS = 48;

class ArticleStatus extends DisposableBase {
  private readonly item = this.register(vscode.window.createStatusBarItem('newsAnnotator.article', vscode.StatusBarAlignment.Right, 100));
  private readonly throttle = this.register(new Throttler(UPDATE_THROTTLE_MS, () => this.update()));

  constructor(private readonly model: CorpusModel, private readonly scheduler: AnalysisScheduler) {
    super();
    this.item.name = 'News Annotator: Current Article';
    this.item.command = 'newsAnnotator.goToArticle';
    const trigger = () => this.throttle.trigger();
    this.register(vscode.window.onDidChangeActiveTextEditor(trigger));
    this.register(vscode.window.onDidChangeTextEditorSelection(trigger));
    this.register(model.onDidChangeCorpus(trigger));
    this.register(scheduler.onDidAnalyze(trigger));
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && isCorpusDocument(editor.document) ? this.model.forDocument(editor.document) : undefined;
    if (!editor || !entry) {
      this.item.hide();
      return;
    }
    const key = entry.keyAt(editor.document.offsetAt(editor.selection.active));
    if (key === undefined) {
      this.item.text = `$(list-selection) ${entry.articleCount} articles`;
      this.item.tooltip = 'Outside any article. Click to go to an article.';
    } else {
      const title = entry.meta(key).title || key;
      const short = title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title;
      // Never analyse here (this runs while typing): ask for the article first in line instead.
      const quotes = entry.cachedAnalysis(key)?.quotes.length;
      if (quotes === undefined) this.scheduler.enqueue(entry.uri, [key], true);
      const count = quotes === undefined ? '…' : String(quotes);
      this.item.text = `$(book) ${short} $(quote) ${count}`;
      this.item.tooltip = `${title}\n${entry.indexOf(key) + 1} of ${entry.articleCount} articles · ${count} quote${quotes === 1 ? '' : 's'}\nClick to go to another article.`;
    }
    this.item.show();
  }
}

export function registerStatusBar(model: CorpusModel, scheduler: AnalysisScheduler): vscode.Disposable {
  return new ArticleStatus(model, scheduler);
}
