import type { Claim } from '@/contract/claim-schema';
import type { ClaimFilters } from '@/contract/claim-filters';
import { claimFiltersToParams } from '@/contract/claim-filter-params';
import { csvComment, toCsv } from '@/contract/csv';
import { EXPORT_COLUMNS, toExportRow } from '@/contract/claim-csv';
import type { Origin } from '@/contract/origins/origin-schema';

export interface ExportContext {
  claims: Claim[];
  total: number;
  filters: ClaimFilters;
  metricLabels: Map<string, string>;
  /** Origin labels by origin id (GET /api/origins), for the origin_label column; without them only origin_id is filled. */
  originLabels?: ReadonlyMap<string, string>;
  /** The origins (GET /api/origins); the JSON export carries those of its claims. */
  origins?: readonly Origin[];
  exportedAt: Date;
  viewUrl: string;
}

function metadata(context: ExportContext) {
  return {
    title: 'Claimwatch export: reported claims with their sources',
    exportedAt: context.exportedAt.toISOString(),
    asOf: context.filters.asof ?? null,
    filters: claimFiltersToParams(context.filters).toString() || '(none)',
    claimCount: context.claims.length,
    totalClaims: context.total,
    view: context.viewUrl,
    caveat: 'Each row is a claim someone made and its verification state; not an established fact.',
  };
}

/**
 * CSV: the header row, one row per claim, then one empty line and the metadata as comment lines ("# exportedAt: …")
 * that pandas (comment="#") and R skip and a spreadsheet shows as text in column A, below the data.
 */
export function buildCsvExport(context: ExportContext): string {
  const rows = context.claims.map((c) => {
    const originLabel = c.originId === null ? null : (context.originLabels?.get(c.originId) ?? null);
    const row = toExportRow(c, context.metricLabels.get(c.metricId) ?? c.metricId, originLabel);
    return EXPORT_COLUMNS.map((column) => row[column]);
  });
  const meta = Object.entries(metadata(context)).map(([key, value]) => csvComment(`${key}: ${String(value)}`));
  return `${toCsv([[...EXPORT_COLUMNS], ...rows])}\r\n${meta.join('')}`;
}

/** JSON: the metadata, every claim in the API's own shape (its originId and corroboration included), and their origins. */
export function buildJsonExport(context: ExportContext): string {
  const used = new Set(context.claims.map((c) => c.originId));
  const origins = (context.origins ?? []).filter((o) => used.has(o.id));
  return `${JSON.stringify({ meta: metadata(context), claims: context.claims, origins }, null, 2)}\n`;
}

const isTrailer = (row: string[]) => row.every((cell) => cell === '') || (row[0] ?? '').startsWith('#');

/**
 * The claim rows of an exported CSV, read by any CSV parser into rows of cells: the header is the first row with an
 * "id" cell (after the metadata of an old export); empty rows and the trailing "#" block are left out.
 */
export function claimRowsFromCsv(rows: string[][]): Record<string, string>[] {
  const headerIndex = rows.findIndex((r) => r[0] === 'id');
  const header = rows[headerIndex] ?? [];
  const data = rows.slice(headerIndex + 1);
  while (data.length > 0 && isTrailer(data.at(-1) ?? [])) data.pop();
  return data
    .filter((r) => !r.every((cell) => cell === ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
