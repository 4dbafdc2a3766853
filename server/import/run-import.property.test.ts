// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { ImportReportSchema } from '../../src/contract/write-schemas';
import { IssueSchema } from '../../src/contract/issue-schema';
import { csvComment, toCsv } from '../../src/contract/csv';
import { EXPORT_COLUMNS, toExportRow } from '../../src/contract/claim-csv';
import { hostileJson, hostileString, mutated, PROPERTY_RUNS } from '../../src/testing/arbitraries';
import { startTestServer } from '../testing/test-server';
import { runImport, type ImportOptions } from './run-import';
import { withOrigins } from '../../src/contract/origins/with-origins';

const server = await startTestServer();
afterAll(async () => {
  await server.close();
  await server.remove();
});
const claim = await server.store.claims.get('C040');
const note = (JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8')) as unknown[])[5];
const CSV_HEADER = [
  'id',
  'metric',
  'topic',
  'kind',
  'value',
  'low',
  'high',
  'claimed_on',
  'speaker_organisation',
  'state',
  'url',
];
const dryRun = (mode: ImportOptions['mode']): ImportOptions => ({
  mode,
  dryRun: true,
  overwrite: false,
  acceptAboveCeiling: false,
  by: 'property test',
});

describe('import under generated uploads (fast-check)', () => {
  it('answers every upload with a per-row report or one file-level issue, and never throws', async () => {
    const upload = fc.oneof(
      fc.tuple(fc.constant('application/json'), hostileString),
      fc.tuple(
        fc.constant('application/json'),
        fc.array(fc.oneof(mutated(claim), hostileJson), { maxLength: 3 }).map((rows) => JSON.stringify(rows)),
      ),
      fc.tuple(
        fc.constant('application/json'),
        fc.array(mutated(note), { maxLength: 3 }).map((rows) => JSON.stringify(rows)),
      ),
      fc.tuple(
        fc.constant('text/csv'),
        fc
          .array(fc.array(hostileString, { minLength: CSV_HEADER.length, maxLength: CSV_HEADER.length }), {
            maxLength: 3,
          })
          .map((rows) => toCsv([CSV_HEADER, ...rows])),
      ),
      fc.tuple(fc.constant('text/csv'), hostileString),
    );
    await fc.assert(
      fc.asyncProperty(
        upload,
        fc.constantFrom('all-or-nothing', 'per-row') as fc.Arbitrary<ImportOptions['mode']>,
        async ([contentType, body], mode) => {
          const outcome = await runImport(server.store, contentType, body, dryRun(mode));
          if (!outcome.ok) {
            expect(IssueSchema.safeParse(outcome.issue).success).toBe(true);
            return;
          }
          const { report } = outcome;
          expect(ImportReportSchema.safeParse(report).success).toBe(true);
          for (const row of report.rows) if (row.status === 'refused') expect(row.issues.length).toBeGreaterThan(0);
          expect(report.rows.some((r) => r.status === 'created' || r.status === 'updated')).toBe(false);
          expect(report.committed).toBe(false);
        },
      ),
      { numRuns: PROPERTY_RUNS / 10 },
    );
  }, 180_000);
});

// As the API serves them and an export writes them: with their origins (origin_id, origin_label).
const { claims: stored, origins } = withOrigins(await server.store.claims.list(), await server.store.sources.list());
const originLabels = new Map(origins.map((o) => [o.id, o.label]));
const labels = new Map((await server.store.reference.listMetrics()).map((m) => [m.id, m.label]));

describe('re-importing any export is a no-op (fast-check)', () => {
  const subset = fc.subarray(stored, { minLength: 1 });

  it('any subset of the claims, exported as JSON ({ meta, claims }) or CSV (header first, trailing comment block), comes back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(subset, fc.boolean(), async (claims, asCsv) => {
        const body = asCsv
          ? `${toCsv([[...EXPORT_COLUMNS], ...claims.map((c) => EXPORT_COLUMNS.map((col) => toExportRow(c, labels.get(c.metricId) ?? c.metricId, originLabels.get(c.originId ?? '') ?? null)[col]))])}\r\n${csvComment('exportedAt: property test')}`
          : JSON.stringify({ meta: { title: 'property test' }, claims });
        const outcome = await runImport(server.store, asCsv ? 'text/csv' : 'application/json', body, {
          ...dryRun('all-or-nothing'),
          dryRun: false,
        });
        if (!outcome.ok) throw new Error(outcome.issue.message);
        expect(outcome.report.rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
        expect(outcome.report.committed).toBe(false);
      }),
      { numRuns: 60 },
    );
  }, 180_000);
});
