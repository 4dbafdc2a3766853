// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { ImportReportSchema } from '../../src/api/write-schemas';
import { toCsv } from '../../src/api/csv';
import { hostileJson, hostileString, mutated, PROPERTY_RUNS } from '../../src/testing/arbitraries';
import { startTestServer } from '../testing/test-server';
import { detectFormat, runImport } from './run-import';

const server = startTestServer();
afterAll(() => {
  server.close();
  server.remove();
});
const claim = server.store.getClaim('C040');
const note = (JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8')) as unknown[])[5];
const CSV_HEADER = ['id', 'metric', 'topic', 'kind', 'value', 'low', 'high', 'claimed_on', 'speaker_organisation', 'state', 'url'];

describe('import under generated uploads (fast-check)', () => {
  it('answers every upload with a per-row report and never throws', () => {
    const upload = fc.oneof(
      fc.tuple(fc.constant('application/json'), hostileString),
      fc.tuple(fc.constant('application/json'), fc.array(fc.oneof(mutated(claim), hostileJson), { maxLength: 3 }).map((rows) => JSON.stringify(rows))),
      fc.tuple(fc.constant('application/json'), fc.array(mutated(note), { maxLength: 3 }).map((rows) => JSON.stringify(rows))),
      fc.tuple(fc.constant('text/csv'), fc.array(fc.array(hostileString, { minLength: CSV_HEADER.length, maxLength: CSV_HEADER.length }), { maxLength: 3 }).map((rows) => toCsv([CSV_HEADER, ...rows]))),
      fc.tuple(fc.constant('text/csv'), hostileString),
    );
    fc.assert(
      fc.property(upload, fc.constantFrom('all-or-nothing', 'per-row') as fc.Arbitrary<'all-or-nothing' | 'per-row'>, ([contentType, body], mode) => {
        const report = runImport(server.store, detectFormat(contentType, body), body, { mode, dryRun: true, by: 'property test' });
        expect(ImportReportSchema.safeParse(report).success).toBe(true);
        for (const row of report.rows) if (row.status === 'rejected') expect(row.issues.length).toBeGreaterThan(0);
        expect(report.committed).toBe(false);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, 180_000);
});
