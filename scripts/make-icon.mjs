// Renders media/icon.svg to media/icon.png (128x128, transparent corners) with the same
// chromium the tests use. Run by hand after changing the SVG; the PNG is committed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { cleanupAll } from './lib/proc.mjs';
import { repoRoot } from './lib/paths.mjs';

const svg = fs.readFileSync(path.join(repoRoot, 'media', 'icon.svg'), 'utf8');
const browser = await launchBrowser({ viewport: { width: 128, height: 128 } });
try {
  await browser.page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await browser.page.locator('svg').screenshot({ path: path.join(repoRoot, 'media', 'icon.png'), omitBackground: true });
  console.log('wrote media/icon.png');
} finally {
  await browser.close();
  await cleanupAll();
}
