// Web tests: the extension's browser build (package.json "browser") inside VS Code's web worker
// extension host, the host github.dev and vscode.dev run extensions in.
//
// CONVENTIONS
// - Every `test/web/**/*.test.ts` is picked up automatically: esbuild bundles them, mocha's
//   browser build and this runner into one web-worker bundle, dist/test/web/runner.js.
// - Mocha BDD as in test/integration; `import * as vscode from 'vscode'` works. No Node here:
//   reach files through vscode.workspace.fs. `node:assert/strict` resolves to
//   harness/assert.ts, so the helpers of test/integration can be shared.
// - The workspace is a fresh writable copy of test/fixtures/. Each test times out after 20 s;
//   wait for conditions (waitFor), never sleep.
//
// HOW IT IS RUN (scripts/lib/web.mjs, stage "web" of npm test)
// This file is the `browser` entry of a companion extension (harness/runner-extension). Both it
// and a copy of the built extension whose manifest has no `main` are installed into
// code-server: web-only extensions run in the web worker extension host. Once startup has
// finished, in the window opened on the test workspace, the runner loads the tests into mocha
// and writes the JSON-lines report (the format of test/integration/index.ts) through
// vscode.workspace.fs to the path it was given; the Node side follows that file.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { testModules } from 'news-annotator:web-tests';
import { extensionHostKind } from './harness/extensionHost';
import { ReportFile } from './harness/reportFile';

const EXTENSION_ID = 'news-annotator.news-annotator';

/** Written into the runner's package.json by scripts/lib/web.mjs. */
interface RunnerConfig {
  /** Path of the test workspace on the server: only the window opened on it runs the tests. */
  workspace: string;
  /** Path of the report on the server (beside the workspace, not inside it). */
  report: string;
  /** Only the test files ending with one of these (e.g. 'tagging.test.js'), when given. */
  files?: string[];
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const config = (context.extension.packageJSON as { runnerConfig?: RunnerConfig }).runnerConfig;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!config || !folder || folder.uri.path !== config.workspace) return;
  const report = new ReportFile(folder.uri.with({ path: config.report }));
  if (await report.exists()) return; // already ran (e.g. the window reloaded)
  await report.create();
  // Run after activate() returns: tests must not hold up extension activation.
  setTimeout(() => void run(config, report), 0);
}

export function deactivate(): void {
  // Nothing to dispose: the runner registers nothing.
}

function chosenTests(files: string[] | undefined): typeof testModules {
  if (!files) return testModules;
  // Integration files are named by their bundles (x.test.js); accept that and the source name.
  return testModules.filter((t) => files.some((suffix) => t.file.endsWith(suffix) || t.file.replace(/\.ts$/, '.js').endsWith(suffix)));
}

/** A mocha reporter that writes each result to the report. */
function reporterWriting(report: ReportFile): typeof Mocha.reporters.Base {
  const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;
  return class WebReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      const started = Date.now();
      const file = (test: Mocha.Runnable): string => test.file ?? '';
      runner.on(EVENT_TEST_PASS, (test) => void report.append({ event: 'pass', title: test.fullTitle(), file: file(test), durationMs: test.duration ?? 0 }));
      runner.on(EVENT_TEST_FAIL, (test, error: Error) => {
        void report.append({ event: 'fail', title: test.fullTitle(), file: file(test), message: String(error?.message ?? error), stack: String(error?.stack ?? '') });
      });
      runner.on(EVENT_TEST_PENDING, (test) => void report.append({ event: 'pending', title: test.fullTitle(), file: file(test) }));
      runner.once(EVENT_RUN_END, () => {
        const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
        void report.append({ event: 'end', passes: stats.passes, failures: stats.failures, pending: stats.pending, durationMs: Date.now() - started });
      });
    }
  };
}

async function run(config: RunnerConfig, report: ReportFile): Promise<void> {
  try {
    mocha.setup({ ui: 'bdd', timeout: 20_000, slow: 2_000, color: false, reporter: reporterWriting(report) });
    const tests = chosenTests(config.files);
    for (const { file, load } of tests) {
      // What mocha's loadFiles does in Node: describe/it registered while a file loads carry its name.
      mocha.suite.emit('pre-require', globalThis, file, mocha);
      mocha.suite.emit('require', load(), file, mocha);
      mocha.suite.emit('post-require', globalThis, file, mocha);
    }
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    await report.append({
      event: 'start',
      vscodeVersion: vscode.version,
      appName: vscode.env.appName,
      appHost: vscode.env.appHost,
      extensionPath: extension?.extensionUri.path ?? null,
      files: tests.map((t) => t.file),
      total: mocha.suite.total(),
      extensionHost: extensionHostKind(),
      extensionKind: extension ? vscode.ExtensionKind[extension.extensionKind] : 'not installed',
    });
    await new Promise<number>((resolve) => mocha.run(resolve));
  } catch (error) {
    // Loading the files or mocha itself failed: no 'end' event will come, so say why.
    const e = error as Error;
    await report.append({ event: 'error', message: String(e?.message ?? e), stack: String(e?.stack ?? '') });
  }
}
