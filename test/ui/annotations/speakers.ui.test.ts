// A person renames a speaker from the Speakers view: right-click the speaker, choose Rename
// Speaker..., type the name the team uses, Enter. The view shows the new name at once and the
// alias is saved in the team's taxonomy file, where a pull request shows it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openNewsAnnotatorSideBar, screenshot, UI_TIMEOUT_MS, viewRow, waitUntil, workbenchWithFile } from '../workbench';

const DETECTED = 'Dmitry Peskov';
const TEAM_NAME = 'Dmitry S. Peskov';

describe('Annotations UI: renaming a speaker from the Speakers view', function () {
  this.timeout(240_000);
  const workbench = workbenchWithFile('seeds.corpus');

  it('renames through the context menu and saves the alias beside the taxonomy', async () => {
    const wb = workbench();
    const { page } = wb;
    const taxonomy = path.join(wb.folder, '.news-annotator.yaml');
    assert.ok(!fs.existsSync(taxonomy), 'the fixture folder already has a taxonomy file');
    await openNewsAnnotatorSideBar(page);
    const speaker = viewRow(page, 'Speakers', DETECTED);
    await speaker.waitFor({ timeout: UI_TIMEOUT_MS });

    await speaker.click({ button: 'right' });
    const menuItem = page.locator('.context-view .monaco-menu .action-item').filter({ hasText: 'Rename Speaker' }).first();
    await menuItem.waitFor({ timeout: UI_TIMEOUT_MS });
    await menuItem.click();

    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    // Pre-filled with the current name, so a small correction is a small edit. The widget can
    // be on screen a frame before the extension host's value reaches it: wait for the value.
    await waitUntil(async () => (await input.inputValue()) === DETECTED, UI_TIMEOUT_MS,
      `the rename box was not pre-filled with "${DETECTED}"`);
    await input.fill(TEAM_NAME);
    await input.press('Enter');

    await viewRow(page, 'Speakers', TEAM_NAME).waitFor({ timeout: UI_TIMEOUT_MS });
    await waitUntil(async () => fs.existsSync(taxonomy), UI_TIMEOUT_MS, 'no taxonomy file was written');
    const written = fs.readFileSync(taxonomy, 'utf8');
    assert.match(written, /^speakers:\n {2}aliases:\n {4}"?Dmitry Peskov"?: "?Dmitry S\. Peskov"?$/m);
    // The old name is gone from the view: one row per person.
    assert.equal(await page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: 'Speakers' }) })
      .locator('.monaco-list-row').filter({ hasText: /^Dmitry Peskov/ }).count(), 0);
    await screenshot(page, 'speakers-renamed');
  });
});
