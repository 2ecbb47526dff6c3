// Reviewing annotations in pull requests: the report (who said what, annotations by label,
// anchors needing attention), sidecar diffs by id, and exports (jsonl, csv, W3C Web
// Annotation, brat standoff). Pure TypeScript over the corpus, attribution and annotation
// cores; the CLI does the reading and writing.
export { reviewCorpus, isPlaced, type ReviewInput, type ReviewOptions, type ReviewedCorpus, type ReviewedArticle, type PlacedAnnotation } from './reviewed-corpus';
export {
  buildReport, type ReviewReport, type ReportSummary, type ReportFile, type ReportArticle, type ReportSpeaker,
  type ReportQuote, type ReportAnnotation, type ReportLabelGroup,
} from './report-model';
export { renderReportMarkdown, type MarkdownReportOptions } from './report-markdown';
export { renderReportJson, REPORT_JSON_VERSION } from './report-json';
export { diffAnnotations, fieldChanges, isAnchorUpdate, isEmptyDiff, type SidecarDiff, type ChangedAnnotation, type FieldChange, type FieldGroup } from './sidecar-diff';
export { renderDiffText, type DiffTextOptions } from './diff-text';
export { renderDiffMarkdown, type DiffMarkdownOptions } from './diff-markdown';
export { exportRows, EXPORT_COLUMNS, type ExportRow, type ExportWhat } from './export-rows';
export { renderJsonl } from './export-jsonl';
export { renderCsv } from './export-csv';
export { csvField, csvRecord, parseCsv } from './csv';
export { renderW3c, w3cCollection, w3cAnnotations, articleIri, ANNO_CONTEXT, type W3cOptions } from './export-w3c';
export { bratDocuments, bratAnnotationConf, bratType, bratSpan, type BratDocument, type BratExport } from './export-brat';
export { codePointConverter, utf16Offset, type CodePointOffset } from './code-points';
export { mdText, mdCell, mdCode } from './markdown';
