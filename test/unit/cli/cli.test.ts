// The `articles`, `quotes` and `speakers` commands, run in process through their command
// objects with a captured CliIO: the exact jsonl contract, tables, exit codes and the
// `path:line:col: severity: message` error format.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError, type CliCommand, type CliIO } from '../../../src/cli/command';
import { commands } from '../../../src/cli/commands/index';
import { articlesCommand } from '../../../src/cli/commands/articles';
import { quotesCommand } from '../../../src/cli/commands/quotes';
import { speakersCommand } from '../../../src/cli/commands/speakers';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: CliCommand, args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'news-annotator-cli-'));
function corpusFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const BODY_A = 'Bridge plan approved\n\n"The bridge opens in May," Mayor Anna Berg said.\n\n"It will cost less than planned."\n';
const BODY_B = 'Rain expected\n\nForecaster Ole Dahl said on Friday that "heavy rain" was coming.\n';
const CORPUS = `<<<FILE a.txt>>>\n${BODY_A}<<<FILE b.txt source="Wire">>>\n${BODY_B}`;
const good = corpusFile('good.corpus', CORPUS);

describe('cli: registration', () => {
  it('registers articles, quotes and speakers', () => {
    for (const name of ['articles', 'quotes', 'speakers']) assert.ok(commands.some((c) => c.name === name), name);
  });
});

describe('cli quotes --format jsonl', () => {
  it('prints one object a line with exactly the contracted keys, in order', async () => {
    const r = await run(quotesCommand, ['--format', 'jsonl', good]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    for (const line of lines) {
      assert.deepEqual(Object.keys(line), ['file', 'article', 'start', 'end', 'text', 'speaker', 'speakerStart', 'speakerEnd', 'cue', 'confidence']);
    }
    const [first, second, third] = lines;
    assert.deepEqual(first, {
      file: good, article: 'a.txt', start: BODY_A.indexOf('The bridge'), end: BODY_A.indexOf('," Mayor') + 1,
      text: 'The bridge opens in May,', speaker: 'Anna Berg', speakerStart: BODY_A.indexOf('Anna Berg'), speakerEnd: BODY_A.indexOf('Anna Berg') + 9,
      cue: 'said', confidence: first.confidence,
    });
    assert.ok(first.confidence > 0.5 && first.confidence <= 1);
    assert.equal(second.text, 'It will cost less than planned.');
    assert.equal(second.speaker, 'Anna Berg');
    assert.equal(second.cue, null);
    assert.equal(third.article, 'b.txt');
    assert.equal(BODY_B.slice(third.start, third.end), 'heavy rain');
  });

  it('offsets are into the article body (the text after the header line)', async () => {
    const r = await run(quotesCommand, ['--format=jsonl', good]);
    for (const line of r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))) {
      const body = line.article === 'a.txt' ? BODY_A : BODY_B;
      assert.equal(body.slice(line.start, line.end), line.text);
      if (line.speakerStart !== null) assert.ok(body.slice(line.speakerStart, line.speakerEnd).length > 0);
    }
  });

  it('a null speaker is printed as null with null offsets', async () => {
    const path = corpusFile('null.corpus', '<<<FILE n.txt>>>\nThe call ended after the two sides agreed to meet "as soon as possible."\n');
    const [line] = (await run(quotesCommand, ['--format', 'jsonl', path])).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual([line.speaker, line.speakerStart, line.speakerEnd, line.cue, line.confidence], [null, null, null, null, 0]);
  });
});

describe('cli quotes --format table', () => {
  it('prints an aligned table with a header', async () => {
    const r = await run(quotesCommand, [good]);
    assert.equal(r.code, 0);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^ARTICLE\s+SPAN\s+KIND\s+SPEAKER\s+CUE\s+CONF\s+QUOTE$/);
    assert.equal(lines.length, 4);
    const column = lines[0].indexOf('SPEAKER');
    for (const line of lines.slice(1)) assert.ok(line.slice(column).startsWith('Anna Berg') || line.slice(column).startsWith('Ole Dahl') || line.slice(column).startsWith('-'), line);
  });
});

describe('cli articles', () => {
  it('lists name, 1-based header line, quote count and title', async () => {
    const r = await run(articlesCommand, [good]);
    assert.equal(r.code, 0);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^ARTICLE\s+LINE\s+QUOTES\s+TITLE$/);
    assert.match(lines[1], /^a\.txt\s+1\s+2\s+Bridge plan approved$/);
    assert.match(lines[2], /^b\.txt\s+7\s+1\s+Rain expected$/);
  });

  it('jsonl', async () => {
    const r = await run(articlesCommand, ['--format', 'jsonl', good]);
    assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l)), [
      { file: good, article: 'a.txt', line: 1, title: 'Bridge plan approved', quotes: 2 },
      { file: good, article: 'b.txt', line: 7, title: 'Rain expected', quotes: 1 },
    ]);
  });

  it('adds a FILE column for several files', async () => {
    const other = corpusFile('other.corpus', '<<<FILE c.txt>>>\nNothing quoted here.\n');
    const lines = (await run(articlesCommand, [good, other])).stdout.trimEnd().split('\n');
    assert.match(lines[0], /^FILE\s+ARTICLE\s+LINE\s+QUOTES\s+TITLE$/);
    assert.equal(lines.length, 4);
  });
});

describe('cli speakers', () => {
  it('merges speakers across articles and files by canonical name', async () => {
    const other = corpusFile('more.corpus', '<<<FILE d.txt>>>\n"Traffic will flow," Mayor Anna Berg said.\n');
    const r = await run(speakersCommand, ['--format', 'jsonl', good, other]);
    assert.equal(r.code, 0);
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows[0], {
      speaker: 'Anna Berg', kind: 'person', quotes: 3,
      articles: [{ file: good, article: 'a.txt', quotes: 2 }, { file: other, article: 'd.txt', quotes: 1 }],
    });
    assert.equal(rows[1].speaker, 'Ole Dahl');
  });

  it('leaves out descriptions that name nobody', async () => {
    const path = corpusFile('anon.corpus', '<<<FILE e.txt>>>\n"No comment," a senior official said.\n');
    const r = await run(speakersCommand, ['--format', 'jsonl', path]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
  });

  it('table', async () => {
    const lines = (await run(speakersCommand, [good])).stdout.trimEnd().split('\n');
    assert.match(lines[0], /^SPEAKER\s+KIND\s+QUOTES\s+ARTICLES$/);
    assert.match(lines[1], /^Anna Berg\s+person\s+2\s+a\.txt$/);
  });
});

describe('cli: errors and exit codes', () => {
  it('a missing PATH, an unknown option and a bad --format are usage errors (exit 2 via main)', async () => {
    for (const command of [articlesCommand, quotesCommand, speakersCommand]) {
      await assert.rejects(run(command, []), UsageError);
      await assert.rejects(run(command, ['--colour', good]), /unknown option '--colour'/);
      await assert.rejects(run(command, ['--format', 'xml', good]), /bad value 'xml' for --format/);
      await assert.rejects(run(command, [good, '--format']), /needs a value/);
    }
  });

  it('an unreadable file: path:1:1: error on stderr, exit 1, other files still listed', async () => {
    const missing = join(dir, 'missing.corpus');
    const r = await run(quotesCommand, ['--format', 'jsonl', missing, good]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `${missing}:1:1: error: cannot read file: no such file or directory\n`);
    assert.equal(r.stdout.trimEnd().split('\n').length, 3);
  });

  it('a directory is unreadable too', async () => {
    const r = await run(articlesCommand, [dir]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `${dir}:1:1: error: cannot read file: is a directory\n`);
  });

  it('parser diagnostics are printed 1-based; an error diagnostic gives exit 1 but output is still printed', async () => {
    const path = corpusFile('dup.corpus', '<<<FILE a.txt>>>\n"One," she said.\n<<<FILE a.txt>>>\n"Two," he said.\n');
    const r = await run(quotesCommand, ['--format', 'jsonl', path]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: error: .+ \\[duplicate-name\\]\\n$`));
    assert.equal(r.stdout.trimEnd().split('\n').length, 2);
  });

  it('a warning diagnostic keeps exit 0', async () => {
    const path = corpusFile('pre.corpus', 'stray text\n<<<FILE a.txt>>>\n"One," she said.\n');
    const r = await run(articlesCommand, [path]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /:1:1: warning: .+ \[text-before-first-header\]\n$/);
  });

  it('the usage text documents the exit codes and the jsonl keys', () => {
    assert.match(quotesCommand.usage, /exit status: 0 ok; 1 a file could not be read or has format errors/);
    assert.match(quotesCommand.usage, /"file", "article", "start", "end", "text", "speaker",/);
  });
});
