import type { Claim } from '@/api/claim-schema';
import { claimFiltersToParams, type ClaimFilters } from '@/api/claim-filters';
import { toCsv } from '@/api/csv';
import { EXPORT_COLUMNS, toExportRow } from '@/api/claim-csv';

export interface ExportContext {
  claims: Claim[];
  total: number;
  filters: ClaimFilters;
  metricLabels: Map<string, string>;
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
    caveat: 'Each row is a claim someone made, with its verification state; not an established fact.',
  };
}

/**
 * CSV: a metadata block (lines starting "#"), one blank line, then a header row and one row per
 * claim. Readers that do not skip "#" lines still see the metadata as text, never as formulas.
 */
export function buildCsvExport(context: ExportContext): string {
  const meta = Object.entries(metadata(context)).map(([key, value]) => [`# ${key}`, String(value)]);
  const rows = context.claims.map((c) => {
    const row = toExportRow(c, context.metricLabels.get(c.metricId) ?? c.metricId);
    return EXPORT_COLUMNS.map((column) => row[column]);
  });
  return toCsv([...meta, []]) + toCsv([[...EXPORT_COLUMNS], ...rows]);
}

/** JSON: the metadata and every claim in the API's own shape. */
export function buildJsonExport(context: ExportContext): string {
  return `${JSON.stringify({ meta: metadata(context), claims: context.claims }, null, 2)}\n`;
}

/** Reads the claim rows back from an exported CSV (skips the metadata block). */
export function claimRowsFromCsv(rows: string[][]): Record<string, string>[] {
  const headerIndex = rows.findIndex((r) => r[0] === 'id');
  const header = rows[headerIndex] ?? [];
  return rows.slice(headerIndex + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
