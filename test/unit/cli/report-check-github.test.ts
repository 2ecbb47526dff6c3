// `check --format github`: problems as GitHub Actions workflow commands, so a pull request
// shows them on its diff (the formatter is src/cli/problem-format.ts).
import { strict as assert } from 'node:assert';
import { checkCommand } from '../../../src/cli/commands/check';
import { escapeData, escapeProperty, formatProblem } from '../../../src/cli/problem-format';
import { expectGolden, fixturePath, runCommand } from '../review/helpers';

describe('cli: problems as GitHub workflow commands', () => {
  it('formats a problem as text, unchanged, or as ::error / ::warning / ::notice', () => {
    const problem = { path: 'a/b.yaml', line: 3, column: 0, severity: 'error' as const, message: 'bad' };
    assert.equal(formatProblem(problem, 'text'), 'a/b.yaml:4:1: error: bad\n');
    assert.equal(formatProblem(problem, 'github'), '::error file=a/b.yaml,line=4,col=1,title=News Annotator::bad\n');
    assert.match(formatProblem({ ...problem, severity: 'warning' }, 'github'), /^::warning /);
    assert.match(formatProblem({ ...problem, severity: 'info' }, 'github'), /^::notice /);
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    assert.equal(escapeData('100% sure\r\nnext: a, b'), '100%25 sure%0D%0Anext: a, b');
    assert.equal(escapeProperty('C:\\x,y%\n'), 'C%3A\\x%2Cy%25%0A');
    const line = formatProblem({ path: './dir,1/a:b.yaml', line: 0, column: 0, severity: 'error', message: 'two\nlines', title: 'T: x, y' }, 'github');
    assert.equal(line, '::error file=dir%2C1/a%3Ab.yaml,line=1,col=1,title=T%3A x%2C y::two%0Alines\n');
    assert.equal(line.split('\n').length, 2, 'one line, whatever the message holds');
  });

  it('check --format github prints one workflow command per problem (golden)', async () => {
    const r = await runCommand(checkCommand, ['--format', 'github', fixturePath('review', 'emoji.corpus')]);
    assert.equal(r.code, 1);
    expectGolden('check-emoji.github.txt', r.stdout);
    assert.ok(r.stdout.split('\n').filter(Boolean).every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^:]*::/.test(l)), r.stdout);
    assert.match(r.stderr, /2 errors, 1 warning/);
  });

  it('check keeps its text format as the default', async () => {
    const text = await runCommand(checkCommand, [fixturePath('review', 'emoji.corpus')]);
    const explicit = await runCommand(checkCommand, ['--format=text', fixturePath('review', 'emoji.corpus')]);
    assert.equal(text.stdout, explicit.stdout);
    assert.match(text.stdout, /emoji\.corpus\.annotations\.yaml:4:3: error: annotation e4orph/);
    assert.equal((await runCommand(checkCommand, ['--format', 'sarif', fixturePath('review', 'emoji.corpus')])).code, 2);
  });
});
