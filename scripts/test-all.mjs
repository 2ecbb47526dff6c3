#!/usr/bin/env node
// `npm test`: every test of the project, in a real VS Code, on a fresh machine too.
//
//   static       tsc --noEmit (strict types) and eslint (incl. the rule that keeps src/core pure)
//   unit         Node mocha over test/unit/**/*.test.ts (.mocharc.json)
//   integration  test/integration/**/*.test.ts inside VS Code's extension host (real vscode API)
//   web          test/web/**/*.test.ts: the browser build in VS Code's web worker extension host
//   ui           test/ui/**/*.test.ts: Node mocha driving the workbench in chromium
//   package      npm run package, check the .vsix contents, install it into VS Code and
//                run the activation tests against that install
//
// Options: --only=unit,integration,web,ui,package   --keep (keep the temp dir with logs)
// Environment: NEWS_ANNOTATOR_VSCODE=electron runs the integration stage in desktop VS Code
// via @vscode/test-electron (needs internet to download it, and a display); the default is
// the offline route (code-server 4.139.1 = VS Code 1.139.1, installed once into the cache).
// The last line is `N passed, N failed` over all stages; the exit code is 1 on any failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, ensureNodeModules, npm } from './lib/bootstrap.mjs';
import { ensureOfflineVSCode } from './lib/offline-vscode.mjs';
import { cleanupAll, run } from './lib/proc.mjs';
import { findFiles, makeRunDir, repoRoot } from './lib/paths.mjs';
import { FORBIDDEN, REQUIRED, zipEntries } from './lib/vsix.mjs';

const STAGES = ['static', 'unit', 'integration', 'web', 'ui', 'package'];
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const selected = onlyArg ? onlyArg.slice('--only='.length).split(',') : STAGES;
const unknown = selected.filter((s) => !STAGES.includes(s));
if (unknown.length) {
  console.error(`Unknown stage(s): ${unknown.join(', ')}. Stages: ${STAGES.join(', ')}`);
  process.exit(2);
}
const keep = process.argv.includes('--keep');
const route = process.env.NEWS_ANNOTATOR_VSCODE === 'electron' ? 'electron' : 'code-server';

// Only Node built-ins are imported above: node_modules may not exist yet on a fresh clone.
await ensureNodeModules().catch((error) => {
  console.error(`npm test could not install the project's dependencies: ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
const { prepareTestServer, runIntegrationInCodeServer, runIntegrationInElectron, startTestServer } = await import('./lib/integration.mjs');
const { prepareWebServer, runWebTests } = await import('./lib/web.mjs');

const runDir = makeRunDir('news-annotator-test');
const results = [];
let install; // the offline VS Code (a promise), set up when a stage first needs it; a failed set-up is not retried
let devServer; // (a promise of) code-server with the extension built from this repo: integration + ui
const vscodeVersions = new Set();

const offline = () => (install ??= ensureOfflineVSCode());
const devTestServer = () => (devServer ??= offline().then((vscode) => startTestServer(vscode, runDir, { name: 'dev' })));

/**
 * Runs `fn` as a stage. `fn` returns its counts, or adds to the `counts` it is given; a
 * thrown error counts as one more failure (keeping what was counted before) and says why.
 */
async function stage(name, fn) {
  if (!selected.includes(name)) return;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const counts = { passed: 0, failed: 0, skipped: 0 };
  let result;
  try {
    result = (await fn(counts)) ?? counts;
  } catch (error) {
    console.log(`    ✗ ${name} stage could not finish: ${error.message}`);
    counts.failed++;
    result = counts;
  }
  result.seconds = (Date.now() - started) / 1000;
  results.push({ name, ...result });
  console.log(`--- ${name}: ${result.passed} passed, ${result.failed} failed${result.skipped ? `, ${result.skipped} skipped` : ''}${result.note ? ` (${result.note})` : ''} in ${result.seconds.toFixed(1)} s`);
}

/** Runs mocha in Node with a config, reading counts from the summary reporter. */
async function mocha(configArgs, env = {}) {
  const summary = path.join(runDir, `mocha-summary-${Date.now()}.json`);
  const code = await run(
    process.execPath,
    [path.join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js'), ...configArgs, '--reporter', path.join(repoRoot, 'scripts', 'lib', 'mocha-summary-reporter.cjs')],
    { cwd: repoRoot, env: { ...process.env, ...env, NEWS_ANNOTATOR_MOCHA_SUMMARY: summary } },
  );
  if (!fs.existsSync(summary)) return { passed: 0, failed: 1, skipped: 0, note: `mocha exited with ${code} before running tests` };
  const { passes, failures, pending } = JSON.parse(fs.readFileSync(summary, 'utf8'));
  return { passed: passes, failed: failures || (code === 0 ? 0 : 1), skipped: pending };
}

function recordVersion(summary) {
  if (summary.start) vscodeVersions.add(`${summary.start.appName} ${summary.start.vscodeVersion}`);
  return summary;
}

/** A check of the package stage, printed like a test and counted. */
function check(counts, title, ok, detail = '') {
  console.log(`    ${ok ? '✓' : '✗'} ${title}${ok || !detail ? '' : `\n        ${detail}`}`);
  counts[ok ? 'passed' : 'failed']++;
}

const totalStarted = Date.now();
let exitCode = 1;
try {
  await build(['--tests']);
  // Snapshot the fresh build for this run (see prepareTestServer) before anything else runs.
  if (route === 'code-server' && (selected.includes('integration') || selected.includes('ui'))) prepareTestServer(runDir, { name: 'dev' });
  if (selected.includes('web')) {
    try {
      prepareWebServer(runDir);
    } catch {
      // The web stage prepares again and reports why it cannot run; the other stages still run.
    }
  }

  await stage('static', async (counts) => {
    const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);
    for (const [title, command, args, log] of [
      ['types check (tsc --noEmit, strict)', bin('tsc'), ['--noEmit', '-p', '.'], 'tsc.log'],
      ['lint is clean (eslint; src/core imports neither vscode nor Node)', bin('eslint'), ['.'], 'eslint.log'],
    ]) {
      const logFile = path.join(runDir, log);
      const code = await run(command, args, { cwd: repoRoot, logFile });
      check(counts, title, code === 0, `exit ${code}:\n${fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-3000) : ''}`);
    }
  });

  await stage('unit', async () => {
    if (findFiles(path.join(repoRoot, 'test', 'unit'), '.test.ts').length === 0) return { passed: 0, failed: 0, skipped: 0, note: 'no test files yet' };
    return mocha([]); // .mocharc.json
  });

  await stage('integration', async () => {
    if (route === 'electron') return recordVersion(await runIntegrationInElectron(runDir));
    const server = await devTestServer();
    return recordVersion(await runIntegrationInCodeServer(server));
  });

  // Always code-server: @vscode/test-electron's desktop VS Code has no web worker extension host.
  await stage('web', async () => recordVersion(await runWebTests(await offline(), runDir)));

  await stage('ui', async () => {
    if (findFiles(path.join(repoRoot, 'test', 'ui'), '.test.ts').length === 0) return { passed: 0, failed: 0, skipped: 0, note: 'no test files yet' };
    const server = await devTestServer();
    const uiDir = path.join(runDir, 'ui');
    fs.mkdirSync(uiDir, { recursive: true });
    return mocha(['--config', path.join('test', 'ui', '.mocharc.json')], { NEWS_ANNOTATOR_VSCODE_URL: server.url, NEWS_ANNOTATOR_UI_DIR: uiDir });
  });
  await devServer?.then((server) => server.stop(), () => undefined);

  await stage('package', async (counts) => {
    let vsix = path.join(repoRoot, 'dist', 'news-annotator.vsix');
    fs.rmSync(vsix, { force: true });
    const code = await run(npm, ['run', '--silent', 'package'], { cwd: repoRoot, logFile: path.join(runDir, 'package.log') });
    check(counts, 'npm run package builds dist/news-annotator.vsix', code === 0 && fs.existsSync(vsix), `exit ${code}; see ${path.join(runDir, 'package.log')}`);
    if (!fs.existsSync(vsix)) return;
    // Test this run's package even if another run in the work tree packages again meanwhile.
    fs.cpSync(vsix, path.join(runDir, 'news-annotator.vsix'));
    vsix = path.join(runDir, 'news-annotator.vsix');
    const entries = zipEntries(vsix);
    const missing = REQUIRED.filter((name) => !entries.includes(name));
    check(counts, `the .vsix holds what a user needs (${REQUIRED.length} required files)`, missing.length === 0, `missing: ${missing.join(', ')}`);
    const extra = entries.filter((name) => FORBIDDEN.some((re) => re.test(name)));
    check(counts, `the .vsix holds no sources, tests, tooling or maps (${entries.length} files)`, extra.length === 0, `should not ship: ${extra.slice(0, 10).join(', ')}`);
    console.log(`    (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB; ${entries.filter((e) => e.startsWith('extension/')).map((e) => e.slice(10)).join(', ')})`);

    // Install it the way a user does and run the activation tests against that install.
    const server = await startTestServer(await offline(), runDir, { name: 'vsix', vsix, testFiles: ['activation.test.js'] });
    try {
      const summary = recordVersion(await runIntegrationInCodeServer(server));
      counts.passed += summary.passed;
      counts.failed += summary.failed;
      const loadedFrom = summary.start?.extensionPath ?? '';
      check(counts, 'VS Code loaded the extension from the installed .vsix', loadedFrom.startsWith(server.extensionsDir), `loaded from ${loadedFrom || 'nowhere'}`);
    } finally {
      await server.stop();
    }
  });

  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log('\n=== summary ===');
  for (const r of results) console.log(`  ${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(4)} failed  ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`);
  if (vscodeVersions.size) console.log(`  integration tests ran in: ${[...vscodeVersions].map((v) => v.replace(/^.*?(\d+\.\d+\.\d+)$/, 'VS Code $1')).join(', ')} (${[...vscodeVersions].join(', ')})`);
  console.log(`  total time ${((Date.now() - totalStarted) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  exitCode = failed > 0 || results.length === 0 ? 1 : 0;
} catch (error) {
  console.error(`\nnpm test could not run: ${error.message}`);
  console.log('0 passed, 1 failed');
} finally {
  await cleanupAll();
  if (exitCode === 0 && !keep) fs.rmSync(runDir, { recursive: true, force: true });
  else console.log(`Logs, workspaces and reports of this run: ${runDir}`);
}
process.exit(exitCode);
