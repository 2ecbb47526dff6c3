// The web stage: the extension's browser build (package.json "browser") inside VS Code's web
// worker extension host, the host github.dev and vscode.dev run extensions in.
//
// code-server decides where an extension runs from its manifest: with `main` it runs in the
// Node extension host on the server, with only `browser` in the web worker of the browser tab
// (VS Code's extensionKind rules: no main + browser = "web"). So this stage installs a copy
// of the built extension whose manifest has no `main`, beside the web test runner
// (test/web/harness/runner-extension, a web-only extension too), into its own code-server. The
// runner reports through vscode.workspace.fs into a JSON-lines file followed from here, and the
// stage fails unless the report says the tests ran in a web worker.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installDevExtension } from './extensions.mjs';
import { startCodeServer } from './code-server.mjs';
import { runIntegrationInCodeServer } from './integration.mjs';
import { copyWritable, repoRoot } from './paths.mjs';

const RUNNER_SOURCE = path.join(repoRoot, 'test', 'web', 'harness', 'runner-extension');
const RUNNER_BUNDLE = path.join(repoRoot, 'dist', 'test', 'web', 'runner.js');

/**
 * Copies what the web stage needs into `runDir/web/`: a workspace (fresh copy of
 * test/fixtures), the web runner with the built tests, and the web-only copy of the extension.
 * Called right after the build, so later rebuilds of dist/ by others cannot change what is tested.
 * NEWS_ANNOTATOR_TEST_FILES (basenames, separated by commas or colons) narrows the test files.
 */
export function prepareWebServer(runDir) {
  const dir = path.join(runDir, 'web');
  const prepared = {
    dir,
    extensionsDir: path.join(dir, 'extensions'),
    stateDir: path.join(dir, 'state'),
    workspace: path.join(dir, 'web-workspace'),
    report: path.join(dir, 'web-report.jsonl'),
  };
  if (fs.existsSync(dir)) return prepared;
  try {
    fs.mkdirSync(prepared.extensionsDir, { recursive: true });
    fs.mkdirSync(prepared.stateDir, { recursive: true });
    copyWritable(path.join(repoRoot, 'test', 'fixtures'), prepared.workspace);
    const files = process.env.NEWS_ANNOTATOR_TEST_FILES?.split(/[,:]/).filter(Boolean);
    installWebRunner(prepared.extensionsDir, { workspace: prepared.workspace, report: prepared.report, ...(files?.length ? { files } : {}) });
    installWebOnlyExtension(prepared.extensionsDir);
    return prepared;
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true }); // half prepared is not prepared
    throw error;
  }
}

/** The built extension with `main` removed from its manifest: VS Code can then only run its browser entry. */
function installWebOnlyExtension(extensionsDir) {
  const target = installDevExtension(extensionsDir);
  const manifestFile = path.join(target, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  if (!manifest.browser) throw new Error('package.json has no "browser" entry: there is no browser build to test');
  if (!fs.existsSync(path.join(target, manifest.browser))) throw new Error(`The browser build is not built (${manifest.browser} missing): run node esbuild.mjs first`);
  delete manifest.main;
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return target;
}

/** The web runner extension, its bundle and its config (read from its own manifest in the web worker). */
function installWebRunner(extensionsDir, runnerConfig) {
  if (!fs.existsSync(RUNNER_BUNDLE)) throw new Error(`${RUNNER_BUNDLE} is missing: build with node esbuild.mjs --tests`);
  const target = path.join(extensionsDir, 'news-annotator-test.web-test-runner-0.0.1');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(RUNNER_SOURCE, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify({ ...manifest, runnerConfig }, null, 2));
  for (const file of ['runner.js', 'runner.js.map']) {
    if (fs.existsSync(path.join(path.dirname(RUNNER_BUNDLE), file))) fs.cpSync(path.join(path.dirname(RUNNER_BUNDLE), file), path.join(target, file));
  }
  return target;
}

/** Starts code-server on the prepared dir, opens the workspace in chromium and follows the web tests. */
export async function runWebTests(install, runDir) {
  const prepared = prepareWebServer(runDir);
  const started = Date.now();
  const server = await startCodeServer(install, { extensionsDir: prepared.extensionsDir, stateDir: prepared.stateDir });
  console.log(`    code-server ${install.codeServerVersion} (VS Code ${install.vscodeVersion}) listening at ${server.url} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  try {
    const summary = await runIntegrationInCodeServer({ ...server, ...prepared }, { what: 'web tests', host: "VS Code's web worker extension host" });
    const where = summary.start?.extensionHost;
    if (summary.start && where !== 'webworker') {
      // Passing tests prove nothing about the browser build unless they ran in the web worker.
      console.log(`    ✗ the web tests ran in the ${where ?? 'unknown'} extension host, not in a web worker`);
      summary.failed++;
    }
    return summary;
  } finally {
    await server.stop();
  }
}
