// Helpers for UI tests: a real VS Code workbench in chromium, driven the way a person does.
//
// CONVENTIONS (for everyone adding UI tests)
// - Every `test/ui/**/*.test.ts` is picked up automatically (Node mocha, BDD, via tsx).
// - `const wb = await openWorkbench()` gives a playwright `Page` with the workbench loaded on
//   a fresh, writable copy of test/fixtures (`wb.folder`); `await wb.close()` in `after`.
//   `openWorkbench({ file: 'seeds.corpus' })` also opens that file in an editor.
// - Drive it with `runCommand(page, 'News Annotator: Go to Article...')` (F1, type, Enter),
//   `openFile(page, 'seeds.corpus')` (Ctrl+P), and keep evidence with
//   `screenshot(page, 'name')` (saved as test-results/name.png).
// - No fixed sleeps: wait for what the user would see (locator.waitFor, or `waitUntil`).
// - All UI tests of a run share one VS Code server and so one user profile (settings such as
//   the colour theme): put back what you change.
// - `npm test` runs them (stage "ui") against the code-server it started for the integration
//   stage (NEWS_ANNOTATOR_VSCODE_URL); `node scripts/test-all.mjs --only=ui` runs only them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import * as support from '../../scripts/lib/ui-support.mjs';

/** Generous bound for anything the workbench does in response to input. */
export const UI_TIMEOUT_MS = 30_000;

export interface Workbench {
  page: Page;
  /** The workspace folder the workbench shows: a fresh copy of test/fixtures. */
  folder: string;
  close(): Promise<void>;
}

let workspaceCount = 0;

/** Opens the workbench in a new browser on a fresh copy of test/fixtures. */
export async function openWorkbench(options: { file?: string } = {}): Promise<Workbench> {
  const serverUrl = process.env.NEWS_ANNOTATOR_VSCODE_URL;
  const workDir = process.env.NEWS_ANNOTATOR_UI_DIR;
  if (!serverUrl || !workDir) {
    throw new Error('UI tests need a running VS Code: run them with `npm test` or `node scripts/test-all.mjs --only=ui`.');
  }
  const folder = support.copyWritable(path.join(support.repoRoot, 'test', 'fixtures'), path.join(workDir, `ui-workspace-${process.pid}-${++workspaceCount}`));
  const browser = await support.launchBrowser();
  const { page } = browser;
  await support.loadWorkbench(page, support.workbenchUrl(serverUrl, folder, options.file));
  // The explorer shows the folder once the remote file system answers: the workbench is usable.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: support.WORKBENCH_TIMEOUT_MS });
  return { page, folder, close: browser.close };
}

/**
 * For a describe block: a workbench opened on `file` before its tests (the editor tab shown)
 * and closed after them. Returns a getter, as the workbench exists only once `before` ran.
 */
export function workbenchWithFile(file: string): () => Workbench {
  let wb: Workbench | undefined;
  before(async () => {
    wb = await openWorkbench({ file });
    await activeTab(wb.page, file).waitFor({ timeout: UI_TIMEOUT_MS });
  });
  afterEach(async function () {
    // A failed test leaves a picture of the window (test-results/FAILED-<title>.png) to read.
    if (this.currentTest?.state === 'failed' && wb) {
      await screenshot(wb.page, `FAILED-${this.currentTest.title.replace(/[^\w-]+/g, '-').slice(0, 60)}`).catch(() => undefined);
    }
  });
  after(async () => {
    await wb?.close();
  });
  return () => {
    if (!wb) throw new Error('the workbench is not open yet');
    return wb;
  };
}

/** Runs a command from the command palette by its full title, e.g. 'News Annotator: Go to Article...'. */
export async function runCommand(page: Page, title: string): Promise<void> {
  const input = await openQuickInput(page, 'F1');
  await input.fill(`>${title}`);
  await quickPickRow(page, title).waitFor({ timeout: UI_TIMEOUT_MS });
  await input.press('Enter');
  // Done when the palette closed or the command replaced it with its own quick pick.
  await waitUntil(
    async () => !(await input.isVisible()) || (await input.inputValue()) !== `>${title}`,
    UI_TIMEOUT_MS,
    `the command palette still shows "${title}" after Enter`,
  );
}

/** Opens a workspace file by name through Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page: Page, name: string): Promise<void> {
  const input = await openQuickInput(page, 'Control+P');
  await input.fill(name);
  await quickPickRow(page, name).waitFor({ timeout: UI_TIMEOUT_MS });
  await input.press('Enter');
  await activeTab(page, name).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** The active editor tab, if its title is `name`. */
export function activeTab(page: Page, name: string): Locator {
  return page.locator('.tabs-container .tab.active').filter({ hasText: name });
}

/** A status bar entry by the text the user sees, e.g. statusBarItem(page, 'News Corpus'). */
export function statusBarItem(page: Page, text: string): Locator {
  return page.locator('.part.statusbar .statusbar-item').filter({ hasText: text });
}

/** Saves a PNG of the whole window as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(support.resultsDir, { recursive: true });
  const file = path.join(support.resultsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** A row of a side bar view (by its title, e.g. 'Speakers') whose text contains `text`. */
export function viewRow(page: Page, viewTitle: string, text: string): Locator {
  return page
    .locator('.pane')
    .filter({ has: page.locator('.pane-header', { hasText: viewTitle }) })
    .locator('.monaco-list-row')
    .filter({ hasText: text })
    .first();
}

/** Opens the News Annotator side bar (Articles and Speakers views) from the activity bar. */
export async function openNewsAnnotatorSideBar(page: Page): Promise<void> {
  await page.locator('.activitybar .action-item .action-label[aria-label^="News Annotator"]').click();
  await page.locator('.pane-header', { hasText: 'Speakers' }).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** A row of the visible quick pick whose label contains `text`. */
export function quickPickRow(page: Page, text: string): Locator {
  return page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: text }).first();
}

/**
 * Polls an async condition (e.g. built from locators) until it holds or `timeoutMs` passes,
 * then throws Error(message). For states playwright's own waits cannot express.
 */
export async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${message} (after ${timeoutMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function openQuickInput(page: Page, key: string): Promise<Locator> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  // Keys go to the focused element; the workbench must hold focus, not the address bar.
  await page.locator('.monaco-workbench').focus();
  await page.keyboard.press(key);
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  return input;
}
