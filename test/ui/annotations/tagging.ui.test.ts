// A person tags a claim with the keyboard only: finds the words (Ctrl+F, type, Escape leaves
// them selected), presses Ctrl+Alt+T, presses the label's key (C = claim), and Enter to accept
// the speaker the engine found. Three keystrokes from the selection to the saved tag; the
// sidecar on disk holds it, and the screenshot shows the tagged span.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { screenshot, UI_TIMEOUT_MS, waitUntil, workbenchWithFile } from '../workbench';

const PHRASE = 'These problems will not disappear without talks';
// "...without talks," the spokesman stressed: the spokesman is Peskov, named earlier in the article.
const SPEAKER = 'Dmitry Peskov';

async function waitForFile(file: string, test: (text: string) => boolean, timeoutMs: number): Promise<string> {
  const read = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  try {
    await waitUntil(async () => test(read()), timeoutMs, `${file} never held the expected content`);
  } catch (error) {
    throw new Error(`${(error as Error).message}; it has:\n${read().slice(-600)}`, { cause: error });
  }
  return read();
}

describe('Annotations UI: tagging with the keyboard', function () {
  this.timeout(240_000);
  const workbench = workbenchWithFile('seeds.corpus');

  it('tags a selection as a claim in three keystrokes and writes the sidecar', async () => {
    const wb = workbench();
    const { page } = wb;
    const sidecar = path.join(wb.folder, 'seeds.corpus.annotations.yaml');
    const before = fs.readFileSync(sidecar, 'utf8');
    assert.ok(!before.includes(PHRASE), 'the fixture already tags the phrase');

    // Select the words with the keyboard: focus the editor, find them, close the find widget.
    await page.locator('.monaco-workbench').focus();
    await page.keyboard.press('Control+1');
    await page.locator('.editor-instance .monaco-editor.focused').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.keyboard.press('Control+F');
    const find = page.locator('.editor-instance .find-widget textarea, .editor-instance .find-widget input').first();
    await find.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await page.keyboard.type(PHRASE);
    await page.locator('.editor-instance .find-widget .matchesCount').filter({ hasText: /^1 of 1$/ }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.keyboard.press('Escape');
    await page.locator('.editor-instance .monaco-editor.focused').waitFor({ timeout: UI_TIMEOUT_MS });
    // The extension is up once it has coloured the quotes (overlay decorations named "ced-...").
    await page.locator('.editor-instance .view-overlays div[class*="ced-"]').first().waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });

    // 1: the keybinding opens the label pick.
    await page.keyboard.press('Control+Alt+T');
    const quickInput = page.locator('.quick-input-widget');
    await quickInput.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'claim' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await screenshot(page, 'annotations-label-pick');
    // 2: the label's key picks it at once.
    await page.keyboard.press('c');
    const input = quickInput.locator('.quick-input-box input');
    await quickInput.locator('.quick-input-message, .quick-input-header').filter({ hasText: /Speaker/ }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    // The speaker box comes pre-filled with the speaker the engine credits the quote to; the
    // widget can be on screen a frame before that value reaches it.
    await waitUntil(async () => (await input.inputValue()) === SPEAKER, UI_TIMEOUT_MS, `the speaker box was not pre-filled with "${SPEAKER}"`);
    // 3: Enter accepts the pre-filled speaker and saves.
    await page.keyboard.press('Enter');

    const text = await waitForFile(sidecar, (t) => t.includes(`quote: ${PHRASE}`), UI_TIMEOUT_MS);
    const entry = text.slice(text.lastIndexOf('  - id:', text.indexOf(`quote: ${PHRASE}`)));
    assert.match(entry, /^ {2}- id: [a-z][0-9a-z]{5}\n {4}article: 003_c39b77451d523681\.txt\n {4}label: claim\n {4}quote: These problems/);
    assert.match(entry, new RegExp(`\\n {4}speaker: ${SPEAKER}\\n`));
    assert.ok(text.startsWith(before.split('\n')[0]), 'the file header comment was lost');
    assert.match(text, /# Lavrov accuses Washington's critics/, 'a comment inside the file was lost');

    // The tagged span is decorated (label colour and gutter icon) and a notification offers Undo.
    await page.locator('.notifications-toasts .notification-toast').filter({ hasText: /Tagged .* as claim/ }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.locator('.editor-instance .glyph-margin-widgets div[class*="ced-"], .editor-instance .margin-view-overlays div[class*="ced-"]').first()
      .waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
    await screenshot(page, 'annotations-tagged-claim');
  });
});
