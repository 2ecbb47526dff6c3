// Debian packages the harness needs (chromium to open the workbench, libkrb5-dev and a
// compiler to build code-server's native modules), installed with apt-get only when missing.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from './proc.mjs';

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** True when dpkg says the package is installed. */
function isInstalled(pkg) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

let updated = false;

/**
 * Makes sure each Debian package is installed; `commands` maps a package to a command that,
 * when found on PATH, counts as the package being there (a compiler from elsewhere is fine).
 */
export async function ensureDebianPackages(packages, { commands = {} } = {}) {
  if (!hasCommand('dpkg-query')) {
    const absent = packages.filter((pkg) => commands[pkg] && !hasCommand(commands[pkg]));
    if (absent.length) throw new Error(`Not a Debian system and missing: ${absent.join(', ')}. Install them and run again.`);
    return;
  }
  const missing = packages.filter((pkg) => !(commands[pkg] && hasCommand(commands[pkg])) && !isInstalled(pkg));
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : hasCommand('sudo') ? ['sudo', '-n'] : null;
  if (!sudo) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}. Install them as root: apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const logFile = path.join(os.tmpdir(), `news-annotator-apt-${Date.now()}.log`);
  const apt = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...args], { env, logFile }) : run('apt-get', args, { env, logFile }));
  console.log(`Installing Debian packages: ${missing.join(' ')} (log: ${logFile})`);
  if (!updated) {
    // The package lists of a fresh machine may be empty or stale.
    if ((await apt(['update', '-qq'])) !== 0) throw new Error(`apt-get update failed; see ${logFile}`);
    updated = true;
  }
  if ((await apt(['install', '-y', '-qq', '--no-install-recommends', ...missing])) !== 0) {
    throw new Error(`apt-get install ${missing.join(' ')} failed:\n${fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n')}`);
  }
}
