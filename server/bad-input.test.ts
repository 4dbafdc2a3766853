// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ImportReportSchema } from '../src/contract/write-schemas';
import { ClaimSchema, type Claim } from '../src/contract/claim-schema';
import { formatIssue } from '../src/contract/issue-schema';
import { TOKENS, testServerPool, type TestServer } from './testing/test-server';

const start = testServerPool();
const post = (body: string, contentType = 'application/json') => ({
  method: 'POST',
  headers: { 'content-type': contentType },
  body,
  token: TOKENS.analyst,
});

async function existing(s: TestServer): Promise<Claim> {
  return ClaimSchema.parse(await (await s.request('/api/claims/C040')).json());
}

describe('import: every bad row gets a specific reason, and the good rows are not lost', () => {
  it('per-row: rejects each kind of bad row with its field and reason, commits the rest', async () => {
    const s = await start();
    const base = await existing(s);
    const row = (id: string, patch: Record<string, unknown> = {}) => ({
      ...base,
      id,
      relatedClaimIds: [],
      contradictingClaimIds: [],
      ...patch,
    });
    const rows = [
      row('GOOD1'),
      row('BAD-RANGE', { figure: { ...base.figure, value: null, low: 12000, high: 10000 } }),
      row('BAD-NEG', { figure: { ...base.figure, value: -5 } }),
      row('BAD-FUTURE', { claimedOn: '2999-01-01' }),
      row('BAD-ASOF', { kind: 'reported_count', claimedOn: '2024-10-18', figureAsOf: '2024-12-01' }),
      row('BAD-ENUM', { kind: 'rumour' }),
      row('BAD-LOCALE', { figure: { ...base.figure, value: '11.000' } }),
      row('BAD-SOURCE', { source: undefined }),
      row('BAD-LONG', { notes: 'n'.repeat(4001) }),
      row('BAD-CTRL', { speaker: { ...base.speaker, organisation: 'NIS\u0000' } }),
      row('GOOD1'),
      row('GOOD2'),
    ];
    const res = await s.request('/api/imports?mode=per-row', post(JSON.stringify(rows)));
    expect(res.status).toBe(200);
    const report = ImportReportSchema.parse(await res.json());
    const reason = (id: string, n = 0) =>
      report.rows
        .filter((r) => r.id === id)
        .at(n)
        ?.issues.map(formatIssue)
        .join(' | ') ?? '';
    expect(reason('BAD-RANGE')).toMatch(/figure\.low: The range is inverted: low 12000 is above high 10000/);
    expect(reason('BAD-NEG')).toMatch(/figure\.value: A figure cannot be negative/);
    expect(reason('BAD-FUTURE')).toMatch(/claimedOn: 2999-01-01 is in the future/);
    expect(reason('BAD-ASOF')).toMatch(/figureAsOf: The figure's date 2024-12-01 is after the report date 2024-10-18/);
    expect(reason('BAD-ENUM')).toMatch(/kind: text \("rumour"\) is not allowed here: use one of "reported_count"/);
    expect(reason('BAD-LOCALE')).toMatch(/figure\.value: "11\.000" is text/);
    expect(reason('BAD-SOURCE')).toMatch(/source: Missing source/);
    expect(reason('BAD-LONG')).toMatch(/notes: At most 4000 characters \(this has 4001\)/);
    expect(reason('BAD-CTRL')).toMatch(/speaker\.organisation: Contains a control character \(U\+0000\)/);
    expect(reason('GOOD1', 1)).toMatch(/id: Duplicate id GOOD1: row 1 of this upload has it too/);
    expect(report.counts).toMatchObject({ created: 2, refused: 10 });
    expect((await s.request('/api/claims/GOOD2')).status).toBe(200);
    expect((await s.request('/api/claims/BAD-NEG')).status).toBe(404);
  });

  it('CSV: a locale-formatted number is refused with the column and the reason', async () => {
    const s = await start();
    const csv = 'id,metric,value\r\nX1,troops_in_russia,"1,500"\r\n';
    const report = ImportReportSchema.parse(
      await (await s.request('/api/imports?mode=per-row&dryRun=true', post(csv, 'text/csv'))).json(),
    );
    expect(report.rows[0]?.issues).toContainEqual({
      field: 'value',
      code: 'number_as_text',
      message: expect.stringMatching(/1,500/),
    });
  });
});

describe('API writes: the same rules', () => {
  it('POST /api/claims answers 400 naming the field for a future date and an inverted range', async () => {
    const s = await start();
    const { verification, ...rest } = await existing(s);
    const input = {
      ...rest,
      id: 'NEW1',
      claimedOn: '2999-01-01',
      figure: { ...rest.figure, value: null, low: 9, high: 3 },
      verification: { state: verification.state, note: null, contestedBy: [], laterDevelopments: null },
      rationale: 'Testing bad input',
    };
    const res = await s.request('/api/claims', post(JSON.stringify(input)));
    expect(res.status).toBe(400);
    const text = JSON.stringify(await res.json());
    expect(text).toMatch(/claimedOn.*2999-01-01 is in the future/);
    expect(text).toMatch(/figure\.low.*The range is inverted/);
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });
});
