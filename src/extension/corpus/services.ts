// The shared state every editor feature reads: the corpus model, the background analysis and
// the workspace-wide speaker index. Created once per activation and disposed with it.
import * as vscode from 'vscode';
import { EditorMetrics } from '../util/metrics';
import { AnalysisScheduler } from './analysisScheduler';
import { CorpusModel } from './corpusModel';
import { SpeakerIndex } from './speakerIndex';

export interface CorpusServices extends vscode.Disposable {
  readonly model: CorpusModel;
  readonly scheduler: AnalysisScheduler;
  readonly speakers: SpeakerIndex;
  readonly metrics: EditorMetrics;
  /** The first workspace scan (resolves when every corpus file found has been read). */
  readonly scan: Promise<void>;
}

export function createCorpusServices(): CorpusServices {
  const metrics = new EditorMetrics();
  const model = new CorpusModel(metrics);
  const scheduler = new AnalysisScheduler(model);
  const speakers = new SpeakerIndex(model, scheduler.onDidAnalyze);
  const scan = model.scanWorkspace();
  return {
    model, scheduler, speakers, metrics, scan,
    dispose: () => vscode.Disposable.from(speakers, scheduler, model).dispose(),
  };
}
