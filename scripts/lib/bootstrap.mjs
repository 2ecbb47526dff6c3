// The first steps of `npm test` and `npm start` on a fresh clone: install the project's
// dependencies when node_modules is missing (so the README's two commands are enough),
// then build.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './paths.mjs';
import { run } from './proc.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm install` when node_modules lacks what the scripts need. */
export async function ensureNodeModules() {
  const needed = ['esbuild', 'mocha', 'playwright-core', '@vscode/vsce'];
  const missing = needed.filter((name) => !fs.existsSync(path.join(repoRoot, 'node_modules', name, 'package.json')));
  if (missing.length === 0) return;
  console.log(`node_modules is missing ${missing.join(', ')}: running npm install...`);
  // package-lock.json pins every version; `npm ci` also replaces a partial node_modules.
  const hasLock = fs.existsSync(path.join(repoRoot, 'package-lock.json'));
  let code = hasLock ? await run(npm, ['ci', '--no-audit', '--no-fund'], { cwd: repoRoot }) : 1;
  if (code !== 0) {
    // No lock file, or one out of step with package.json: resolve afresh.
    if (hasLock) console.log('npm ci failed; trying npm install...');
    code = await run(npm, ['install', '--no-audit', '--no-fund'], { cwd: repoRoot });
  }
  if (code !== 0) throw new Error(`npm install failed with exit code ${code}`);
}

/** `node esbuild.mjs [flags]`; throws when the build fails (esbuild has printed why). */
export async function build(flags = []) {
  const code = await run(process.execPath, ['esbuild.mjs', ...flags], { cwd: repoRoot });
  if (code !== 0) throw new Error(`build failed: node esbuild.mjs ${flags.join(' ')} exited with ${code}`);
}

export { npm };
