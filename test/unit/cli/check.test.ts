// `news-annotator check`: messages with their 1-based places, exit codes, --fix rewriting only
// the anchors that moved (everything else byte for byte, atomically), and refusing to write
// what it could not read. Runs on copies of the fixtures in temp directories.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCommand } from '../../../src/cli/commands/check';
import { UsageError } from '../../../src/cli/command';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const SIDECAR = 'seeds.corpus.annotations.yaml';

interface Run {
  code: number;
  out: string[];
  err: string;
}

async function check(...args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await checkCommand.run(args, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { code, out: out.split('\n').filter(Boolean), err };
}

describe('cli/check', () => {
  let dir: string;
  let corpus: string;
  let sidecar: string;
  const original = readFileSync(join(FIXTURES, SIDECAR), 'utf8');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-check-'));
    corpus = join(dir, 'seeds.corpus');
    sidecar = join(dir, SIDECAR);
    writeFileSync(corpus, readFileSync(join(FIXTURES, 'seeds.corpus'), 'utf8'));
    copyFileSync(join(FIXTURES, SIDECAR), sidecar);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const editCorpus = (edit: (text: string) => string) => writeFileSync(corpus, edit(readFileSync(corpus, 'utf8')));

  it('is silent and exits 0 on the clean fixtures', async () => {
    assert.deepEqual(await check(corpus), { code: 0, out: [], err: '' });
    assert.equal((await check(sidecar)).code, 0);
    assert.equal((await check(dir)).code, 0);
  });

  it('reports each anchor state at its entry, with the right severity and exit code', async () => {
    editCorpus((t) => t
      .replace('Off the wire\n', 'Off the wire\nA new line.\n')
      .replace('Too early yet.', 'Too early, yet.')
      .replace('Russia has denied any involvement', 'Russia has rejected every claim')
      .replace('<<<FILE 004_7ddae7ebccbc7a8a.txt>>>', '<<<FILE 004_renamed.txt>>>'));
    const run = await check(corpus);
    assert.equal(run.code, 1);
    assert.deepEqual(run.out.map((line) => line.replace(dir, 'DIR').replace(/: annotation .*?(moved|matches|orphaned|is not in)/, ': $1')), [
      'DIR/seeds.corpus.annotations.yaml:5:3: info: moved from offset 1206 to 1218 (check --fix updates the anchor)',
      'DIR/seeds.corpus.annotations.yaml:15:3: info: moved from offset 2085 to 2097 (check --fix updates the anchor)',
      'DIR/seeds.corpus.annotations.yaml:26:3: warning: matches only approximately (score 0.96) at offset 1184: "Too early yet." was saved, the text is now "Too early, yet."; confirm or correct the quote',
      'DIR/seeds.corpus.annotations.yaml:37:3: info: moved from offset 1822 to 1823 (check --fix updates the anchor)',
      "DIR/seeds.corpus.annotations.yaml:70:3: error: orphaned: \"Russia has denied any involvement\" is not in article '003_c39b77451d523681.txt'",
      "DIR/seeds.corpus.annotations.yaml:80:3: warning: is not in the corpus; the quote was found in '004_renamed.txt' at offset 1268 (check --fix updates the anchor)",
    ]);
    assert.equal(run.err, '1 error, 2 warnings\n');
  });

  it('exits 0 when anchors only moved: info lines are not problems', async () => {
    editCorpus((t) => t.replace('Off the wire\n', 'Off the wire\nA new line.\n'));
    const run = await check(corpus);
    assert.equal(run.code, 0);
    assert.equal(run.out.length, 2);
  });

  it('--fix rewrites moved, fuzzy and renamed anchors only, leaving every other byte as it was', async () => {
    editCorpus((t) => t
      .replace('Off the wire\n', 'Off the wire\nA new line.\n')
      .replace('Kremlin rules out better Russia-US relations', 'Kremlin rules out better Russia-US relations, again')
      .replace('Russia has denied any involvement', 'Russia has rejected every claim')
      .replace('<<<FILE 004_7ddae7ebccbc7a8a.txt>>>', '<<<FILE 004_renamed.txt>>>'));
    const mode = 0o640;
    chmodSync(sidecar, mode);
    const run = await check('--fix', corpus);
    assert.equal(run.code, 1, 'the orphan is still an error');
    const fixed = readFileSync(sidecar, 'utf8');
    const before = original.split('\n');
    const after = fixed.split('\n');
    assert.equal(after.length, before.length);
    const changed = after.map((line, i) => [i + 1, before[i], line]).filter(([, b, a]) => b !== a);
    assert.deepEqual(changed, [
      [11, '    start: 1206', '    start: 1218'],
      [21, '    start: 2085', '    start: 2097'],
      [65, '    start: 515', '    start: 522'],
      [81, '    article: 004_7ddae7ebccbc7a8a.txt', '    article: 004_renamed.txt'],
    ]);
    assert.equal(statSync(sidecar).mode & 0o777, mode);
    assert.deepEqual(readdirSync(dir).sort(), ['seeds.corpus', SIDECAR]);
    const again = await check(corpus);
    assert.equal(again.out.length, 1);
    assert.match(again.out[0], /:70:3: error: annotation v16cf0 \(denial\) is orphaned/);
  });

  it('--fix of moved anchors leaves a clean corpus, and a second --fix changes nothing', async () => {
    editCorpus((t) => t.replace('MOSCOW, March 22', 'MOSCOW, Thursday, March 22'));
    assert.equal((await check('--fix', corpus)).code, 0);
    const once = readFileSync(sidecar, 'utf8');
    assert.notEqual(once, original);
    assert.deepEqual(await check(corpus), { code: 0, out: [], err: '' });
    await check('--fix', corpus);
    assert.equal(readFileSync(sidecar, 'utf8'), once);
  });

  it('never writes a sidecar it could not read, and reports where it is wrong', async () => {
    editCorpus((t) => t.replace('Off the wire\n', 'Off the wire\nA new line.\n'));
    const broken = original.replace('    start: 2085\n', '    start: twenty\n');
    writeFileSync(sidecar, broken);
    const run = await check('--fix', corpus);
    assert.equal(run.code, 1);
    assert.deepEqual(run.out.map((l) => l.replace(dir, 'DIR')), [
      "DIR/seeds.corpus.annotations.yaml:21:12: error: 'start' must be a whole number >= 0 (an offset into the article body), not string twenty [wrong-type]",
    ]);
    assert.equal(readFileSync(sidecar, 'utf8'), broken);
  });

  it('does not rewrite anchors against a corpus with errors', async () => {
    editCorpus((t) => t.replace('Off the wire\n', 'Off the wire\nA new line.\n') + '<<<FILE >>>\n');
    const run = await check('--fix', corpus);
    assert.equal(run.code, 1);
    assert.ok(run.out.some((l) => l.includes('anchors not rewritten: the corpus has errors')));
    assert.equal(readFileSync(sidecar, 'utf8'), original);
  });

  it('checks labels and fields against the nearest taxonomy, else the built-in one', async () => {
    writeFileSync(sidecar, original.replace('label: denial\n    quote: Moscow', 'label: denail\n    quote: Moscow'));
    const builtIn = await check(corpus);
    assert.equal(builtIn.code, 1);
    assert.match(builtIn.out[0], /seeds\.corpus\.annotations\.yaml:17:5: error: annotation a2zpie \(denail\): unknown label 'denail' \(did you mean 'denial'\?\); the built-in taxonomy defines claim, denial/);

    writeFileSync(join(dir, '.news-annotator.yaml'), 'labels:\n  - id: denail\n    description: d\n    color: "#123456"\nfields:\n  verdict: [true, false]\n');
    const custom = (await check(corpus)).out;
    assert.ok(custom.some((l) => /:7:5: error: annotation m8jq95 \(prediction\): unknown label 'prediction'; .*\.news-annotator\.yaml defines denail$/.test(l)), custom.join('\n'));
    assert.ok(custom.some((l) => /:47:5: warning: annotation hz8v65 \(accusation\): verdict "unverified" is not one of true, false$/.test(l)), custom.join('\n'));
    assert.ok(!custom.some((l) => l.includes("unknown label 'denail'")));

    writeFileSync(join(dir, '.news-annotator.yaml'), 'labels:\n  - id: claim\n    color: red\n');
    const invalid = await check(corpus);
    assert.ok(invalid.out.some((l) => /\.news-annotator\.yaml:3:12: error: color must be "#rrggbb"$/.test(l)), invalid.out.join('\n'));
    assert.ok(!invalid.out.some((l) => l.includes('unknown label')), 'labels are not checked against a broken taxonomy');
  });

  it('maps a sidecar to its corpus, and reports a sidecar without one', async () => {
    editCorpus((t) => t.replace('Off the wire\n', 'Off the wire\nA new line.\n'));
    assert.equal((await check(sidecar)).out.length, 2);
    rmSync(corpus);
    const run = await check(sidecar);
    assert.equal(run.code, 1);
    assert.match(run.out[0], /seeds\.corpus\.annotations\.yaml:1:1: error: no corpus '.*seeds\.corpus' beside this sidecar/);
  });

  it('treats bad command lines as usage errors', async () => {
    await assert.rejects(check(), UsageError);
    await assert.rejects(check('--bogus', corpus), /unknown option '--bogus'/);
    await assert.rejects(check('--format', 'json', corpus), /bad value 'json'/);
    await assert.rejects(check(join(dir, 'missing.corpus')), /no such file or directory/);
    assert.equal((await check('--format', 'text', corpus)).code, 0);
    assert.equal((await check('--format=text', '--', corpus)).code, 0);
  });

  it('exits 0, 1 and 2 from the real command line', function () {
    this.timeout(60000);
    const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', '..', 'src', 'cli', 'main.ts'), 'check', ...args], { encoding: 'utf8' });
    assert.equal(cli(corpus).status, 0);
    writeFileSync(sidecar, original.replace('label: denial', 'label: nonsense'));
    const problems = cli(corpus);
    assert.equal(problems.status, 1);
    assert.match(problems.stdout, /error: annotation a2zpie \(nonsense\): unknown label/);
    const usage = cli('--nope');
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /unknown option '--nope'/);
  });
});
