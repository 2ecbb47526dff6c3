// Companion extension that runs the integration tests inside code-server's extension host.
//
// scripts/lib/extensions.mjs copies this folder into the test extensions dir and writes
// runner-config.json beside it: { workspace, bundle, report, files? }. VS Code activates it
// once startup has finished; it runs the tests only in the window opened on the integration
// workspace (UI tests open other folders with the same extensions dir) and only once, then
// calls the bundle's standard `run()` (test/integration/index.ts), which writes the report.
/* global require, module, process, setImmediate, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS extension, loaded as is */
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

function activate() {
  const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'runner-config.json'), 'utf8'));
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder || path.resolve(folder.uri.fsPath) !== path.resolve(config.workspace)) return;
  if (fs.existsSync(config.report)) return; // already ran (e.g. the window reloaded)
  fs.writeFileSync(config.report, '');
  process.env.NEWS_ANNOTATOR_TEST_REPORT = config.report;
  if (config.files) process.env.NEWS_ANNOTATOR_TEST_FILES = config.files.join(path.delimiter);
  // Run after activate() returns: tests must not hold up extension activation.
  setImmediate(async () => {
    try {
      await require(config.bundle).run();
    } catch (error) {
      // run() has reported failed tests itself; anything that kept it from running at all
      // (a missing bundle, a syntax error) is reported here so the Node side can say why.
      const text = fs.readFileSync(config.report, 'utf8');
      if (!/"event":"(end|error)"/.test(text)) {
        const line = { event: 'error', message: String(error && error.message), stack: String(error && error.stack) };
        fs.appendFileSync(config.report, JSON.stringify(line) + '\n');
      }
    }
  });
}

module.exports = { activate, deactivate() {} };
