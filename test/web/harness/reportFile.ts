// The web tests' JSON-lines report, written where the Node side (scripts/lib/report.mjs) follows
// it. A web worker has no appendFile: each event rewrites the whole report to a temporary file
// that is renamed over it, so a reader only ever sees whole lines, each file a prefix of the next.
import * as vscode from 'vscode';
import type { ReportEvent } from '../../integration/index';

/** The start event also says where the tests ran, so the Node side can refuse a run in the Node host. */
export type WebReportEvent =
  | Exclude<ReportEvent, { event: 'start' }>
  | (Extract<ReportEvent, { event: 'start' }> & { extensionHost: string; extensionKind: string });

const encoder = new TextEncoder();

export class ReportFile {
  private readonly lines: string[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(readonly uri: vscode.Uri) {}

  async exists(): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(this.uri);
      return true;
    } catch {
      return false;
    }
  }

  /** Queues the event; the returned promise settles once it is on disk. */
  append(event: WebReportEvent): Promise<void> {
    this.lines.push(JSON.stringify(event) + '\n');
    const text = this.lines.join('');
    this.writing = this.writing.then(() => this.write(text)).catch((error: Error) => {
      console.error(`web tests: could not write the report ${this.uri.toString()}: ${error.message}`);
    });
    return this.writing;
  }

  /** Creates the (empty) report: claims the run, so a reloaded window does not run the tests twice. */
  create(): Promise<void> {
    this.writing = this.write('');
    return this.writing;
  }

  private async write(text: string): Promise<void> {
    const temp = this.uri.with({ path: `${this.uri.path}.tmp` });
    await vscode.workspace.fs.writeFile(temp, encoder.encode(text));
    await vscode.workspace.fs.rename(temp, this.uri, { overwrite: true });
  }
}
