import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportCommand } from '../../../src/cli/commands/report';
import { FIXTURES, expectGolden, fixturePath, runCommand } from '../review/helpers';

describe('cli: report', () => {
  const seeds = fixturePath('seeds.corpus');
  const emoji = fixturePath('review', 'emoji.corpus');

  it('renders the seed corpus as Markdown (golden)', async () => {
    const r = await runCommand(reportCommand, ['--format', 'md', seeds]);
    assert.equal(r.code, 0, r.stderr);
    expectGolden('report-seeds.md', r.stdout);
  });

  it('renders the seed corpus as JSON (golden)', async () => {
    const r = await runCommand(reportCommand, ['--format=json', seeds]);
    assert.equal(r.code, 0, r.stderr);
    expectGolden('report-seeds.json', r.stdout);
    assert.equal(JSON.parse(r.stdout).summary.annotations, 8);
  });

  it('lists fuzzy and orphaned anchors first', async () => {
    const r = await runCommand(reportCommand, [emoji]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\| Fuzzy anchors \| \*\*1\*\* \|\n\| Orphaned annotations \| \*\*2\*\* \|/);
    assert.match(r.stdout, /\| attack \| a 💸 stunt \| Critics \| Pipes \\\| and \\<b\\>tags\\<\/b\\>, "quotes" and @&#8203;octocat: all text\. \| exact \| `e6n0te` \|/);
    assert.match(r.stdout, /## Needs attention[\s\S]*`e4orph`[\s\S]*`e3fuzz`[\s\S]*`e5gone`/);
  });

  it('takes a sidecar or a directory for its corpus', async () => {
    const direct = await runCommand(reportCommand, [emoji]);
    const viaSidecar = await runCommand(reportCommand, [`${emoji}.annotations.yaml`]);
    const viaDirectory = await runCommand(reportCommand, [fixturePath('review')]);
    assert.equal(viaSidecar.stdout, direct.stdout);
    assert.equal(viaDirectory.stdout, direct.stdout);
  });

  it('keeps the Markdown under --max-length', async () => {
    const r = await runCommand(reportCommand, ['--max-length', '3000', seeds]);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.length <= 3000, String(r.stdout.length));
    assert.match(r.stdout, /articles left out/);
  });

  it('still reports a corpus whose sidecar is invalid, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'na-report-'));
    try {
      copyFileSync(join(FIXTURES, 'review', 'emoji.corpus'), join(dir, 'x.corpus'));
      writeFileSync(join(dir, 'x.corpus.annotations.yaml'), 'version: 1\nannotations:\n  - id: [\n');
      const r = await runCommand(reportCommand, [join(dir, 'x.corpus')]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /x\.corpus\.annotations\.yaml:\d+:\d+: error: /);
      assert.match(r.stdout, /\*\*Annotations not shown:\*\* `[^`]*x\.corpus\.annotations\.yaml` could not be read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 for a missing file and 2 for a bad command line', async () => {
    assert.equal((await runCommand(reportCommand, ['no/such.corpus'])).code, 1);
    assert.equal((await runCommand(reportCommand, [])).code, 2);
    assert.equal((await runCommand(reportCommand, ['--format', 'html', seeds])).code, 2);
    assert.equal((await runCommand(reportCommand, ['--max-length', 'lots', seeds])).code, 2);
  });
});
