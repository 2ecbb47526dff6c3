// CSV export: a header row, then one record per ExportRow in EXPORT_COLUMNS order. Empty
// values are empty fields; `extra` is a JSON object; numbers are written as JavaScript prints them.
import { csvRecord } from './csv';
import { EXPORT_COLUMNS, type ExportRow } from './export-rows';

function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export function renderCsv(rows: readonly ExportRow[], header = true): string {
  let out = header ? csvRecord(EXPORT_COLUMNS) : '';
  for (const row of rows) out += csvRecord(EXPORT_COLUMNS.map((key) => fieldText(row[key])));
  return out;
}
