// A sidecar diff as Markdown for a pull-request comment: counts, then tables of added, removed
// and changed annotations (one row per changed field, so a relabel reads as one line).
import type { Annotation } from '../annotations';
import { mdCell, mdCode, mdTable, mdText } from './markdown';
import { isAnchorUpdate, isEmptyDiff, type SidecarDiff } from './sidecar-diff';

export interface DiffMarkdownOptions {
  /** The sidecar the diff is about, for the heading. */
  title?: string;
  baseName?: string;
}

function cellValue(field: string, value: unknown): string {
  if (value === undefined) return '_(none)_';
  // Context is mostly whitespace and punctuation: show it exactly, line breaks included.
  if (field === 'prefix' || field === 'suffix') return mdCode(JSON.stringify(value));
  return mdCell(typeof value === 'string' ? value : JSON.stringify(value), 120) || '_(empty)_';
}

function annotationRows(list: readonly Annotation[]): string[][] {
  return list.map((a) => [mdCode(a.id), mdCell(a.article, 60), mdCell(a.label, 40), mdCell(a.quote), mdCell(a.speaker, 60), mdCell(a.note)]);
}

export function renderDiffMarkdown(diff: SidecarDiff, options: DiffMarkdownOptions = {}): string {
  const title = options.title !== undefined ? `### Annotation changes in ${mdCode(options.title)}` : '### Annotation changes';
  const base = options.baseName !== undefined ? ` (compared with ${mdCode(options.baseName)})` : '';
  const counts = `**${diff.added.length}** added · **${diff.removed.length}** removed · **${diff.changed.length}** changed · ${diff.unchanged} unchanged${base}`;
  const parts = [`${title}\n\n${counts}\n`];
  if (isEmptyDiff(diff)) {
    parts.push('_No annotation changes._\n');
    return parts.join('\n');
  }
  const header = ['ID', 'Article', 'Label', 'Quote', 'Speaker', 'Note'];
  if (diff.added.length) parts.push(`#### Added\n\n${mdTable(header, annotationRows(diff.added))}`);
  if (diff.removed.length) parts.push(`#### Removed\n\n${mdTable(header, annotationRows(diff.removed))}`);
  if (diff.changed.length) {
    const rows: string[][] = [];
    for (const c of diff.changed) {
      const id = isAnchorUpdate(c) ? `${mdCode(c.id)} _(anchor updated)_` : mdCode(c.id);
      c.changes.forEach((f, i) => {
        rows.push([i === 0 ? id : '', i === 0 ? mdCell(c.after.article, 60) : '', mdText(f.field), cellValue(f.field, f.before), cellValue(f.field, f.after)]);
      });
    }
    parts.push(`#### Changed\n\n${mdTable(['ID', 'Article', 'Field', 'Before', 'After'], rows)}`);
  }
  return parts.join('\n');
}
