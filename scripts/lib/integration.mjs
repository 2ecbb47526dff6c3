// Running test/integration in a real VS Code extension host, two ways:
// - offline: code-server + chromium + the companion runner extension (this machine), and
// - @vscode/test-electron's runTests (desktop VS Code, where it can be downloaded).
// Both load the same bundle (dist/test/integration.js) and read the same JSON-lines report.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installDevExtension, installTestRunner, installVsix, snapshotTestBundles } from './extensions.mjs';
import { startCodeServer, workbenchUrl } from './code-server.mjs';
import { launchBrowser, loadWorkbench } from './browser.mjs';
import { followReport, printEvent, readEvents, summarize } from './report.mjs';
import { copyWritable, repoRoot } from './paths.mjs';

const secondsSince = (since) => ((Date.now() - since) / 1000).toFixed(1);
const envSeconds = (name, fallback) => 1000 * Number(process.env[name] || fallback);
/** A VS Code that never starts fails after this long, with a message, instead of hanging. */
const START_TIMEOUT_MS = envSeconds('NEWS_ANNOTATOR_START_TIMEOUT', 180);
/** No test result for this long means a hung test or a dead extension host. */
const IDLE_TIMEOUT_MS = envSeconds('NEWS_ANNOTATOR_IDLE_TIMEOUT', 120);

/**
 * Copies what a test server needs into `runDir/name/`: a workspace (fresh copy of
 * test/fixtures), the runner extension, the built tests and (unless a .vsix will be
 * installed) the extension built from this repo. Called right after the build: other runs in
 * the same work tree may rebuild dist/ at any time, and from then on this run uses its copies.
 */
export function prepareTestServer(runDir, { name, vsix = false, testFiles } = {}) {
  const dir = path.join(runDir, name);
  const prepared = { dir, extensionsDir: path.join(dir, 'extensions'), stateDir: path.join(dir, 'state'), report: path.join(dir, 'integration-report.jsonl') };
  if (fs.existsSync(dir)) return prepared;
  fs.mkdirSync(prepared.extensionsDir, { recursive: true });
  fs.mkdirSync(prepared.stateDir, { recursive: true });
  prepared.workspace = copyWritable(path.join(repoRoot, 'test', 'fixtures'), path.join(dir, 'integration-workspace'));
  const bundle = fs.existsSync(path.join(runDir, 'dist-test')) ? path.join(runDir, 'dist-test', 'integration.js') : snapshotTestBundles(runDir);
  // The runner goes in first: installing a .vsix writes the dir's extensions.json from the
  // folders present at that moment, and VS Code then loads only what that file lists.
  installTestRunner(prepared.extensionsDir, { workspace: prepared.workspace, report: prepared.report, files: testFiles, bundle });
  if (!vsix) installDevExtension(prepared.extensionsDir);
  return prepared;
}

/**
 * Starts code-server on a prepared dir, first installing `vsix` (as a user would) if given.
 * The returned server also serves the UI tests, so one start covers both stages.
 */
export async function startTestServer(install, runDir, { name, vsix, testFiles } = {}) {
  const prepared = prepareTestServer(runDir, { name, vsix: Boolean(vsix), testFiles });
  prepared.workspace ??= path.join(prepared.dir, 'integration-workspace');
  const { extensionsDir, stateDir } = prepared;
  if (vsix) {
    const logFile = path.join(stateDir, 'install-extension.log');
    await installVsix(install, vsix, { extensionsDir, userDataDir: path.join(stateDir, 'user-data'), logFile });
    if (!fs.readdirSync(extensionsDir).some((e) => e.startsWith('news-annotator.news-annotator-'))) {
      throw new Error(`installing ${vsix} left no news-annotator.news-annotator-* folder in ${extensionsDir}; see ${logFile}`);
    }
  }
  const started = Date.now();
  const server = await startCodeServer(install, { extensionsDir, stateDir });
  console.log(`    code-server ${install.codeServerVersion} (VS Code ${install.vscodeVersion}) listening at ${server.url} (${secondsSince(started)} s)`);
  return { ...server, ...prepared };
}

/**
 * Opens the integration workspace in chromium, which starts the extension host and the tests.
 * `what` and `host` name the tests and where they run in messages (the web stage reuses this).
 */
export async function runIntegrationInCodeServer(server, { what = 'integration tests', host = "VS Code's extension host" } = {}) {
  const browser = await launchBrowser();
  const pageErrors = [];
  browser.page.on('pageerror', (error) => pageErrors.push(error.message));
  const hint = () =>
    `Logs: ${server.logFile} and ${path.join(server.userDataDir, 'logs')} (exthost.log, remoteexthost.log).` +
    (pageErrors.length ? ` Browser errors: ${pageErrors.slice(-3).join(' | ')}` : '');
  try {
    const started = Date.now();
    await loadWorkbench(browser.page, workbenchUrl(server.url, server.workspace)).catch((error) => {
      throw new Error(`The VS Code workbench did not load in chromium: ${error.message}. ${hint()}`, { cause: error });
    });
    console.log(`    workbench loaded in chromium (${secondsSince(started)} s); waiting for ${host} to run the tests...`);
    return await followReport(server.report, {
      startTimeoutMs: START_TIMEOUT_MS,
      idleTimeoutMs: IDLE_TIMEOUT_MS,
      checkAlive: () => {
        if (server.hasExited()) throw new Error(`code-server exited while the tests ran. ${hint()}`);
      },
      hint: hint(),
      what,
      host,
    });
  } finally {
    await browser.close();
  }
}

/** The same tests in desktop VS Code via @vscode/test-electron (downloads VS Code once). */
export async function runIntegrationInElectron(runDir) {
  const { runTests } = await import('@vscode/test-electron');
  const workspace = copyWritable(path.join(repoRoot, 'test', 'fixtures'), path.join(runDir, 'electron-workspace'));
  const report = path.join(runDir, 'electron-report.jsonl');
  try {
    await runTests({
      version: process.env.NEWS_ANNOTATOR_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'dist', 'test', 'integration.js'),
      extensionTestsEnv: { NEWS_ANNOTATOR_TEST_REPORT: report },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${path.join(runDir, 'electron-user-data')}`],
    });
  } catch (error) {
    // A failed test rejects too; the report says which. Without a report, VS Code never ran.
    if (!fs.existsSync(report)) throw new Error(`VS Code (electron) did not run the tests: ${error.message}`, { cause: error });
  }
  const events = readEvents(report);
  for (const event of events) printEvent(event);
  const summary = summarize(events);
  if (!summary.finished) {
    console.log('    ✗ VS Code exited before the tests finished (no end of report)');
    summary.failed++;
  }
  return summary;
}
