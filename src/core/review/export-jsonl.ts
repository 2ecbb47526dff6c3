// JSON Lines export: one object per row, every key always present (null when empty) and in
// EXPORT_COLUMNS order, so consumers can rely on the shape.
import { EXPORT_COLUMNS, type ExportRow } from './export-rows';

export function rowToJson(row: ExportRow): string {
  const ordered: Record<string, unknown> = {};
  for (const key of EXPORT_COLUMNS) ordered[key] = row[key];
  return JSON.stringify(ordered);
}

export function renderJsonl(rows: readonly ExportRow[]): string {
  return rows.map((row) => `${rowToJson(row)}\n`).join('');
}
