// The taxonomy's speaker aliases in the CLI: speakers, quotes, report and export show merged and
// renamed speakers under their canonical names (goldens on the seed corpus and its sidecar with
// test/fixtures/speaker-aliases/.news-annotator.yaml), from --taxonomy or the nearest file.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../../src/cli/commands/export';
import { quotesCommand } from '../../../src/cli/commands/quotes';
import { reportCommand } from '../../../src/cli/commands/report';
import { speakersCommand } from '../../../src/cli/commands/speakers';
import { FIXTURES, expectGolden, fixturePath, runCommand } from '../review/helpers';

const seeds = fixturePath('seeds.corpus');
const taxonomy = fixturePath('speaker-aliases', '.news-annotator.yaml');
const ALIASED = new Set(['Sergey Lavrov', 'Washington', 'John Kirby', 'Moscow', 'Russia']);

function jsonLines(text: string): Array<Record<string, unknown>> {
  return text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('cli: speaker aliases from the taxonomy', () => {
  it('speakers: merged and renamed speakers are one row under the canonical name (golden)', async () => {
    const r = await runCommand(speakersCommand, ['--taxonomy', taxonomy, seeds]);
    assert.equal(r.code, 0, r.stderr);
    expectGolden('speakers-seeds-aliases.txt', r.stdout);
    const rows = jsonLines((await runCommand(speakersCommand, ['--format', 'jsonl', '--taxonomy', taxonomy, seeds])).stdout);
    const plain = jsonLines((await runCommand(speakersCommand, ['--format', 'jsonl', seeds])).stdout);
    const names = rows.map((row) => row.speaker as string);
    assert.ok(names.includes('Sergei Lavrov') && names.includes('U.S. State Department'), names.join(', '));
    assert.ok(!names.some((name) => ALIASED.has(name)), names.join(', '));
    const quotesOf = (list: typeof rows, name: string) => Number(list.find((row) => row.speaker === name)?.quotes ?? 0);
    assert.equal(quotesOf(rows, 'U.S. State Department'), quotesOf(plain, 'John Kirby') + quotesOf(plain, 'Washington'), 'merged counts are summed');
    assert.equal(rows.reduce((n, row) => n + Number(row.quotes), 0), plain.reduce((n, row) => n + Number(row.quotes), 0), 'no quote is lost');
  });

  it('quotes --format jsonl: speaker is the canonical name, speakerStart/End still the mention (golden)', async () => {
    const r = await runCommand(quotesCommand, ['--format', 'jsonl', '--taxonomy', taxonomy, seeds]);
    assert.equal(r.code, 0, r.stderr);
    expectGolden('quotes-seeds-aliases.jsonl', r.stdout);
    const aliased = jsonLines(r.stdout);
    const plain = jsonLines((await runCommand(quotesCommand, ['--format', 'jsonl', seeds])).stdout);
    assert.equal(aliased.length, plain.length);
    aliased.forEach((q, i) => {
      const p = plain[i];
      assert.deepEqual(Object.keys(q), Object.keys(p), 'the keys and their order are the contract');
      assert.deepEqual([q.start, q.end, q.speakerStart, q.speakerEnd, q.cue], [p.start, p.end, p.speakerStart, p.speakerEnd, p.cue]);
      if (!ALIASED.has(p.speaker as string)) assert.equal(q.speaker, p.speaker);
    });
    const kirby = aliased.filter((_q, i) => plain[i].speaker === 'John Kirby');
    assert.ok(kirby.length > 0 && kirby.every((q) => q.speaker === 'U.S. State Department'));
  });

  it('report: who said what and the annotations under the canonical names (golden)', async () => {
    const md = await runCommand(reportCommand, ['--format', 'md', '--taxonomy', taxonomy, seeds]);
    assert.equal(md.code, 0, md.stderr);
    expectGolden('report-seeds-aliases.md', md.stdout);
    const json = await runCommand(reportCommand, ['--format', 'json', '--taxonomy', taxonomy, seeds]);
    expectGolden('report-seeds-aliases.json', json.stdout);
    const report = JSON.parse(json.stdout) as { files: Array<{ articles: Array<{ speakers: Array<{ name: string }>; labels: Array<{ annotations: Array<{ speaker?: string }> }> }> }> };
    const speakers = report.files[0].articles.flatMap((a) => a.speakers.map((s) => s.name));
    const annotationSpeakers = report.files[0].articles.flatMap((a) => a.labels.flatMap((l) => l.annotations.map((x) => x.speaker)));
    assert.ok(speakers.includes('Sergei Lavrov') && !speakers.some((name) => ALIASED.has(name)), speakers.join(', '));
    assert.ok(annotationSpeakers.includes('Kremlin') && !annotationSpeakers.some((name) => name !== undefined && ALIASED.has(name)), annotationSpeakers.join(', '));
  });

  it('export: quotes and annotations under the canonical names (golden)', async () => {
    const r = await runCommand(exportCommand, ['--format', 'jsonl', '--taxonomy', taxonomy, seeds]);
    assert.equal(r.code, 0, r.stderr);
    expectGolden('export-seeds-aliases.jsonl', r.stdout);
    assert.ok(!jsonLines(r.stdout).some((row) => ALIASED.has(row.speaker as string)));
  });

  it('takes the nearest .news-annotator.yaml above the corpus when --taxonomy is not given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'na-aliases-'));
    try {
      copyFileSync(join(FIXTURES, 'seeds.corpus'), join(dir, 'seeds.corpus'));
      copyFileSync(join(FIXTURES, 'seeds.corpus.annotations.yaml'), join(dir, 'seeds.corpus.annotations.yaml'));
      copyFileSync(join(FIXTURES, 'speaker-aliases', '.news-annotator.yaml'), join(dir, '.news-annotator.yaml'));
      const nearest = await runCommand(speakersCommand, [join(dir, 'seeds.corpus')]);
      assert.equal(nearest.code, 0, nearest.stderr);
      assert.equal(nearest.stdout, (await runCommand(speakersCommand, ['--taxonomy', taxonomy, seeds])).stdout);
      const report = await runCommand(reportCommand, ['--format', 'json', join(dir, 'seeds.corpus')]);
      assert.match(report.stdout, /"name": "Sergei Lavrov"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a taxonomy that does not parse at its line, keeps the engine\'s names and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'na-aliases-'));
    try {
      const file = join(dir, 'broken.yaml');
      writeFileSync(file, 'labels:\n  - id: claim\n    description: d\n    color: "#123456"\nspeakers:\n  aliases:\n    Kirby: John Kirby\n    John Kirby: Kirby\n');
      for (const command of [speakersCommand, quotesCommand, reportCommand, exportCommand]) {
        const args = command === exportCommand ? ['--format', 'jsonl'] : [];
        const r = await runCommand(command, [...args, '--taxonomy', file, seeds]);
        assert.equal(r.code, 1, `${command.name}: ${r.stderr}`);
        assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, `${command.name} reports the file once: ${r.stderr}`);
        assert.match(r.stderr, /broken\.yaml:7:5: error: speaker aliases go round in a circle \(Kirby -> John Kirby -> Kirby\)/);
        assert.match(r.stdout, /John Kirby/, `${command.name} still lists the speakers under the engine's names`);
      }
      const missing = await runCommand(speakersCommand, ['--taxonomy', join(dir, 'none.yaml'), seeds]);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /none\.yaml:1:1: error: cannot read file: no such file or directory/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
