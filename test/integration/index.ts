// Integration tests: run inside a real VS Code extension host, with the real `vscode` API.
//
// CONVENTIONS (for everyone adding integration tests)
// - Every `test/integration/**/*.test.ts` is picked up automatically: esbuild bundles each one
//   to `dist/test/integration/**/*.test.js` and `run()` below loads them all into mocha.
// - Use mocha BDD (`describe`, `it`, `before`, ...); `import * as vscode from 'vscode'` works.
// - The workspace is `vscode.workspace.workspaceFolders![0]`: a fresh, writable copy of
//   `test/fixtures/` made for this run (seeds.corpus and whatever else lives there), so tests
//   may edit and save files. Other tests share it within one run: undo what you change.
// - No fixed sleeps: wait for conditions with `waitFor(condition, timeoutMs, message)` from
//   `./harness/waitFor`. Each test times out after 20 s.
// - `npm test` runs them (stage "integration"); `node scripts/test-all.mjs --only=integration`
//   runs only this stage.
//
// HOW IT IS RUN
// `run()` is the standard `extensionTestsPath` entry. Two launchers call it:
// - @vscode/test-electron's runTests (desktop VS Code, where it can be downloaded), and
// - offline: code-server (VS Code 1.139.1 server + web workbench) with a companion extension
//   (`harness/runner-extension`) that calls `run()` once the extension host has started.
// Either way, results are appended as JSON lines to the file named by the environment
// variable NEWS_ANNOTATOR_TEST_REPORT, which the Node side (scripts/lib/integration.mjs)
// follows live and prints: which test passed or failed and why.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'news-annotator.news-annotator';

export type ReportEvent =
  | { event: 'start'; vscodeVersion: string; appName: string; appHost: string; extensionPath: string | null; files: string[]; total: number }
  | { event: 'pass'; title: string; file: string; durationMs: number }
  | { event: 'fail'; title: string; file: string; message: string; stack: string }
  | { event: 'pending'; title: string; file: string }
  | { event: 'end'; passes: number; failures: number; pending: number; durationMs: number }
  | { event: 'error'; message: string; stack: string };

/** Appends one event to the report file (if any): one line, one write, so readers never see half. */
function report(event: ReportEvent): void {
  const file = process.env.NEWS_ANNOTATOR_TEST_REPORT;
  if (file) fs.appendFileSync(file, JSON.stringify(event) + '\n');
}

/** The compiled test files next to this bundle, optionally narrowed by NEWS_ANNOTATOR_TEST_FILES. */
function testFiles(): string[] {
  const root = path.join(__dirname, 'integration');
  const all: string[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.test.js')) all.push(full);
    }
  };
  walk(root);
  // Commas or the platform's path delimiter between names, as people type either.
  const only = process.env.NEWS_ANNOTATOR_TEST_FILES?.split(new RegExp(`[,${path.delimiter}]`)).map((s) => s.trim()).filter(Boolean);
  const chosen = only ? all.filter((file) => only.some((suffix) => file.endsWith(suffix))) : all;
  // A narrowing that matches nothing would run zero tests and look like a pass.
  if (only && !chosen.length) throw new Error(`NEWS_ANNOTATOR_TEST_FILES=${process.env.NEWS_ANNOTATOR_TEST_FILES} matches no integration test file`);
  return chosen.sort();
}

/** A spec reporter (for a terminal, when there is one) that also writes the JSON-lines report. */
class ReportingSpec extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    const started = Date.now();
    const file = (test: Mocha.Runnable): string => path.basename(test.file ?? '');
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test) => {
      report({ event: 'pass', title: test.fullTitle(), file: file(test), durationMs: test.duration ?? 0 });
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, error: Error) => {
      report({ event: 'fail', title: test.fullTitle(), file: file(test), message: String(error?.message ?? error), stack: String(error?.stack ?? '') });
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, (test) => {
      report({ event: 'pending', title: test.fullTitle(), file: file(test) });
    });
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      report({ event: 'end', passes: stats.passes, failures: stats.failures, pending: stats.pending, durationMs: Date.now() - started });
    });
  }
}

export async function run(): Promise<void> {
  try {
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, slow: 2_000, reporter: ReportingSpec });
    const files = testFiles();
    for (const file of files) mocha.addFile(file);
    report({
      event: 'start',
      vscodeVersion: vscode.version,
      appName: vscode.env.appName,
      appHost: vscode.env.appHost,
      extensionPath: vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? null,
      files: files.map((f) => path.relative(path.join(__dirname, 'integration'), f)),
      total: 0, // mocha counts tests only once the files are loaded
    });
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
  } catch (error) {
    const e = error as Error;
    if (!/integration test\(s\) failed$/.test(e.message)) {
      // Loading the files or mocha itself failed: no 'end' event will come, so say why.
      report({ event: 'error', message: e.message, stack: String(e.stack ?? '') });
    }
    throw error; // test-electron reports a rejected run() as a failed test run
  }
}
