// Where things live. One place so the test, start and packaging scripts agree.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The extension's manifest, read fresh (others edit package.json while we run). */
export function manifest() {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
}

/** `publisher.name`, the id VS Code knows the extension by. */
export function extensionId() {
  const { publisher, name } = manifest();
  return `${publisher}.${name}`;
}

/**
 * The offline VS Code is big (about 600 MB) and slow to build (minutes), so it is cached
 * outside the work tree where every clone on this machine shares it:
 * $NEWS_ANNOTATOR_CACHE, else $XDG_CACHE_HOME/news-annotator-test, else ~/.cache/news-annotator-test.
 */
export function cacheRoot() {
  if (process.env.NEWS_ANNOTATOR_CACHE) return path.resolve(process.env.NEWS_ANNOTATOR_CACHE);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'news-annotator-test');
}

/** Screenshots and other artefacts a person may want to look at after a run. */
export const resultsDir = path.join(repoRoot, 'test-results');

/** A fresh temporary directory for one run (workspaces, user data, logs). */
export function makeRunDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}

/**
 * Copies test/fixtures (or any folder) to `dest`, writable even though fixtures are
 * committed read-only, so tests may edit and save files in their copy.
 */
export function copyWritable(src, dest) {
  fs.cpSync(src, dest, { recursive: true });
  const makeWritable = (p) => {
    const stat = fs.statSync(p);
    fs.chmodSync(p, stat.mode | 0o200);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) makeWritable(path.join(p, entry));
  };
  makeWritable(dest);
  return dest;
}

/** Files under `dir` (recursively) whose names end with `suffix`, sorted; [] if no dir. */
export function findFiles(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findFiles(full, suffix));
    else if (entry.name.endsWith(suffix)) found.push(full);
  }
  return found.sort();
}
