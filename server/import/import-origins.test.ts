// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ClaimListResponseSchema, OriginListResponseSchema } from '../../src/contract/responses';
import { ImportReportSchema } from '../../src/contract/write-schemas';
import { EXPORT_COLUMNS, toExportRow } from '../../src/contract/claim-csv';
import { csvComment, toCsv } from '../../src/contract/csv';
import { TOKENS, testServerPool, type TestServer } from '../testing/test-server';
import { formatImportReport } from './format-report';
import { parseCsvUpload } from './parse-csv-upload';

const start = testServerPool();
type Server = TestServer;

const importCsv = async (s: Server, csv: string, query = '') =>
  ImportReportSchema.parse(
    await (
      await s.request(`/api/imports${query}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: csv,
        token: TOKENS.analyst,
      })
    ).json(),
  );
const listOf = async (s: Server, query: string) =>
  ClaimListResponseSchema.parse(await (await s.request(`/api/claims?${query}`)).json()).claims;

/** SYNTHETIC row: another outlet repeating C060's figure from the same NIS briefing, marked corroborated. */
const REPEAT = {
  id: 'NIS-REPEAT-1',
  metric: 'troop_deaths',
  topic: 'troops',
  kind: 'estimate',
  value: '100',
  unit: 'killed',
  claimed_on: '2024-12-19',
  speaker_organisation: 'National Intelligence Service (NIS)',
  speaker_type: 'intelligence_service',
  outlet: 'Synthetic Daily',
  source_url: 'https://example.org/synthetic-nis-repeat',
  provenance_chain: 'NIS closed-door briefing > Synthetic Daily',
  verification_state: 'corroborated',
  verification_note: 'Synthetic test row: the same briefing, another outlet',
};
const csvOf = (rows: Record<string, string>[]) => {
  const header = Object.keys(rows[0] ?? {});
  return toCsv([header, ...rows.map((r) => header.map((h) => r[h] ?? ''))]);
};

describe('import and origins', () => {
  it('warns of a row that is corroborated only by the origin it repeats, and the list then warns of both', async () => {
    const s = await start();
    const dry = await importCsv(s, csvOf([REPEAT]), '?dryRun=true');
    expect(dry.rows[0]).toMatchObject({
      status: 'would_create',
      warnings: [expect.objectContaining({ field: 'verification_state', code: 'corroborated_one_origin' })],
    });
    expect(dry.rows[0]?.warnings[0]?.message).toMatch(/C060.*NIS closed-door briefing/);
    expect(formatImportReport(dry)).toMatch(
      /row 1 \(line 2\) NIS-REPEAT-1: would create\n {2}warning .*\[corroborated_one_origin\]/,
    );

    const report = await importCsv(s, csvOf([REPEAT]));
    expect(report.rows[0]).toMatchObject({
      status: 'created',
      warnings: [expect.objectContaining({ code: 'corroborated_one_origin' })],
    });
    const warned = await listOf(s, 'warning=corroborated_one_origin');
    expect(warned.map((c) => c.id).sort()).toEqual(['C060', 'NIS-REPEAT-1']);
    expect(warned.find((c) => c.id === 'C060')?.corroboration.sameOrigin).toEqual(['NIS-REPEAT-1']);
    // Derived on every read, never stored with the claim.
    expect((await s.store.claims.get('NIS-REPEAT-1'))?.warnings.map((w) => w.code)).not.toContain(
      'corroborated_one_origin',
    );
  });

  it('reads back its own export unchanged, origin columns and all (CSV and JSON)', async () => {
    const s = await start();
    const claims = await listOf(s, '');
    const { origins } = OriginListResponseSchema.parse(await (await s.request('/api/origins')).json());
    const labels = new Map(origins.map((o) => [o.id, o.label]));
    const metrics = new Map((await s.store.reference.listMetrics()).map((m) => [m.id, m.label]));
    const rows = claims.map((c) =>
      toExportRow(c, metrics.get(c.metricId) ?? c.metricId, labels.get(c.originId ?? '') ?? null),
    );
    expect(rows.find((r) => r.id === 'C060')).toMatchObject({
      origin_id: 'kr-nis.2024-12-19.intelligence_briefing',
      origin_label: 'NIS closed-door briefing',
    });
    const csv = `${toCsv([[...EXPORT_COLUMNS], ...rows.map((r) => EXPORT_COLUMNS.map((col) => r[col]))])}\r\n${csvComment('exportedAt: test')}`;
    const fromCsv = await importCsv(s, csv);
    expect(fromCsv.rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
    // The origin columns are the export's own: not "unknown columns" to warn of.
    expect(parseCsvUpload(csv)).toMatchObject({ ok: true, warnings: [] });

    const json = await s.request('/api/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ meta: { title: 'test' }, claims }),
      token: TOKENS.analyst,
    });
    const fromJson = ImportReportSchema.parse(await json.json());
    expect(fromJson.rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
  });
});
