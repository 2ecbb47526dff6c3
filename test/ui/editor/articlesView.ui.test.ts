// A person opens the News Annotator side bar, clicks an article in the Articles view and the
// editor jumps to it; the screenshot shows the highlighted corpus with both views open.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { quickPickRow, runCommand, screenshot, statusBarItem, UI_TIMEOUT_MS, viewRow, workbenchWithFile } from '../workbench';

const ARTICLE_TITLE = 'Kremlin rules out better Russia-US relations';
/** 1-based line of that article's header in seeds.corpus. */
const ARTICLE_LINE = 87;

async function pickColorTheme(page: Page, theme: string): Promise<void> {
  // Ctrl+K Ctrl+T opens the theme picker itself (the palette would also offer marketplace entries).
  await page.locator('.monaco-workbench').focus();
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  // The theme picker is open once it lists the built-in themes.
  await quickPickRow(page, 'Light Modern').waitFor({ timeout: UI_TIMEOUT_MS }).catch(async (error) => {
    await screenshot(page, 'editor-theme-picker-failure');
    throw error;
  });
  await input.fill(theme);
  await quickPickRow(page, theme).waitFor({ timeout: UI_TIMEOUT_MS });
  await input.press('Enter');
}

describe('Editor UI: Articles and Speakers views', function () {
  this.timeout(240_000);
  const workbench = workbenchWithFile('seeds.corpus');

  it('opens the News Annotator side bar from the activity bar', async () => {
    const wb = workbench();
    await wb.page.locator('.activitybar .action-item .action-label[aria-label^="News Annotator"]').click();
    await viewRow(wb.page, 'Articles', ARTICLE_TITLE).waitFor({ timeout: UI_TIMEOUT_MS });
  });

  it('moves the cursor to an article clicked in the Articles view', async () => {
    const wb = workbench();
    await viewRow(wb.page, 'Articles', ARTICLE_TITLE).click();
    await statusBarItem(wb.page, `Ln ${ARTICLE_LINE}, Col 1`).waitFor({ timeout: UI_TIMEOUT_MS });
    // The article is scrolled to the top of the editor. VS Code keeps room above a line revealed
    // "at top" for the sticky-scroll lines (up to 5 by default), so the header lands within them.
    // (A string expression: this project's type checking has no DOM library.)
    const offsetLines = await wb.page.evaluate<number>(`(() => {
      const editor = document.querySelector('.editor-instance .monaco-editor .overflow-guard');
      const header = [...document.querySelectorAll('.editor-instance .view-lines .view-line')]
        .find((l) => l.textContent.replace(/\u00a0/g, ' ').startsWith('<<<FILE 003_c39b77451d523681.txt>>>'));
      if (!editor || !header) return -1;
      const lineHeight = header.getBoundingClientRect().height;
      return (header.getBoundingClientRect().top - editor.getBoundingClientRect().top) / lineHeight;
    })()`);
    await screenshot(wb.page, 'editor-article-revealed');
    assert.ok(offsetLines >= 0 && offsetLines <= 6, `the article header is not at the top of the editor (line offset ${offsetLines})`);
    await statusBarItem(wb.page, ARTICLE_TITLE).waitFor({ timeout: UI_TIMEOUT_MS });
  });

  it('goes to an article picked by headline, and the Articles view follows the cursor', async () => {
    const wb = workbench();
    await runCommand(wb.page, 'News Annotator: Go to Article...');
    const input = wb.page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('telephone talks');
    await quickPickRow(wb.page, 'Kremlin ready for telephone talks').waitFor({ timeout: UI_TIMEOUT_MS });
    await input.press('Enter');
    await statusBarItem(wb.page, 'Ln 58, Col 1').waitFor({ timeout: UI_TIMEOUT_MS });
    // The view selects the article under the cursor without taking focus from the editor.
    await viewRow(wb.page, 'Articles', 'Kremlin ready for telephone talks').and(wb.page.locator('.selected')).waitFor({ timeout: UI_TIMEOUT_MS });
    assert.ok(await wb.page.locator('.editor-instance .monaco-editor.focused').count(), 'the editor lost focus');
  });

  it('shows the highlighted corpus with both views open', async () => {
    const wb = workbench();
    // Back to the first article, where the Kremlin spokesman is quoted.
    await viewRow(wb.page, 'Articles', 'Russia-U.S. relations long way from breakthrough').click();
    await statusBarItem(wb.page, 'Ln 1, Col 1').waitFor({ timeout: UI_TIMEOUT_MS });
    await viewRow(wb.page, 'Speakers', 'Dmitry Peskov').click();
    await viewRow(wb.page, 'Speakers', "Let's not talk about any breakthrough").waitFor({ timeout: UI_TIMEOUT_MS });
    // A clean picture: no empty secondary side bar, if this workbench opened one.
    await wb.page.locator('.part.auxiliarybar .action-label.codicon-close, .part.auxiliarybar .action-label[aria-label^="Hide"]').first()
      .click({ timeout: 2000 }).catch(() => undefined);
    // Quote backgrounds are overlay decorations whose class names start with "ced-".
    await wb.page.locator('.editor-instance .view-overlays div[class*="ced-"]').first().waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
    const file = await screenshot(wb.page, 'editor-highlighted-corpus');
    assert.ok(file.endsWith('.png'));
  });

  it('stays legible in a dark theme', async () => {
    const wb = workbench();
    await pickColorTheme(wb.page, 'Dark Modern');
    await wb.page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: UI_TIMEOUT_MS });
    await screenshot(wb.page, 'editor-highlighted-corpus-dark');
    await pickColorTheme(wb.page, 'Light Modern'); // the next UI tests share this user profile
    await wb.page.locator('.monaco-workbench.vs').waitFor({ timeout: UI_TIMEOUT_MS });
  });
});
