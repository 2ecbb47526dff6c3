// Grammar snapshot tests: each fixture in test/grammar/fixtures is tokenized with the real
// TextMate engine and compared with test/grammar/snapshots/<fixture>.snap.
// UPDATE_SNAPSHOTS=1 npm run test:unit rewrites the snapshots; review the diff before committing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { snapshotOf, tokenize, type Token } from '../../grammar/tokenize';

const grammarDir = path.resolve(__dirname, '../../grammar');
const fixturesDir = path.join(grammarDir, 'fixtures');
const snapshotsDir = path.join(grammarDir, 'snapshots');
const update = process.env.UPDATE_SNAPSHOTS === '1';

function tokensOn(tokens: Token[], lineText: string, source: string): Token[] {
  const line = source.split(/\r?\n/).indexOf(lineText);
  assert.ok(line >= 0, `fixture line not found: ${lineText}`);
  return tokens.filter((t) => t.line === line);
}

function scopeOfText(tokens: Token[], text: string): string {
  const token = tokens.find((t) => t.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return token.scopes.join(' ');
}

describe('grammar: snapshots', () => {
  const fixtures = fs.readdirSync(fixturesDir).filter((name) => !name.startsWith('.')).sort();

  it('has fixtures', () => assert.ok(fixtures.length >= 4));

  for (const name of fixtures) {
    it(`tokenizes ${name} as in its snapshot`, async () => {
      const actual = await snapshotOf(fs.readFileSync(path.join(fixturesDir, name), 'utf8'));
      const snapshotPath = path.join(snapshotsDir, `${name}.snap`);
      if (update || !fs.existsSync(snapshotPath)) {
        fs.mkdirSync(snapshotsDir, { recursive: true });
        fs.writeFileSync(snapshotPath, actual);
        if (!update) assert.fail(`snapshot ${name}.snap was missing and has been written: review and commit it`);
        return;
      }
      assert.equal(actual, fs.readFileSync(snapshotPath, 'utf8'), `snapshot of ${name} differs (UPDATE_SNAPSHOTS=1 to accept)`);
    });
  }
});

describe('grammar: key scopes', () => {
  it('marks the header keyword, the article name and attributes', async () => {
    const src = '<<<FILE 000_a.txt source="TASS" date="2016-12-22">>>\nbody';
    const line = tokensOn(await tokenize(src), src.split('\n')[0], src);
    assert.match(scopeOfText(line, 'FILE'), /keyword\.control/);
    assert.match(scopeOfText(line, '000_a.txt'), /entity\.name\.section.*entity\.name\.function/);
    assert.match(scopeOfText(line, 'source'), /entity\.other\.attribute-name/);
    assert.match(scopeOfText(line, 'TASS'), /string\.quoted\.double/);
    assert.match(scopeOfText(line, '>>>'), /punctuation\.definition\.tag\.end/);
  });

  it('reads the colon, block and BOM dialects and closing lines', async () => {
    const src = '\uFEFF<<<FILE: a.txt>>>\n<<<FILE b.txt\ntext\n>>>\n<<<END FILE>>>\n<<<END>>>';
    const tokens = await tokenize(src);
    assert.match(scopeOfText(tokens, 'a.txt'), /entity\.name\.section/);
    assert.match(scopeOfText(tokens, 'b.txt'), /entity\.name\.section/);
    assert.match(scopeOfText(tokens.filter((t) => t.line === 3), '>>>'), /keyword\.control\.end/);
    assert.match(scopeOfText(tokens, 'END FILE'), /keyword\.control\.end/);
    assert.match(scopeOfText(tokens, 'END'), /keyword\.control\.end/);
  });

  it('flags a header keyword that is not at the start of a line', async () => {
    const tokens = await tokenize('text <<<FILE x.txt>>>');
    assert.match(scopeOfText(tokens, '<<<FILE'), /invalid\.illegal/);
  });

  it('keeps apostrophes out of quotes', async () => {
    const src = "Bale's hat-trick, the players' union and Putin’s aide said it’s fine.";
    const tokens = await tokenize(src);
    assert.ok(tokens.every((t) => !t.scopes.some((s) => s.startsWith('string'))), JSON.stringify(tokens));
  });

  it('quotes every kind of mark, bounded to the line', async () => {
    const src = [
      '"straight," he said.',
      '“curly” and ‘single with it’s inside’ and «guillemets» and „low“.',
      "there is 'no break' in dialogue",
      '“An opening mark with no closing one',
      'runs to the end of its paragraph only.',
    ].join('\n');
    const tokens = await tokenize(src);
    assert.match(scopeOfText(tokens, 'straight,'), /string\.quoted\.double/);
    assert.match(scopeOfText(tokens, 'curly'), /string\.quoted\.double/);
    assert.match(scopeOfText(tokens, 'single with it’s inside'), /string\.quoted\.single/);
    assert.match(scopeOfText(tokens, 'guillemets'), /string\.quoted\.other/);
    assert.match(scopeOfText(tokens, 'low'), /string\.quoted\.double/);
    assert.match(scopeOfText(tokens, 'no break'), /string\.quoted\.single/);
    assert.match(scopeOfText(tokens, 'An opening mark with no closing one'), /string\.quoted/);
    assert.equal(tokens.filter((t) => t.line === 4).every((t) => t.scopes.length === 0), true);
  });

  it('marks datelines and links', async () => {
    const src = 'MOSCOW, March 22 (Xinhua) -- The Kremlin said.\nSOCHI, May 14. /TASS/. The Kremlin.\nSee https://tass.com/politics/1.';
    const tokens = await tokenize(src);
    assert.match(scopeOfText(tokens, 'MOSCOW'), /meta\.dateline/);
    assert.match(scopeOfText(tokens, 'March 22'), /constant\.numeric\.date/);
    assert.match(scopeOfText(tokens, '(Xinhua)'), /dateline\.agency/);
    assert.match(scopeOfText(tokens, 'SOCHI'), /meta\.dateline/);
    assert.match(scopeOfText(tokens, 'https://tass.com/politics/1'), /markup\.underline\.link/);
  });
});
