// Builds every bundle of the product with esbuild's context API.
//   node esbuild.mjs               development build of all bundles
//   node esbuild.mjs --production  minified, no source maps (what `npm run package` ships)
//   node esbuild.mjs --watch       rebuild on change; pair with `tsc --noEmit --watch` for types
// Type checking is tsc's job (`npm run typecheck`); esbuild only strips types.
import * as fs from 'node:fs';
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

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: watch ? [problemMatcherPlugin] : [],
};

/** Node bundles: the desktop extension (vscode is provided by the host) and the CLI. */
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
