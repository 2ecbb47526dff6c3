// Debian's chromium driven by playwright-core: what opens the workbench (the extension host
// only starts when a browser connects) and what the UI tests click through.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { onCleanup } from './proc.mjs';

export const CHROMIUM = process.env.NEWS_ANNOTATOR_CHROMIUM || '/usr/bin/chromium';

/** Without the networking flags chromium keeps dialling Google's hosts on this closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** How long the workbench may take to appear after navigation (first load compiles a lot). */
export const WORKBENCH_TIMEOUT_MS = 90_000;

/**
 * Launches headless chromium with a fresh profile (--user-data-dir) that is deleted on close.
 * Returns { context, page, close() }.
 */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
  };
  onCleanup(close);
  return { context, page, close };
}

/** Navigates to a workbench URL and waits until the workbench has rendered. */
export async function loadWorkbench(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: WORKBENCH_TIMEOUT_MS });
  await page.locator('.monaco-workbench').first().waitFor({ state: 'visible', timeout: WORKBENCH_TIMEOUT_MS });
}
