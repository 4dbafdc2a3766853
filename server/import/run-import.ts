import { type z } from 'zod';
import { ClaimSchema, type Claim } from '../../src/api/claim-schema';
import { claimFromCsvRow } from '../../src/api/claim-csv';
import { parseCsv } from '../../src/api/csv';
import { convertResearchNotes } from '../../src/api/research/convert-research-notes';
import { metricsFor } from '../../src/api/research/metric-catalogue';
import type { ImportReport, ImportRowResult } from '../../src/api/write-schemas';
import type { ClaimStore } from '../store/claim-store';

export type ImportFormat = ImportReport['format'];
export interface ImportOptions {
  mode: ImportReport['mode'];
  dryRun: boolean;
  by: string;
}

const issuesOf = (error: z.core.$ZodError) => error.issues.map((i) => ({ field: i.path.join('.') || '(row)', message: i.message }));

/** Recognises the upload: CSV by content type, research notes by their claim_id field, else claims. */
export function detectFormat(contentType: string, body: string): ImportFormat {
  if (/text\/csv/i.test(contentType)) return 'csv';
  return /"claim_id"\s*:/.test(body.slice(0, 5000)) ? 'research-notes-json' : 'claims-json';
}

/** Every row as a candidate claim or a rejection with the field and the reason. */
function candidates(format: ImportFormat, body: string): { row: number; claim: Claim | null; id: string | null; issues: ImportRowResult['issues'] }[] {
  if (format === 'csv') {
    const rows = parseCsv(body).filter((r) => !(r[0] ?? '').startsWith('#') && r.some((cell) => cell !== ''));
    const [header, ...data] = rows;
    if (!header?.includes('id')) return [{ row: 0, claim: null, id: null, issues: [{ field: '(header)', message: 'The CSV needs a header row with the documented columns (at least "id")' }] }];
    return data.map((cells, index) => {
      const record = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
      const { candidate, numberIssues } = claimFromCsvRow(record);
      const parsed = ClaimSchema.safeParse(candidate);
      const issues = [...numberIssues, ...(parsed.success ? [] : issuesOf(parsed.error))];
      return { row: index + 1, claim: parsed.success && numberIssues.length === 0 ? parsed.data : null, id: record.id || null, issues };
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return [{ row: 0, claim: null, id: null, issues: [{ field: '(body)', message: `Not valid JSON: ${(error as Error).message}` }] }];
  }
  if (!Array.isArray(json)) return [{ row: 0, claim: null, id: null, issues: [{ field: '(body)', message: 'Expected a JSON array' }] }];
  if (format === 'research-notes-json') {
    const { claims, rejected } = convertResearchNotes(json);
    const accepted = claims.map((claim) => ({ row: json.findIndex((n: { claim_id?: unknown }) => n?.claim_id === claim.id) + 1, claim, id: claim.id, issues: [] }));
    const refused = rejected.map((r) => ({ row: r.index + 1, claim: null, id: r.id, issues: r.issues.map((i) => ({ field: i.path, message: i.message })) }));
    return [...accepted, ...refused].sort((a, b) => a.row - b.row);
  }
  return json.map((raw: unknown, index) => {
    const parsed = ClaimSchema.safeParse(raw);
    const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
    return { row: index + 1, claim: parsed.success ? parsed.data : null, id, issues: parsed.success ? [] : issuesOf(parsed.error) };
  });
}

/**
 * Imports claims: validates every row, then writes them in one transaction. "all-or-nothing" writes
 * nothing when any row is rejected; "per-row" writes the valid rows. A dry run only reports.
 * Re-importing the same rows changes nothing (they come back "unchanged").
 */
export function runImport(store: ClaimStore, format: ImportFormat, body: string, options: ImportOptions): ImportReport {
  const rows = candidates(format, body);
  const firstRowOf = new Map<string, number>();
  for (const r of rows) {
    if (r.id === null) continue;
    const first = firstRowOf.get(r.id);
    if (first === undefined) {
      firstRowOf.set(r.id, r.row);
      continue;
    }
    r.issues.push({ field: 'id', message: `Duplicate id ${r.id}: row ${first} of this import has it too` });
    r.claim = null;
  }
  const rejectedAny = rows.some((r) => !r.claim);
  const commit = !options.dryRun && (options.mode === 'per-row' || !rejectedAny) && rows.some((r) => r.claim);
  const results: ImportRowResult[] = [];
  const write = () => {
    for (const r of rows) {
      if (!r.claim) {
        results.push({ row: r.row, id: r.id, status: 'rejected', issues: r.issues });
        continue;
      }
      const existing = store.getClaim(r.claim.id);
      const status = commit ? store.saveClaim(r.claim, options.by) : existing ? 'updated' : 'created';
      results.push({ row: r.row, id: r.claim.id, status, issues: [] });
    }
    if (commit) {
      const known = new Set(store.listMetrics().map((m) => m.id));
      store.upsertMetrics(metricsFor(rows.flatMap((r) => (r.claim && !known.has(r.claim.metricId) ? [r.claim] : []))));
    }
  };
  if (commit) store.transaction(write);
  else write();
  const count = (status: ImportRowResult['status']) => results.filter((r) => r.status === status).length;
  return {
    format,
    mode: options.mode,
    dryRun: options.dryRun,
    committed: commit,
    counts: { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), rejected: count('rejected') },
    rows: results,
  };
}
