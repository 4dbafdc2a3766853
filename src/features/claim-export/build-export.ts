import type { Claim } from '@/contract/claim-schema';
import type { ClaimFilters } from '@/contract/claim-filters';
import { csvExportChunks, exportMeta, jsonExportChunks, type ExportInput } from '@/contract/claim-export';
import type { Origin } from '@/contract/origins/origin-schema';
import { currentLocale } from '@/i18n/locale-store';

export interface ExportContext {
  claims: Claim[];
  total: number;
  filters: ClaimFilters;
  metricLabels: Map<string, string>;
  /** The origins (GET /api/origins): the CSV's origin labels, and the JSON carries those of its claims. */
  origins?: readonly Origin[];
  exportedAt: Date;
  viewUrl: string;
}

/** The contract's export input (claim-export.ts): the file the server's GET /api/claims/export streams too. */
function exportInput(context: ExportContext): ExportInput {
  return {
    claims: context.claims,
    meta: exportMeta({
      filters: context.filters,
      claimCount: context.claims.length,
      totalClaims: context.total,
      exportedAt: context.exportedAt,
      view: context.viewUrl,
      locale: currentLocale(),
    }),
    metricLabels: context.metricLabels,
    origins: context.origins ?? [],
  };
}

/**
 * CSV: the header row, one row per claim, then one empty line and the metadata as comment lines ("# exportedAt: …")
 * that pandas (comment="#") and R skip and a spreadsheet shows as text in column A, below the data.
 */
export const buildCsvExport = (context: ExportContext): string => [...csvExportChunks(exportInput(context))].join('');

/** JSON: the metadata, every claim in the API's own shape (its originId and corroboration included), and their origins. */
export const buildJsonExport = (context: ExportContext): string => [...jsonExportChunks(exportInput(context))].join('');

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
