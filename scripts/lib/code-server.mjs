// Starting and stopping code-server (the offline VS Code) on loopback.
/* global fetch */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startBackground } from './proc.mjs';
import { waitFor } from './wait.mjs';

const START_TIMEOUT_MS = 60_000;

/** User settings that keep the workbench quiet and deterministic under test. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Starts code-server. `stateDir` holds everything it writes (user data, config, logs), so
 * runs never share state and the user's own ~/.config/code-server is left alone.
 * Port 0 lets the OS pick a free port; code-server's log tells which one it got.
 * Resolves { url, port, stop(), logFile, userDataDir } once /healthz answers.
 */
export async function startCodeServer(install, { extensionsDir, stateDir, port = 0, folder, settings = {} }) {
  const userDataDir = path.join(stateDir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const configFile = path.join(stateDir, 'code-server.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  const logFile = path.join(stateDir, 'code-server.log');

  const args = [
    install.codeServerEntry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(folder ? [folder] : []),
  ];
  let output = '';
  const env = {
    ...process.env,
    // code-server keeps "last opened" state under XDG dirs; keep it inside stateDir.
    XDG_DATA_HOME: path.join(stateDir, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'),
  };
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  const server = startBackground(install.nodeBin, args, { env, logFile, onOutput: (text) => (output += text) });

  const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))/;
  const logTail = () => `\n--- last lines of ${logFile} ---\n${output.split('\n').slice(-25).join('\n')}`;
  try {
    const match = await waitFor(
      () => {
        if (server.hasExited()) throw Object.assign(new Error('code-server exited'), { fatal: true });
        return listening.exec(output);
      },
      { timeoutMs: START_TIMEOUT_MS, message: () => `code-server did not start listening${logTail()}` },
    ).catch((error) => {
      throw server.hasExited() ? new Error(`code-server exited during startup${logTail()}`) : error;
    });
    const url = `${match[1]}/`;
    await waitFor(async () => (await fetch(`${url}healthz`)).ok, {
      timeoutMs: 15_000,
      message: () => `code-server at ${url} does not answer /healthz${logTail()}`,
    });
    return { url, port: Number(match[2]), stop: server.stop, logFile, userDataDir, hasExited: server.hasExited };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * The workbench URL that opens `folder`, and optionally `file` in an editor: VS Code's web
 * workbench reads `?folder=` and an `openFile` entry of its `?payload=` parameter.
 */
export function workbenchUrl(serverUrl, folder, file) {
  const url = new URL(serverUrl);
  url.searchParams.set('folder', folder);
  if (file) {
    const fileUri = `vscode-remote://${url.host}${path.resolve(folder, file)}`;
    url.searchParams.set('payload', JSON.stringify([['openFile', fileUri]]));
  }
  return url.toString();
}
