// Child processes and cleanup for the test and start scripts.
//
// Everything long-lived (code-server, its extension hosts, browsers) is started in its own
// process group and registered here, so that a normal end, a failure, Ctrl+C or SIGTERM all
// end the whole tree: killing only code-server would leave its extension hosts running.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { waitFor } from './wait.mjs';

const cleanups = [];
let handlersInstalled = false;
let cleaning = false;

/** Registers `fn` to run (last registered, first run) when the process ends. */
export function onCleanup(fn) {
  cleanups.push(fn);
  installSignalHandlers();
}

/** Runs every registered cleanup once; safe to call more than once. */
export async function cleanupAll() {
  if (cleaning) return;
  cleaning = true;
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (error) {
      console.error(`cleanup: ${error?.message ?? error}`);
    }
  }
  cleaning = false;
}

function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, async () => {
      console.error(`\n${signal}: stopping VS Code, browsers and other child processes...`);
      await cleanupAll();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
  // Last resort for synchronous exits (process.exit from elsewhere): kill the groups we know.
  process.once('exit', () => {
    for (const pid of liveGroups) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

const liveGroups = new Set();

/**
 * Runs a command to completion with inherited stdio (or output appended to `logFile`).
 * Resolves with the exit code; never rejects for a non-zero code, so callers decide.
 */
export function run(command, args, { cwd, env, logFile, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, 'a') : quiet ? 'ignore' : 'inherit';
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', out, out] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (typeof out === 'number') fs.closeSync(out);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

/** Runs a command and returns its stdout as a string (stderr passes through). */
export function capture(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * Starts a long-running command in its own process group, output to `logFile`.
 * Returns { child, stop() }; stop() sends SIGTERM to the group, then SIGKILL if it lingers.
 */
export function startBackground(command, args, { cwd, env, logFile, onOutput }) {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, env: env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  liveGroups.add(child.pid);
  let exited = false;
  child.on('exit', () => {
    exited = true;
    liveGroups.delete(child.pid);
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      fs.writeSync(log, chunk);
      onOutput?.(chunk.toString());
    });
  }
  const stop = async () => {
    if (!exited) {
      signalGroup(child.pid, 'SIGTERM');
      try {
        await waitFor(() => exited, { timeoutMs: 5000, message: `${command} did not stop on SIGTERM` });
      } catch {
        signalGroup(child.pid, 'SIGKILL');
      }
    }
    // Extension hosts and helpers may outlive their parent; the group kill reaches them.
    signalGroup(child.pid, 'SIGKILL');
    liveGroups.delete(child.pid);
    try {
      fs.closeSync(log);
    } catch {
      // already closed
    }
  };
  onCleanup(stop);
  return { child, stop, hasExited: () => exited };
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}
