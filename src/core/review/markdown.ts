// Markdown building blocks for pull-request comments and job summaries. Corpus text and
// annotation notes are untrusted: everything inserted is escaped so it cannot open HTML,
// break a table, turn into a link, or @-mention (and so notify) a GitHub user.

/** Text as inline Markdown that renders as itself, on one line. */
export function mdText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    // A zero-width space after @ keeps "@user" readable without pinging anyone.
    .replace(/@/g, '@&#8203;');
}

/** A table cell: mdText, cut to `max` characters (code points) with an ellipsis. */
export function mdCell(text: string | undefined, max = 160): string {
  if (text === undefined || text === '') return '';
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return mdText(chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join(''));
}

/** Inline code that survives any backticks inside (CommonMark: a longer fence) and table pipes. */
export function mdCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const runs = flat.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A GitHub-flavoured table; `align` per column: 'l' or 'r'. */
export function mdTable(header: string[], rows: string[][], align: Array<'l' | 'r'> = []): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n') + '\n';
}

/** A collapsible block; the blank lines let GitHub render the Markdown inside. */
export function mdDetails(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body.trimEnd()}\n\n</details>\n`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Text for inside HTML tags such as <summary>, where Markdown is not rendered. */
export function htmlText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '@&#8203;');
}
