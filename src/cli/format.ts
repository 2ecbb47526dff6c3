// Output helpers for the CLI: aligned plain-text tables and command-line option parsing.
import { UsageError } from './command';

/** Rows as columns padded to the widest cell; the last column is never padded. */
export function table(header: string[], rows: string[][], rightAligned: number[] = []): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
  const right = new Set(rightAligned);
  return all
    .map((row) => row.map((cell, c) => {
      if (c === row.length - 1) return right.has(c) ? pad(cell, widths[c], true) : cell;
      return pad(cell, widths[c], right.has(c));
    }).join('  ').trimEnd())
    .join('\n') + '\n';
}

/** Display width in code points (good enough for a terminal without wide characters). */
function width(s: string): number {
  let n = 0;
  // Count code points, not UTF-16 units: a surrogate pair is one character on screen.
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) !== 0xdc00) n++;
  return n;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

/** One line of text for a table cell: line breaks and tabs as spaces, cut to `max` characters. */
export function cell(s: string, max = Infinity): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ');
  const chars = [...flat];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : flat;
}

export interface ParsedArgs {
  options: Map<string, string>;
  paths: string[];
}

/**
 * `--name value`, `--name=value`, and `--` ending the options. `spec` lists the accepted
 * options and their allowed values (an empty list accepts any value).
 */
export function parseArgs(args: string[], spec: Record<string, string[]>): ParsedArgs {
  const options = new Map<string, string>();
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '');
    if (!(name in spec)) throw new UsageError(`unknown option '${eq >= 0 ? arg.slice(0, eq) : arg}'`);
    const value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) throw new UsageError(`option '--${name}' needs a value`);
    const allowed = spec[name];
    if (allowed.length && !allowed.includes(value)) {
      throw new UsageError(`bad value '${value}' for --${name} (expected ${allowed.join(' or ')})`);
    }
    options.set(name, value);
  }
  return { options, paths };
}

/** The paths, or a usage error when there are none. */
export function requirePaths(parsed: ParsedArgs): string[] {
  if (!parsed.paths.length) throw new UsageError('missing PATH (one or more corpus files)');
  return parsed.paths;
}

/** The closing lines of the usage text of the commands that only read corpora (articles, quotes, speakers). */
export const READ_ONLY_USAGE_FOOTER = [
  'Problems go to stderr as PATH:LINE:COL: SEVERITY: MESSAGE.',
  'exit status: 0 ok; 1 a file could not be read or has format errors (the readable',
  'articles are still listed); 2 usage error.',
];
