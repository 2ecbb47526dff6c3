// What is wrong (or worth knowing) about annotations: labels the taxonomy does not define,
// extra field values it does not allow, and anchors that moved, match only approximately or
// are orphaned. Shared by `news-annotator check` and the editor's Problems panel.
import type { ParsedCorpus, Severity } from '../corpus/types';
import { findArticle, textSlice } from '../corpus/lookup';
import type { AnchorResult, Annotation } from './types';
import { closestLabel, findLabel, isAllowedFieldValue } from './taxonomy';
import type { Taxonomy } from './taxonomy-types';
import { fieldValue } from './fields';

export type FindingCode = 'unknown-label' | 'field-value' | 'field-label' | 'moved' | 'renamed-article' | 'fuzzy' | 'orphaned';

export interface AnnotationFinding {
  id: string;
  /** The field concerned (label, an extra field), or undefined for the entry as a whole. */
  field?: string;
  severity: Severity;
  code: FindingCode;
  message: string;
}

/** A quote shortened for messages, on one line. */
export function excerpt(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

function subject(a: Annotation): string {
  return `annotation ${a.id} (${a.label})`;
}

/** Labels and extra fields checked against the taxonomy. `source` names it in messages. */
export function taxonomyFindings(annotations: readonly Annotation[], taxonomy: Taxonomy, source: string): AnnotationFinding[] {
  const findings: AnnotationFinding[] = [];
  for (const a of annotations) {
    if (!findLabel(taxonomy, a.label)) {
      const guess = closestLabel(taxonomy, a.label);
      findings.push({
        id: a.id, field: 'label', severity: 'error', code: 'unknown-label',
        message: `${subject(a)}: unknown label '${a.label}'${guess ? ` (did you mean '${guess}'?)` : ''}; ${source} defines ${taxonomy.labels.map((l) => l.id).join(', ')}`,
      });
    }
    for (const field of taxonomy.fields) {
      const value = fieldValue(a, field.name);
      if (value === undefined) continue;
      if (!isAllowedFieldValue(field, value)) {
        findings.push({
          id: a.id, field: field.name, severity: 'warning', code: 'field-value',
          message: `${subject(a)}: ${field.name} ${JSON.stringify(value)} is not one of ${field.values!.join(', ')}`,
        });
      }
      if (field.labels && !field.labels.includes(a.label)) {
        findings.push({
          id: a.id, field: field.name, severity: 'warning', code: 'field-label',
          message: `${subject(a)}: ${field.name} applies only to ${field.labels.join(', ')}`,
        });
      }
    }
  }
  return findings;
}

function currentText(corpus: ParsedCorpus | undefined, r: AnchorResult): string | undefined {
  const article = corpus && r.article !== undefined ? findArticle(corpus, r.article) : undefined;
  if (!article || r.start === undefined || r.end === undefined) return undefined;
  return textSlice(corpus!, article.bodyStart + r.start, article.bodyStart + r.end);
}

/** One finding per annotation whose anchor is not exact; with the corpus, fuzzy ones quote the text found. */
export function anchorFindings(annotations: readonly Annotation[], results: ReadonlyMap<string, AnchorResult>, corpus?: ParsedCorpus): AnnotationFinding[] {
  const findings: AnnotationFinding[] = [];
  for (const a of annotations) {
    const r = results.get(a.id);
    if (!r || r.state === 'exact') continue;
    const base = { id: a.id };
    if (r.state === 'orphaned') {
      findings.push({
        ...base, severity: 'error', code: 'orphaned',
        message: `${subject(a)} is orphaned: ${excerpt(a.quote)} is not in article '${a.article}'`,
      });
    } else if (r.article !== undefined && r.article !== a.article) {
      findings.push({
        ...base, severity: 'warning', code: 'renamed-article',
        message: `${subject(a)}: article '${a.article}' is not in the corpus; the quote was found in '${r.article}' at offset ${r.start}${r.state === 'fuzzy' ? ` (approximately, score ${r.score.toFixed(2)})` : ''}`,
      });
    } else if (r.state === 'fuzzy') {
      const now = currentText(corpus, r);
      findings.push({
        ...base, severity: 'warning', code: 'fuzzy',
        message: `${subject(a)}: quote matches only approximately (score ${r.score.toFixed(2)}) at offset ${r.start}: ${excerpt(a.quote)} was saved${now === undefined ? '' : `, the text is now ${excerpt(now)}`}`,
      });
    } else {
      findings.push({
        ...base, severity: 'info', code: 'moved',
        message: `${subject(a)}: quote moved from offset ${a.start} to ${r.start}`,
      });
    }
  }
  return findings;
}
