// A person opens the sample corpus through Quick Open and runs a News Annotator command from
// the command palette; the editor, the status bar and the palette show what they expect.
import * as assert from 'node:assert/strict';
import { activeTab, openFile, openWorkbench, quickPickRow, runCommand, screenshot, statusBarItem, UI_TIMEOUT_MS, type Workbench } from './workbench';

describe('Opening a corpus in the workbench', function () {
  this.timeout(180_000);
  let wb: Workbench;

  before(async () => {
    wb = await openWorkbench();
  });

  after(async () => {
    if (wb) await screenshot(wb.page, 'open-corpus-final');
    await wb?.close();
  });

  it('opens seeds.corpus from Quick Open as a News Corpus document', async () => {
    await openFile(wb.page, 'seeds.corpus');
    await activeTab(wb.page, 'seeds.corpus').waitFor({ timeout: UI_TIMEOUT_MS });
    // The language indicator comes from the extension's contributed language.
    await statusBarItem(wb.page, 'News Corpus').waitFor({ timeout: UI_TIMEOUT_MS });
    const firstLine = await wb.page.locator('.editor-instance .view-line').first().textContent();
    assert.match(firstLine ?? '', /<<<FILE/, 'the editor does not show the corpus text');
    await screenshot(wb.page, 'open-corpus');
  });

  it('lists and runs "News Annotator: Go to Article..." from the command palette', async () => {
    await runCommand(wb.page, 'News Annotator: Go to Article...');
    // Whatever the command shows (an article picker once implemented), it must not fail.
    const errors = await wb.page.locator('.notifications-toasts .notification-toast').filter({ hasText: /command .* not found|error/i }).allTextContents();
    assert.deepEqual(errors, [], 'running the command showed an error notification');
    await screenshot(wb.page, 'go-to-article');
    await wb.page.keyboard.press('Escape'); // close a picker if the command opened one
    await quickPickRow(wb.page, 'Go to Article').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  });
});
