// Reading the integration tests' JSON-lines report (written by test/integration/index.ts in
// the extension host) and turning it into printed lines and counts.
import * as fs from 'node:fs';
import { waitFor } from './wait.mjs';

/** Prints one report event as a spec-like line. */
export function printEvent(event, indent = '    ') {
  switch (event.event) {
    case 'start':
      console.log(`${indent}${event.appName} ${event.vscodeVersion} (${event.appHost}${event.extensionHost ? `, ${event.extensionHost} extension host` : ''}); extension at ${event.extensionPath ?? 'NOT FOUND'}`);
      console.log(`${indent}test files: ${event.files.join(', ') || '(none)'}`);
      break;
    case 'pass':
      console.log(`${indent}✓ ${event.title} (${event.durationMs} ms)`);
      break;
    case 'fail':
      console.log(`${indent}✗ ${event.title}\n${indent}    ${event.message.split('\n').join(`\n${indent}    `)}`);
      if (event.stack) console.log(`${indent}    ${firstFrames(event.stack)}`);
      break;
    case 'pending':
      console.log(`${indent}- ${event.title} (pending)`);
      break;
    case 'end':
      console.log(`${indent}(mocha in the extension host: ${event.passes} passed, ${event.failures} failed in ${(event.durationMs / 1000).toFixed(1)} s)`);
      break;
    case 'error':
      console.log(`${indent}✗ the tests could not run: ${event.message}\n${indent}    ${firstFrames(event.stack)}`);
      break;
  }
}

function firstFrames(stack) {
  return stack.split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 3).map((l) => l.trim()).join('\n        ');
}

/** Counts of a finished (or abandoned) report. */
export function summarize(events) {
  const start = events.find((e) => e.event === 'start');
  const passed = events.filter((e) => e.event === 'pass').length;
  const failures = events.filter((e) => e.event === 'fail' || e.event === 'error');
  const skipped = events.filter((e) => e.event === 'pending').length;
  return { passed, failed: failures.length, skipped, failures, start, finished: events.some((e) => e.event === 'end' || e.event === 'error') };
}

export function readEvents(file) {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/**
 * Follows a report file as the tests write it, printing each event, until 'end' or 'error'.
 * Fails with a clear message if the tests never start (startTimeoutMs), go silent
 * (idleTimeoutMs without a new event: a hung test or a crashed extension host), or if
 * `checkAlive()` throws (e.g. code-server died).
 */
export async function followReport(file, { startTimeoutMs, idleTimeoutMs, checkAlive = () => {}, hint = '', what = 'integration tests', host = "VS Code's extension host" }) {
  const events = [];
  let lastEventAt = Date.now();
  let offset = 0;
  let pending = '';
  const poll = () => {
    checkAlive();
    if (fs.existsSync(file)) {
      const text = fs.readFileSync(file, 'utf8');
      pending += text.slice(offset);
      offset = text.length;
      const lines = pending.split('\n');
      pending = lines.pop(); // a partial line waits for its end
      for (const line of lines.filter(Boolean)) {
        const event = JSON.parse(line);
        events.push(event);
        printEvent(event);
        lastEventAt = Date.now();
      }
    }
    return events.some((e) => e.event === 'end' || e.event === 'error');
  };
  await waitFor(() => poll() || events.some((e) => e.event === 'start'), {
    timeoutMs: startTimeoutMs,
    intervalMs: 200,
    message: `The ${what} never started in ${host}. ${hint}`,
  });
  // Idle timeout: each wait ends when an event arrives; a silent stretch ends the run.
  while (!poll()) {
    const seen = events.length;
    await waitFor(() => poll() || events.length > seen, {
      timeoutMs: Math.max(0, lastEventAt + idleTimeoutMs - Date.now()),
      intervalMs: 200,
      message: `The ${what} stopped reporting (no result for ${Math.round(idleTimeoutMs / 1000)} s; last: ${JSON.stringify(events.at(-1)?.title ?? events.at(-1)?.event)}). ${hint}`,
    });
  }
  return summarize(events);
}
