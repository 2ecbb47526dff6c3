// The review report as JSON, for scripts and dashboards. `version` changes only when a field
// changes meaning or goes away; new fields may appear at any time.
import type { ReviewReport } from './report-model';

export const REPORT_JSON_VERSION = 1;

export function renderReportJson(report: ReviewReport): string {
  return `${JSON.stringify({ version: REPORT_JSON_VERSION, ...report }, null, 2)}\n`;
}
