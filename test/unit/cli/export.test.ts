import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../../src/cli/commands/export';
import { articleBody, parseCorpus } from '../../../src/core/corpus';
import { FIXTURES, expectGolden, fixturePath, runCommand } from '../review/helpers';
import { checkBrat, checkCsv, checkJsonl, checkW3c, type BodyOf } from '../review/roundtrip';

/** Article bodies read back from the corpus files on disk, by the file name the export used. */
const bodyFromDisk: BodyOf = (file, article) => {
  const corpus = parseCorpus(readFileSync(file, 'utf8'));
  const a = corpus.articles.find((x) => x.name === article);
  assert.ok(a, `${file} has no article ${article}`);
  return articleBody(corpus, a);
};

/** Every file under dir as `== path ==` blocks, for a golden. */
function listing(dir: string, under = ''): string {
  let out = '';
  for (const name of readdirSync(join(dir, under)).sort()) {
    const rel = under ? `${under}/${name}` : name;
    const path = join(dir, rel);
    if (statSync(path).isDirectory()) out += listing(dir, rel);
    else out += `== ${rel} ==\n${readFileSync(path, 'utf8')}`;
  }
  return out;
}

describe('cli: export', () => {
  const seeds = fixturePath('seeds.corpus');
  const emoji = fixturePath('review', 'emoji.corpus');
  let out: string;

  beforeEach(() => { out = mkdtempSync(join(tmpdir(), 'na-export-')); });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  // The emoji goldens hold annotations only, so that they change with the anchoring and export
  // code, not with every improvement of quote detection; the seed golden shows those.
  describe('goldens', () => {
    it('jsonl of the seed corpus, with detected quotes', async () => {
      const r = await runCommand(exportCommand, ['--format', 'jsonl', seeds]);
      assert.equal(r.code, 0, r.stderr);
      expectGolden('export-seeds.jsonl', r.stdout);
    });

    it('csv of the emoji corpus', async () => {
      const r = await runCommand(exportCommand, ['--format', 'csv', '--only', 'annotations', emoji]);
      assert.equal(r.code, 0, r.stderr);
      expectGolden('export-emoji.csv', r.stdout);
    });

    it('w3c of the emoji corpus', async () => {
      const r = await runCommand(exportCommand, ['--format', 'w3c', '--only', 'annotations', emoji]);
      assert.equal(r.code, 0, r.stderr);
      expectGolden('export-emoji.w3c.jsonld', r.stdout);
    });

    it('brat of the emoji corpus, warning about orphans', async () => {
      const r = await runCommand(exportCommand, ['--format', 'brat', '--only', 'annotations', '--out', out, emoji]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /emoji\.corpus\.annotations\.yaml:4:3: warning: annotation e4orph \(claim\) is orphaned: not in the brat export/);
      assert.deepEqual(readdirSync(join(out, 'emoji')).sort(), ['001_launch.ann', '001_launch.txt', '002_budget.ann', '002_budget.txt', 'annotation.conf']);
      expectGolden('export-emoji.brat.txt', listing(out));
    });
  });

  describe('round trips through files on disk', () => {
    const both = [seeds, emoji];

    it('jsonl and csv offsets re-slice the corpus (UTF-16)', async () => {
      for (const format of ['jsonl', 'csv']) {
        const r = await runCommand(exportCommand, ['--format', format, '--out', out, ...both]);
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(r.stdout.trim().split('\n'), [join(out, `seeds.corpus.${format}`), join(out, `emoji.corpus.${format}`)]);
        for (const name of ['seeds', 'emoji']) {
          const text = readFileSync(join(out, `${name}.corpus.${format}`), 'utf8');
          assert.ok((format === 'csv' ? checkCsv(text, bodyFromDisk) : checkJsonl(text, bodyFromDisk)) > 3);
        }
      }
    });

    it('w3c selectors re-slice the corpus (code points)', async () => {
      const r = await runCommand(exportCommand, ['--format', 'w3c', '--out', out, ...both]);
      assert.equal(r.code, 0, r.stderr);
      for (const name of ['seeds', 'emoji']) assert.ok(checkW3c(readFileSync(join(out, `${name}.corpus.jsonld`), 'utf8'), bodyFromDisk) > 3);
    });

    it('brat .txt files hold the exact bodies and .ann offsets re-slice them', async () => {
      const r = await runCommand(exportCommand, ['--format', 'brat', '--out', out, ...both]);
      assert.equal(r.code, 0, r.stderr);
      for (const [dir, corpus] of [['seeds', seeds], ['emoji', emoji]]) {
        const parsed = parseCorpus(readFileSync(corpus, 'utf8'));
        const conf = readFileSync(join(out, dir, 'annotation.conf'), 'utf8');
        for (const article of parsed.articles) {
          const base = join(out, dir, article.name.replace(/\.txt$/, ''));
          const txt = readFileSync(`${base}.txt`, 'utf8');
          assert.equal(txt, articleBody(parsed, article));
          checkBrat(txt, readFileSync(`${base}.ann`, 'utf8'), conf);
        }
      }
    });

    it('brat offsets slice the same text in Python (code points), when python3 is here', async function () {
      if (spawnSync('python3', ['--version']).status !== 0) this.skip();
      await runCommand(exportCommand, ['--format', 'brat', '--out', out, emoji]);
      // brat reads both files as UTF-8 without newline translation and slices str by code point.
      const script = [
        'import io, sys, glob',
        'bad = 0',
        'for ann in glob.glob(sys.argv[1] + "/*.ann"):',
        '    txt = io.open(ann[:-4] + ".txt", encoding="utf-8", newline="").read()',
        '    for line in io.open(ann, encoding="utf-8", newline="").read().split("\\n"):',
        '        if not line.startswith("T"): continue',
        '        tid, mid, text = line.split("\\t", 2)',
        '        spans = [tuple(map(int, f.split())) for f in mid.split(" ", 1)[1].split(";")]',
        '        if " ".join(txt[s:e] for s, e in spans) != text: bad += 1; print(line)',
        'sys.exit(1 if bad else 0)',
      ].join('\n');
      const run = spawnSync('python3', ['-c', script, join(out, 'emoji')], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stdout + run.stderr);
    });
  });

  describe('options', () => {
    it('--only picks annotations or quotes', async () => {
      const annotations = await runCommand(exportCommand, ['--format', 'jsonl', '--only', 'annotations', emoji]);
      const quotes = await runCommand(exportCommand, ['--format', 'jsonl', '--only', 'quotes', emoji]);
      const types = (text: string) => new Set(text.trim().split('\n').map((l) => JSON.parse(l).type));
      assert.deepEqual([...types(annotations.stdout)], ['annotation']);
      assert.deepEqual([...types(quotes.stdout)], ['quote']);
    });

    it('--base-iri makes absolute ids and targets', async () => {
      const r = await runCommand(exportCommand, ['--format', 'w3c', '--only', 'annotations', '--base-iri', 'https://example.org/repo/', emoji]);
      const doc = JSON.parse(r.stdout);
      assert.equal(doc.first.items[0].target.source, `https://example.org/repo/${emoji}#001_launch.txt`);
      assert.ok(doc.first.items.every((i: { id: string }) => i.id.startsWith('https://example.org/repo/')));
    });

    it('gives corpora with the same name from different folders different files', async () => {
      const a = join(out, 'a');
      const b = join(out, 'b');
      mkdirSync(a);
      mkdirSync(b);
      copyFileSync(join(FIXTURES, 'review', 'emoji.corpus'), join(a, 'x.corpus'));
      copyFileSync(join(FIXTURES, 'review', 'emoji.corpus'), join(b, 'x.corpus'));
      const r = await runCommand(exportCommand, ['--format', 'brat', '--out', join(out, 'brat'), join(a, 'x.corpus'), join(b, 'x.corpus')]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(readdirSync(join(out, 'brat')).sort(), ['x', 'x-2']);
    });

    it('rejects bad command lines with exit 2', async () => {
      assert.equal((await runCommand(exportCommand, [emoji])).code, 2, 'no --format');
      assert.equal((await runCommand(exportCommand, ['--format', 'brat', emoji])).code, 2, 'brat without --out');
      assert.equal((await runCommand(exportCommand, ['--format', 'xml', emoji])).code, 2);
      assert.equal((await runCommand(exportCommand, ['--format', 'csv', '--base-iri', 'x', emoji])).code, 2);
      assert.equal((await runCommand(exportCommand, ['--format', 'csv'])).code, 2, 'no PATH');
    });

    it('exits 1 when a corpus cannot be read', async () => {
      const r = await runCommand(exportCommand, ['--format', 'jsonl', 'no/such.corpus']);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /no\/such\.corpus:1:1: error: cannot read file/);
    });
  });
});
