// Lint rules. The one that matters most: src/core is pure TypeScript shared by the CLI, the
// desktop extension and the browser extension, so it may import neither 'vscode' nor Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is shared with the CLI and the browser build: describe what you need as an interface instead.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core must run in a browser web worker: no Node built-ins.' })),
        ],
      }],
    },
  },
  {
    // The extension is also the browser build (a web worker): files go through
    // vscode.workspace.fs; only the desktop host may use Node (esbuild.mjs checks the bundle too).
    files: ['src/extension/**/*.ts'],
    ignores: ['src/extension/host/desktopHost.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'src/extension also runs in a browser web worker: use vscode.workspace.fs, or put Node code in src/extension/host/desktopHost.ts.' })),
      }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
);
