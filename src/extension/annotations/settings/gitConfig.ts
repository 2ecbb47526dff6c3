// Reading one value from a git config file's text (`[user]\n\tname = Jane Doe`), so the author
// name can come from `.git/config` over vscode.workspace.fs, with no `git` process.

/** The last value of `key` in `[section]` (git's rule: the last one wins), unquoted. */
export function gitConfigValue(text: string, section: string, key: string): string | undefined {
  let inSection = false;
  let value: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*([^\s\]"]+)(?:\s+"[^"]*")?\s*\]/.exec(line);
    if (header) {
      // Subsections ([user "x"]) are not the plain section.
      inSection = header[1].toLowerCase() === section.toLowerCase() && !line.includes('"');
      continue;
    }
    if (!inSection) continue;
    const pair = /^([A-Za-z][A-Za-z0-9-]*)\s*=\s*(.*)$/.exec(line);
    if (pair && pair[1].toLowerCase() === key.toLowerCase()) value = unquote(pair[2]);
  }
  return value || undefined;
}

function unquote(value: string): string {
  let text = value.replace(/\s+[#;].*$/, '').trim();
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) text = text.slice(1, -1).replace(/\\(["\\])/g, '$1');
  return text;
}
