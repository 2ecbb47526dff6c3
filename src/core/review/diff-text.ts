// A sidecar diff for the terminal: one line per added or removed annotation, and one line per
// changed field under a changed one. Colour is optional (the CLI turns it on for a TTY).
import type { Annotation } from '../annotations';
import { isAnchorUpdate, isEmptyDiff, type SidecarDiff } from './sidecar-diff';

export interface DiffTextOptions {
  /** What the two sides are, e.g. "origin/main:x.annotations.yaml". */
  baseName?: string;
  headName?: string;
  color?: boolean;
}

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** A value on one line: strings quoted and shortened, absent fields as (none). */
export function showValue(value: unknown, max = 72): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') {
    const chars = [...value];
    const short = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
    return JSON.stringify(short);
  }
  return JSON.stringify(value) ?? String(value);
}

/** Ids, labels and article names as they are, minus control characters (no escape sequences from a sidecar reach the terminal). */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

function describe(a: Annotation): string {
  return `${plain(a.id)}  ${plain(a.label)}  ${plain(a.article)}  ${showValue(a.quote, 60)}`;
}

function details(a: Annotation): string[] {
  const out: string[] = [];
  if (a.speaker !== undefined) out.push(`speaker: ${showValue(a.speaker)}`);
  if (a.note !== undefined) out.push(`note: ${showValue(a.note)}`);
  return out;
}

export function renderDiffText(diff: SidecarDiff, options: DiffTextOptions = {}): string {
  const paint = (color: keyof typeof ANSI, text: string): string => (options.color ? `${ANSI[color]}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  if (options.baseName !== undefined) lines.push(paint('dim', `--- ${options.baseName}`));
  if (options.headName !== undefined) lines.push(paint('dim', `+++ ${options.headName}`));
  lines.push(`${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged`);
  if (isEmptyDiff(diff)) return `${lines.join('\n')}\n`;
  lines.push('');
  for (const a of diff.added) {
    lines.push(paint('green', `+ ${describe(a)}`));
    for (const d of details(a)) lines.push(paint('green', `    ${d}`));
  }
  for (const a of diff.removed) lines.push(paint('red', `- ${describe(a)}`));
  for (const c of diff.changed) {
    const why = isAnchorUpdate(c) ? '  (anchor updated)' : '';
    lines.push(paint('yellow', `~ ${describe(c.after)}${why}`));
    for (const f of c.changes) lines.push(`    ${plain(f.field)}: ${showValue(f.before)} -> ${showValue(f.after)}`);
  }
  return `${lines.join('\n')}\n`;
}
