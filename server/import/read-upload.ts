import type { Issue } from '../../src/contract/issue-schema';
import type { ImportReport } from '../../src/contract/write-schemas';
import { markUnsafeNumbers } from '../../src/contract/import-checks/unsafe-json-numbers';
import { parseCsvUpload } from './parse-csv-upload';
import { isRecord } from '../../src/contract/is-record';

export type ImportFormat = ImportReport['format'];

/** One row of an upload before it is checked: a JSON object, or a CSV record's cells by column. */
export interface UploadRow {
  row: number;
  line: number | null;
  raw: unknown;
  /** Problems the reader found in the row itself (a CSV record with too many cells). */
  problems: Issue[];
}

export interface Upload {
  format: ImportFormat;
  rows: UploadRow[];
  /** Metric definitions sent with the rows ("metrics" beside "claims" or "notes"), unchecked. */
  metrics: unknown[];
  /** File-level remarks that do not stop the import (unknown CSV columns). */
  warnings: Issue[];
}

const fileIssue = (code: string, message: string): Issue => ({ field: '(file)', code, message });
const looksLikeNotes = (rows: unknown[]) => rows.some((r) => isRecord(r) && 'claim_id' in r);

/**
 * Reads an upload: CSV (by content type, or a body that is not JSON-shaped), a JSON array of
 * claims or of research notes, or an object with "claims" or "notes" and optional "metrics" (the
 * dashboard's own JSON export has this shape). Integers beyond 2^53 are caught in the raw text,
 * before JSON parsing would round them. A file that cannot be read at all is one issue.
 */
export function readUpload(
  contentType: string,
  body: string,
): { ok: true; upload: Upload } | { ok: false; issue: Issue } {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  if (/text\/csv/i.test(contentType) || !/^[[{]/.test(trimmed)) {
    const csv = parseCsvUpload(body);
    if (!csv.ok) return csv;
    const rows = csv.records.map((r) => ({ row: r.row, line: r.line, raw: r.cells, problems: r.problems ?? [] }));
    return { ok: true, upload: { format: 'csv', rows, metrics: [], warnings: csv.warnings } };
  }
  let json: unknown;
  try {
    json = JSON.parse(markUnsafeNumbers(trimmed));
  } catch (error) {
    return { ok: false, issue: fileIssue('invalid_json', `The file is not valid JSON: ${(error as Error).message}`) };
  }
  let rows: unknown;
  let metrics: unknown = [];
  let format: ImportFormat | null = null;
  if (Array.isArray(json)) rows = json;
  else if (isRecord(json) && Array.isArray(json.claims))
    [rows, metrics, format] = [json.claims, json.metrics ?? [], 'claims-json'];
  else if (isRecord(json) && Array.isArray(json.notes))
    [rows, metrics, format] = [json.notes, json.metrics ?? [], 'research-notes-json'];
  else
    return {
      ok: false,
      issue: fileIssue(
        'not_an_array',
        'Expected a JSON array of claims or research notes, or an object with a "claims" or "notes" array (and optionally "metrics")',
      ),
    };
  if (!Array.isArray(rows)) return { ok: false, issue: fileIssue('not_an_array', 'Expected an array of rows') };
  if (!Array.isArray(metrics))
    return { ok: false, issue: fileIssue('bad_metrics_block', '"metrics" must be an array of metric definitions') };
  return {
    ok: true,
    upload: {
      format: format ?? (looksLikeNotes(rows) ? 'research-notes-json' : 'claims-json'),
      rows: rows.map((raw: unknown, index) => ({ row: index + 1, line: null, raw, problems: [] })),
      metrics,
      warnings: [],
    },
  };
}
