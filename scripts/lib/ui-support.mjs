// What the UI test helper (test/ui/workbench.ts) borrows from the harness: the same chromium
// launch and workbench URL as the integration stage, so both open VS Code the same way.
export { launchBrowser, loadWorkbench, WORKBENCH_TIMEOUT_MS } from './browser.mjs';
export { workbenchUrl } from './code-server.mjs';
export { copyWritable, repoRoot, resultsDir } from './paths.mjs';
