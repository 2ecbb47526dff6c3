// Builds every bundle of the product with esbuild's context API.
//   node esbuild.mjs               development build of all bundles
//   node esbuild.mjs --production  minified, no source maps (what `npm run package` ships)
//   node esbuild.mjs --watch       rebuild on change; pair with `tsc --noEmit --watch` for types
//   node esbuild.mjs --tests       also the integration and web test bundles (dist/test/)
// Type checking is tsc's job (`npm run typecheck`); esbuild only strips types.
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Reports build results in the format of the `$esbuild-watch` problem matcher. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * Fails the build when a Node built-in is imported into a bundle that runs in a browser web
 * worker (github.dev, vscode.dev), naming the importing file: there is no Node there, and a
 * polyfill would only hide the mistake. `allow` maps a built-in to a browser-safe stand-in
 * (used only by the web test bundle, for node:assert).
 */
function webWorkerOnly({ allow = {} } = {}) {
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  return {
    name: 'web-worker-only',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (allow[args.path]) return { path: allow[args.path] };
        if (!builtins.has(args.path)) return undefined;
        return { errors: [{ text: `"${args.path}" is a Node built-in: the browser build runs in a web worker without Node. Reach files through vscode.workspace.fs and keep Node code in src/extension/host/desktopHost.ts` }] };
      });
    },
  };
}

// For the web test bundle: `news-annotator:web-tests` lists every test/web/**/*.test.ts, each
// required only when the runner asks (after mocha has defined describe/it); and mocha's browser
// build, a UMD file in a "type": "module" package, is loaded as CommonJS so that its
// `module.exports =` stays inside its own wrapper instead of replacing the runner's exports.
const webTestsPlugin = {
  name: 'web-tests',
  setup(build) {
    build.onResolve({ filter: /^news-annotator:web-tests$/ }, () => ({ path: 'web-tests', namespace: 'web-tests' }));
    build.onLoad({ filter: /.*/, namespace: 'web-tests' }, () => {
      const root = path.resolve('test', 'web');
      const files = fs.readdirSync(root, { recursive: true }).filter((f) => f.endsWith('.test.ts')).map((f) => f.split(path.sep).join('/')).sort();
      const entries = files.map((f) => `  { file: ${JSON.stringify(f)}, load: () => require(${JSON.stringify(`./${f}`)}) },`);
      return { contents: `export const testModules = [\n${entries.join('\n')}\n];\n`, resolveDir: root, loader: 'js', watchDirs: [root] };
    });
    build.onResolve({ filter: /^mocha\/mocha\.js$/ }, () => ({ path: path.resolve('node_modules', 'mocha', 'mocha.js'), namespace: 'mocha-browser' }));
    build.onLoad({ filter: /.*/, namespace: 'mocha-browser' }, (args) => ({ contents: fs.readFileSync(args.path, 'utf8'), loader: 'js' }));
  },
};

/** Browser bundles run in VS Code's web worker extension host: CommonJS with 'vscode' provided. */
const webWorker = {
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: watch ? [problemMatcherPlugin] : [],
};

/** What ships: the desktop extension (Node; vscode is provided by the host), the browser extension (web worker) and the CLI. */
const targets = [
  {
    ...common,
    entryPoints: { extension: 'src/extension/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    // The browser build (package.json "browser"): the same activateShared with webHost.
    ...common,
    ...webWorker,
    entryPoints: { 'extension.browser': 'src/extension/extension.browser.ts' },
    outdir: 'dist',
    plugins: [...common.plugins, webWorkerOnly()],
  },
  {
    ...common,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
];

/** Test and benchmark bundles are built only when asked for; they never ship. */
if (process.argv.includes('--tests')) {
  // A deleted test must not live on as a stale bundle that the runner still loads.
  fs.rmSync('dist/test', { recursive: true, force: true });
  targets.push({
    ...common,
    sourcemap: true,
    entryPoints: { 'test/integration': 'test/integration/index.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  });
  // Every test/integration/**/*.test.ts becomes its own bundle that index.ts finds and loads
  // into mocha (see the conventions at the top of test/integration/index.ts).
  targets.push({
    ...common,
    sourcemap: true,
    entryPoints: ['test/integration/**/*.test.ts'],
    outbase: 'test/integration',
    outdir: 'dist/test/integration',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  });
}
if (process.argv.includes('--tests')) {
  // The web tests: runner, mocha and every test/web/**/*.test.ts in one web-worker bundle
  // (see test/web/index.ts). No Node built-ins; node:assert resolves to a browser-safe stand-in.
  const assertShim = path.resolve('test', 'web', 'harness', 'assert.ts');
  targets.push({
    ...common,
    ...webWorker,
    sourcemap: true,
    entryPoints: { 'test/web/runner': 'test/web/index.ts' },
    outdir: 'dist',
    plugins: [...common.plugins, webTestsPlugin, webWorkerOnly({ allow: { 'node:assert/strict': assertShim, 'node:assert': assertShim } })],
  });
}
if (process.argv.includes('--bench')) {
  targets.push({
    ...common,
    sourcemap: true,
    entryPoints: { 'bench/run': 'bench/run.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  });
}

const contexts = await Promise.all(targets.map((options) => esbuild.context(options)));
if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  try {
    await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  } catch {
    process.exitCode = 1; // esbuild has already printed the errors with their locations
  } finally {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
  }
}
