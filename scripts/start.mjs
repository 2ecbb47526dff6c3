#!/usr/bin/env node
// `npm start`: the sample corpus (samples/seeds.corpus) in a real VS Code with the extension
// built from this repo.
// - With a desktop VS Code on PATH (`code`): launches it with --extensionDevelopmentPath.
// - Otherwise (or with NEWS_ANNOTATOR_VSCODE=code-server): serves the offline VS Code
//   (code-server = VS Code 1.139.1, installed once into the cache) on 127.0.0.1 and prints
//   the URL that opens samples/ with seeds.corpus in the editor. Runs until Ctrl+C.
// Port: $NEWS_ANNOTATOR_PORT, else 8080 when free, else any free port.
import { spawnSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { build, ensureNodeModules } from './lib/bootstrap.mjs';
import { ensureOfflineVSCode } from './lib/offline-vscode.mjs';
import { installDevExtension } from './lib/extensions.mjs';
import { startCodeServer, workbenchUrl } from './lib/code-server.mjs'; // Node built-ins only
import { makeRunDir, repoRoot } from './lib/paths.mjs';
import { onCleanup } from './lib/proc.mjs';
import { waitFor } from './lib/wait.mjs';

const samples = path.join(repoRoot, 'samples');
const corpus = 'seeds.corpus';

const WHERE_TO_LOOK = `Where to look:
  - the editor shows samples/${corpus}: articles under coloured <<<FILE ...>>> headers;
  - the News Annotator icon in the activity bar on the left (below Extensions) opens
    the Articles and Speakers views;
  - the status bar, bottom right, names the language: News Corpus;
  - F1, then "News Annotator: Go to Article..." lists the corpus's articles.`;

await ensureNodeModules();
await build();

const desktop = process.env.NEWS_ANNOTATOR_VSCODE !== 'code-server' && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (desktop) {
  const args = [`--extensionDevelopmentPath=${repoRoot}`, samples, path.join(samples, corpus)];
  console.log(`Opening VS Code: code ${args.join(' ')}\n\n${WHERE_TO_LOOK}`);
  spawn('code', args, { stdio: 'inherit', detached: true }).unref();
} else {
  await serveOffline();
}

async function serveOffline() {
  const install = await ensureOfflineVSCode();
  const runDir = makeRunDir('news-annotator-start');
  onCleanup(() => fs.rmSync(runDir, { recursive: true, force: true }));
  const extensionsDir = path.join(runDir, 'extensions');
  installDevExtension(extensionsDir);
  const server = await startCodeServer(install, {
    extensionsDir,
    stateDir: runDir,
    port: await choosePort(),
    folder: samples, // the bare URL opens samples/ too
    settings: { 'workbench.startupEditor': 'none' },
  });
  const url = workbenchUrl(server.url, samples, corpus);
  console.log(`
News Annotator is running in VS Code ${install.vscodeVersion} (code-server ${install.codeServerVersion}).
Open this URL in a browser on this machine:

    ${url}

${WHERE_TO_LOOK}

Logs: ${server.logFile}
Press Ctrl+C to stop.`);
  // Runs until Ctrl+C (proc.mjs stops code-server then) or until code-server dies.
  await waitFor(() => server.hasExited(), { timeoutMs: 2 ** 31 - 1, intervalMs: 1000, message: 'unreachable' });
  console.error(`code-server stopped unexpectedly; see ${server.logFile}`);
  process.exit(1);
}

/** $NEWS_ANNOTATOR_PORT, else 8080 if free, else 0 (the OS picks a free port). */
async function choosePort() {
  if (process.env.NEWS_ANNOTATOR_PORT) return Number(process.env.NEWS_ANNOTATOR_PORT);
  const free = await new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(8080, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  return free ? 8080 : 0;
}
