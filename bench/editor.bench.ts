// Editor figures measured in the real VS Code (the offline code-server of the test harness):
// a corpus of more than 20 MB is opened, and we read from the extension's metrics the time
// from open to the first highlights of the visible region and the median cost of one
// decoration update per keystroke. The work runs in test/integration/editor/largeCorpus.test.ts,
// which only runs when NEWS_ANNOTATOR_BENCH_REPORT names a file to write its figures to.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchSection } from './section';

const GOALS = { firstHighlightMs: 200, keystrokeMs: 5 };

export const editorBench: BenchSection = {
  name: 'editor',
  title: 'a corpus of more than 20 MB in the real VS Code: first highlights, per-keystroke decoration cost',
  async run() {
    const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-bench-')), 'editor.jsonl');
    const run = spawnSync(process.execPath, ['scripts/test-all.mjs', '--only=integration'], {
      cwd: path.resolve(__dirname, '..', '..'),
      env: { ...process.env, NEWS_ANNOTATOR_TEST_FILES: 'largeCorpus.test.js', NEWS_ANNOTATOR_BENCH_REPORT: report },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (!fs.existsSync(report)) {
      throw new Error(`the editor benchmark wrote no figures (exit ${run.status}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`);
    }
    const figures = JSON.parse(fs.readFileSync(report, 'utf8').trim().split('\n').pop()!) as Record<string, number>;
    const first = figures.editorShownToFirstHighlightMs;
    const key = figures.keystrokeDecorationMedianMs;
    console.log(`corpus: ${figures.megabytes} MB`);
    for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(36)} ${value}`);
    console.log(`first highlights of the visible region: ${first} ms (goal < ${GOALS.firstHighlightMs} ms: ${(first / GOALS.firstHighlightMs).toFixed(2)}x of the goal)`);
    console.log(`decoration update per keystroke, median: ${key} ms (goal < ${GOALS.keystrokeMs} ms: ${(key / GOALS.keystrokeMs).toFixed(2)}x of the goal)`);
  },
};
