// Shared by the review tests: fixtures, golden files, and running a CLI command in-process.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { strict as assert } from 'node:assert';
import { parseCorpus, type ParsedCorpus } from '../../../src/core/corpus';
import { parseSidecar, type Annotation } from '../../../src/core/annotations';
import { UsageError, type CliCommand } from '../../../src/cli/command';

export const ROOT = join(__dirname, '..', '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
const GOLDEN = join(ROOT, 'test', 'golden');

/** A fixture path as the CLI is given it in the goldens: relative to the repository root. */
export function fixturePath(...parts: string[]): string {
  return relative(process.cwd(), join(FIXTURES, ...parts)).replace(/\\/g, '/');
}

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

export function fixtureCorpus(...parts: string[]): ParsedCorpus {
  return parseCorpus(readFixture(...parts));
}

export function fixtureAnnotations(...parts: string[]): readonly Annotation[] {
  const parsed = parseSidecar(readFixture(...parts));
  if (!parsed.ok) throw new Error(`fixture ${parts.join('/')} does not parse: ${parsed.errors[0].message}`);
  return parsed.sidecar.annotations;
}

/**
 * Compares output with test/golden/NAME; `UPDATE_GOLDEN=1 npx mocha` rewrites the goldens
 * (review the git diff before committing them).
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `missing golden ${name}: run UPDATE_GOLDEN=1 npx mocha`);
  assert.equal(actual, readFileSync(path, 'utf8'), `output differs from test/golden/${name} (UPDATE_GOLDEN=1 rewrites it)`);
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command the way main does (usage errors exit 2), capturing its output. */
export async function runCommand(command: CliCommand, args: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => { stdout += t; }, stderr: (t: string) => { stderr += t; } };
  try {
    return { code: await command.run(args, io), stdout, stderr };
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, stdout, stderr: stderr + (error as Error).message };
    throw error;
  }
}
