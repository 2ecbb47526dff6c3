// The desktop (Node) host: only extension.ts imports this file, so the browser build never
// bundles a Node built-in.
import { readFile } from 'node:fs/promises';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { gitConfigValue } from '../annotations/settings/gitConfig';
import type { ExtensionHost } from './host';

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

export const desktopHost: ExtensionHost = {
  osUserName() {
    try {
      return userInfo().username || undefined;
    } catch {
      return undefined; // no passwd entry (some containers)
    }
  },
  async globalGitUserName() {
    const xdg = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
    for (const file of [join(homedir(), '.gitconfig'), join(xdg, 'git', 'config')]) {
      const text = await readText(file);
      const name = text === undefined ? undefined : gitConfigValue(text, 'user', 'name');
      if (name) return name;
    }
    return undefined;
  },
};
