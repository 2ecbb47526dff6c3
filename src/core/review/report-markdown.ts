// The review report as Markdown for a pull-request comment or a GitHub job summary: a summary
// table, what needs attention first (fuzzy and orphaned anchors), then per article its
// annotations as a table and who said what folded into <details>, since reviewers read the
// annotations and only sometimes need the quotes.
import { htmlText, mdCell, mdCode, mdDetails, mdTable, mdText, plural } from './markdown';
import type { ReportAnnotation, ReportArticle, ReportFile, ReportQuote, ReviewReport } from './report-model';

export interface MarkdownReportOptions {
  /** Heading of the whole report. */
  title?: string;
  /**
   * Longest output in characters (GitHub comments take 65,536). Article sections that do not
   * fit are left out, with a line saying how many; the summary always stays.
   */
  maxLength?: number;
}

function anchorCell(a: ReportAnnotation): string {
  switch (a.anchor) {
    case 'exact': return 'exact';
    case 'moved': return a.savedArticle !== undefined ? `moved from ${mdCell(a.savedArticle, 60)}` : 'moved';
    case 'fuzzy': return `**fuzzy** (${(a.score ?? 0).toFixed(2)})`;
    case 'orphaned': return '**orphaned**';
  }
}

function summarySection(report: ReviewReport, title: string): string {
  const s = report.summary;
  const rows = [
    ['Corpus files', String(s.files)],
    ['Articles', String(s.articles)],
    ['Quotes found', s.quotes === s.attributedQuotes ? String(s.quotes) : `${s.quotes} (${s.attributedQuotes} attributed)`],
    ['Speakers', String(s.speakers)],
    ['Annotations', String(s.annotations)],
    ...Object.entries(s.byLabel).map(([label, n]) => [`&nbsp;&nbsp;${mdText(label)}`, String(n)]),
    ['Moved anchors', String(s.moved)],
    ['Fuzzy anchors', s.fuzzy ? `**${s.fuzzy}**` : '0'],
    ['Orphaned annotations', s.orphaned ? `**${s.orphaned}**` : '0'],
  ];
  return `# ${mdText(title)}\n\n${mdTable(['', 'Count'], rows, ['l', 'r'])}`;
}

function attentionSection(report: ReviewReport): string {
  const rows: string[][] = [];
  for (const file of report.files) {
    const add = (article: string, a: ReportAnnotation): void => {
      rows.push([mdCode(file.file), mdCell(article, 60), mdCode(a.id), mdCell(a.label, 40), anchorCell(a), mdCell(a.savedQuote ?? a.text, 100)]);
    };
    for (const article of file.articles) for (const a of article.attention) add(article.name, a);
    for (const a of file.missingArticles) add(a.article, a);
  }
  if (!rows.length) return '';
  return `## Needs attention\n\nThese annotations no longer match the corpus exactly: confirm or correct them (\`news-annotator check --fix\` updates fuzzy anchors).\n\n${mdTable(['File', 'Article', 'ID', 'Label', 'Anchor', 'Saved quote'], rows)}`;
}

function annotationsTable(article: ReportArticle): string {
  const rows: string[][] = [];
  for (const group of article.labels) {
    for (const a of group.annotations) {
      rows.push([mdCell(a.label, 40), mdCell(a.text), mdCell(a.speaker, 60), mdCell(a.note), anchorCell(a), mdCode(a.id)]);
    }
  }
  if (!rows.length) return '_No annotations._\n';
  return mdTable(['Label', 'Quote', 'Speaker', 'Note', 'Anchor', 'ID'], rows);
}

function quoteLine(q: ReportQuote): string {
  const cue = q.cue ? ` — _${mdText(q.cue)}_` : '';
  const kind = q.kind === 'full' ? '' : ` (${q.kind})`;
  return `- “${mdCell(q.text, 300)}”${cue}${kind}`;
}

function whoSaidWhat(article: ReportArticle): string {
  if (!article.quoteCount) return '';
  const parts: string[] = [];
  for (const s of article.speakers) {
    const who = s.named ? `**${mdText(s.name)}**` : `**${mdText(s.name)}** (unnamed)`;
    parts.push(`${who}, ${plural(s.quotes.length, 'quote')}\n\n${s.quotes.map(quoteLine).join('\n')}\n`);
  }
  if (article.unattributed.length) {
    parts.push(`**Not attributed**, ${plural(article.unattributed.length, 'quote')}\n\n${article.unattributed.map(quoteLine).join('\n')}\n`);
  }
  const summary = `Who said what: ${plural(article.quoteCount, 'quote')}, ${plural(article.speakers.length, 'speaker')}`;
  return mdDetails(htmlText(summary), parts.join('\n'));
}

function articleSection(article: ReportArticle): string {
  const heading = article.title && article.title !== article.name
    ? `### ${mdText(article.name)}: ${mdCell(article.title, 200)}`
    : `### ${mdText(article.name)}`;
  const annotations = article.labels.reduce((n, g) => n + g.annotations.length, 0);
  const facts = [article.outlet && mdCell(article.outlet, 60), article.date, plural(annotations, 'annotation'), plural(article.quoteCount, 'quote')]
    .filter((x): x is string => !!x);
  return `${heading}\n\n${facts.join(' · ')}\n\n${annotationsTable(article)}\n${whoSaidWhat(article)}`;
}

function fileHeader(file: ReportFile): string {
  const sidecar = file.sidecar !== undefined ? `Annotations: ${mdCode(file.sidecar)}`
    : file.unreadableSidecar !== undefined ? `**Annotations not shown:** ${mdCode(file.unreadableSidecar)} could not be read (run \`news-annotator check\`)`
      : '_No annotation sidecar._';
  let out = `## ${mdCode(file.file)}\n\n${sidecar} · ${plural(file.articles.length, 'article')}\n`;
  if (file.missingArticles.length) {
    const rows = file.missingArticles.map((a) => [mdCode(a.id), mdCell(a.label, 40), mdCell(a.article, 60), mdCell(a.text), mdCell(a.note)]);
    out += `\nAnnotations of articles that are not in the corpus (orphaned):\n\n${mdTable(['ID', 'Label', 'Article', 'Quote', 'Note'], rows)}`;
  }
  return out;
}

export function renderReportMarkdown(report: ReviewReport, options: MarkdownReportOptions = {}): string {
  const head = [summarySection(report, options.title ?? 'News Annotator report'), attentionSection(report)].filter(Boolean).join('\n');
  const sections: Array<{ text: string; article: boolean }> = [];
  for (const file of report.files) {
    sections.push({ text: fileHeader(file), article: false });
    for (const article of file.articles) sections.push({ text: articleSection(article), article: true });
  }
  const max = options.maxLength ?? Infinity;
  let out = head;
  let left = 0;
  const total = sections.filter((s) => s.article).length;
  // Room for the note saying what was left out, needed only once something is left out.
  const reserve = 200;
  let rest = sections.reduce((n, s) => n + 1 + s.text.length, 0);
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    const fitsWithAllTheRest = out.length + rest <= max;
    if (!fitsWithAllTheRest && out.length + 1 + section.text.length + reserve > max) {
      left = sections.slice(i).filter((s) => s.article).length;
      break;
    }
    out += `\n${section.text}`;
    rest -= 1 + section.text.length;
  }
  if (left) {
    out += `\n---\n\n_${left} of ${plural(total, 'article')} left out to keep this report under ${max} characters; run \`news-annotator report\` for all of it._\n`;
  }
  return out;
}
