// Filling a VS Code extensions directory: the extension under test (built from this repo or
// installed from the .vsix) and the companion test-runner extension.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { manifest, repoRoot } from './paths.mjs';
import { run } from './proc.mjs';

/** What a user's install holds, minus what never ships (see .vscodeignore). */
const SHIPPED = ['package.json', 'dist', 'syntaxes', 'media', 'language-configuration.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

/**
 * Copies the built extension into `extensionsDir` as `publisher.name-version/`, the layout
 * VS Code expects of an installed extension. A copy, not a symlink: a rebuild while VS Code
 * runs cannot change what is under test. Returns the copy's path.
 */
export function installDevExtension(extensionsDir) {
  const { publisher, name, version } = manifest();
  const target = path.join(extensionsDir, `${publisher}.${name}-${version}`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const entry of SHIPPED) {
    const src = path.join(repoRoot, entry);
    if (!fs.existsSync(src)) continue;
    fs.cpSync(src, path.join(target, entry), {
      recursive: true,
      // Test bundles and packages never ship; source maps do help in stack traces here.
      filter: (file) => !file.startsWith(path.join(repoRoot, 'dist', 'test')) && !file.endsWith('.vsix'),
    });
  }
  if (!fs.existsSync(path.join(target, manifest().main ?? 'dist/extension.js'))) {
    throw new Error(`The extension is not built (${manifest().main} missing): run node esbuild.mjs first`);
  }
  return target;
}

/**
 * Copies the built integration tests (dist/test) into `runDir`, so a rebuild in the work tree
 * while VS Code runs them (another engineer's `npm test`, a watch build) cannot pull files
 * from under the extension host. A node_modules link beside the copy lets the bundles
 * resolve 'mocha' from the repo. Returns the path of the copied entry bundle.
 */
export function snapshotTestBundles(runDir) {
  const source = path.join(repoRoot, 'dist', 'test');
  if (!fs.existsSync(path.join(source, 'integration.js'))) throw new Error(`${source}/integration.js is missing: build with node esbuild.mjs --tests`);
  const target = path.join(runDir, 'dist-test');
  fs.cpSync(source, target, { recursive: true });
  const modules = path.join(runDir, 'node_modules');
  if (!fs.existsSync(modules)) fs.symlinkSync(path.join(repoRoot, 'node_modules'), modules, 'dir');
  return path.join(target, 'integration.js');
}

/**
 * Installs the companion runner (test/integration/harness/runner-extension) with its config:
 * it runs `bundle`'s run() in the window opened on `workspace` and reports into `report`
 * (only the test files ending with one of `files`, when given).
 */
export function installTestRunner(extensionsDir, { workspace, report, files, bundle }) {
  const target = path.join(extensionsDir, 'news-annotator-test.test-runner-0.0.1');
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(path.join(repoRoot, 'test', 'integration', 'harness', 'runner-extension'), target, { recursive: true });
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing: build with node esbuild.mjs --tests`);
  const config = { workspace, bundle, report, ...(files ? { files } : {}) };
  fs.writeFileSync(path.join(target, 'runner-config.json'), JSON.stringify(config, null, 2));
  return target;
}

/** `code-server --install-extension file.vsix`: the way a user installs the package. */
export async function installVsix(install, vsix, { extensionsDir, userDataDir, logFile }) {
  const code = await run(
    install.nodeBin,
    [install.codeServerEntry, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'],
    { logFile },
  );
  if (code !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${code}); see ${logFile}`);
}
