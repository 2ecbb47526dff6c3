// A file as it is in a git revision, read with `git show REF:./PATH` from the file's own
// directory (so PATH need not be relative to the repository root). The one place the CLI
// runs git; the core never does.
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

export type GitShowResult =
  | { ok: true; text: string }
  /** The revision exists but has no such file (the file is new). */
  | { ok: false; missing: true }
  | { ok: false; missing: false; reason: string };

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024 });
}

function stderrOf(error: unknown): string {
  const e = error as { stderr?: Buffer | string; code?: string; message?: string };
  if (e.code === 'ENOENT') return 'git is not installed or not on PATH';
  const text = e.stderr ? e.stderr.toString().trim() : '';
  return text.split('\n')[0] || e.message || String(error);
}

export function gitShow(ref: string, path: string): GitShowResult {
  const cwd = dirname(path) || '.';
  // A ref such as `--output=x` would be read as an option by every git command below.
  if (ref.startsWith('-') || !ref) return { ok: false, missing: false, reason: `bad revision '${ref}'` };
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch (error) {
    const why = stderrOf(error);
    return { ok: false, missing: false, reason: why && !/^Command failed/.test(why) ? why : `unknown revision '${ref}'` };
  }
  const spec = `${ref}:./${basename(path)}`;
  try {
    git(['cat-file', '-e', spec], cwd);
  } catch {
    return { ok: false, missing: true };
  }
  try {
    const bytes = git(['show', spec], cwd);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, missing: false, reason: `${spec} is not valid UTF-8` };
    return { ok: false, missing: false, reason: stderrOf(error) };
  }
}
