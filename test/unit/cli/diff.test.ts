import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffCommand } from '../../../src/cli/commands/diff';
import { FIXTURES, expectGolden, fixturePath, runCommand } from '../review/helpers';

const BASE = join(FIXTURES, 'review', 'seeds.corpus.annotations.base.yaml');
const HEAD = join(FIXTURES, 'review', 'seeds.corpus.annotations.head.yaml');

/** The diff without its --- / +++ lines, which name the sides. */
function body(text: string): string {
  return text.split('\n').filter((l) => !l.startsWith('--- ') && !l.startsWith('+++ ')).join('\n');
}

describe('cli: diff', () => {
  const base = fixturePath('review', 'seeds.corpus.annotations.base.yaml');
  const head = fixturePath('review', 'seeds.corpus.annotations.head.yaml');

  it('shows added, removed and changed annotations as text (golden)', async () => {
    const r = await runCommand(diffCommand, ['--color', 'never', base, head]);
    assert.equal(r.code, 0, r.stderr);
    expectGolden('diff-seeds.txt', r.stdout);
    assert.match(r.stdout, /^1 added, 1 removed, 4 changed, 3 unchanged$/m);
  });

  it('renders Markdown for a pull-request comment (golden)', async () => {
    const r = await runCommand(diffCommand, ['--format', 'md', base, head]);
    assert.equal(r.code, 0, r.stderr);
    expectGolden('diff-seeds.md', r.stdout);
  });

  it('exits 0 when nothing changed', async () => {
    const r = await runCommand(diffCommand, ['--color', 'never', base, base]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /0 added, 0 removed, 0 changed, 8 unchanged/);
  });

  it('exits 1 for a sidecar that does not parse or exist, 2 for a bad command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'na-diff-'));
    try {
      const broken = join(dir, 'broken.annotations.yaml');
      writeFileSync(broken, 'version: 1\nannotations: [\n');
      const r = await runCommand(diffCommand, [base, broken]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /broken\.annotations\.yaml:\d+:\d+: error: /);
      assert.equal((await runCommand(diffCommand, [base, join(dir, 'none.yaml')])).code, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal((await runCommand(diffCommand, [base])).code, 2);
    assert.equal((await runCommand(diffCommand, [base, head, head])).code, 2);
    assert.equal((await runCommand(diffCommand, ['--ref', '--oops', head])).code, 2);
    assert.equal((await runCommand(diffCommand, ['--ref', 'HEAD'])).code, 2);
    assert.equal((await runCommand(diffCommand, ['--format', 'html', base, head])).code, 2);
  });

  describe('--ref against a real git repository', () => {
    let repo: string;
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] }).toString();

    before(() => {
      repo = mkdtempSync(join(tmpdir(), 'na-diff-git-'));
      git('init', '-q');
      mkdirSync(join(repo, 'corpora'));
      copyFileSync(BASE, join(repo, 'corpora', 'seeds.corpus.annotations.yaml'));
      git('add', '.');
      git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'base');
      // The working tree is the pull request's head.
      copyFileSync(HEAD, join(repo, 'corpora', 'seeds.corpus.annotations.yaml'));
    });
    after(() => rmSync(repo, { recursive: true, force: true }));

    it('compares the working file with its committed version, wherever it is run from', async () => {
      const files = await runCommand(diffCommand, ['--color', 'never', base, head]);
      const sidecar = join(repo, 'corpora', 'seeds.corpus.annotations.yaml');
      const r = await runCommand(diffCommand, ['--color', 'never', '--ref', 'HEAD', sidecar]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(body(r.stdout), body(files.stdout));
      assert.ok(r.stdout.startsWith(`--- HEAD:${sidecar}\n+++ ${sidecar}\n`), r.stdout);
    });

    it('renders Markdown naming the ref', async () => {
      const sidecar = join(repo, 'corpora', 'seeds.corpus.annotations.yaml');
      const r = await runCommand(diffCommand, ['--format', 'md', '--ref', 'HEAD', sidecar]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /\(compared with `HEAD`\)/);
      assert.match(r.stdout, /#### Added[\s\S]*`x4k9p2`/);
    });

    it('treats a sidecar new in the working tree as all added, a deleted one as all removed', async () => {
      const added = join(repo, 'corpora', 'new.corpus.annotations.yaml');
      copyFileSync(BASE, added);
      try {
        const r = await runCommand(diffCommand, ['--color', 'never', '--ref', 'HEAD', added]);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /^8 added, 0 removed, 0 changed, 0 unchanged$/m);
      } finally {
        unlinkSync(added);
      }
      const sidecar = join(repo, 'corpora', 'seeds.corpus.annotations.yaml');
      unlinkSync(sidecar);
      try {
        const r = await runCommand(diffCommand, ['--color', 'never', '--ref', 'HEAD', sidecar]);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /^0 added, 8 removed, 0 changed, 0 unchanged$/m);
      } finally {
        copyFileSync(HEAD, sidecar);
      }
    });

    it('exits 1 for an unknown revision or a sidecar that exists nowhere', async () => {
      const sidecar = join(repo, 'corpora', 'seeds.corpus.annotations.yaml');
      const unknown = await runCommand(diffCommand, ['--ref', 'no-such-branch', sidecar]);
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /cannot read it from git: .*no-such-branch/);
      const nowhere = await runCommand(diffCommand, ['--ref', 'HEAD', join(repo, 'corpora', 'none.annotations.yaml')]);
      assert.equal(nowhere.code, 1);
      assert.match(nowhere.stderr, /no such sidecar on disk or in HEAD/);
    });
  });
});
