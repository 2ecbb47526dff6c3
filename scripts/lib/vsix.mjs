// Reading the file list of a .vsix (a zip) without unzip: the zip's central directory names
// every entry, and that is all the packaging checks need.
import * as fs from 'node:fs';

/** Entry names of the zip file at `file`. */
export function zipEntries(file) {
  const data = fs.readFileSync(file);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes (comment + record).
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file (no end of central directory)`);
  const count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${file}: corrupt central directory entry ${n}`);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    names.push(data.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** What a user's install needs (vsce stores the extension under extension/). */
export const REQUIRED = ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/extension.browser.js', 'extension/media/icon.png', 'extension/language-configuration.json'];

/** What must never ship: sources, tests, tooling, caches, source maps. */
export const FORBIDDEN = [
  /^extension\/(src|test|scripts|bench|node_modules|\.cache|\.ci|\.vscode-test|test-results|samples)\//,
  /^extension\/dist\/test\//,
  /\.map$/,
  /(^|\/)[^/]+\.ts$/,
  /\.vsix$/,
  /(^|\/)(tsconfig\.json|esbuild\.mjs|eslint\.config\.mjs|\.mocharc\.json|package-lock\.json|\.gitignore)$/,
];
