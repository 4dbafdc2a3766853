// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ClaimSchema } from '../src/contract/claim-schema';
import { ImportReportSchema } from '../src/contract/write-schemas';
import { TOKENS, testServerPool } from './testing/test-server';
import { json } from './server.test-helpers';

const start = testServerPool();

describe('import', () => {
  const notes = readFileSync('data/research/reported-claims.json', 'utf8');

  it('imports research notes idempotently: the second time everything is unchanged', async () => {
    const s = await start();
    const post = () =>
      s.request('/api/imports', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: notes,
        token: TOKENS.analyst,
      });
    const first = ImportReportSchema.parse(await (await post()).json());
    expect(first.format).toBe('research-notes-json');
    expect(first.counts.refused).toBe(0);
    const second = ImportReportSchema.parse(await (await post()).json());
    const noteCount = (JSON.parse(notes) as unknown[]).length;
    expect(second.counts).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: noteCount,
      refused: 0,
      would_create: 0,
      would_update: 0,
    });
  });

  it('all-or-nothing writes nothing when a row is bad; per-row keeps the good rows', async () => {
    const s = await start();
    const claim = ClaimSchema.parse(await (await s.request('/api/claims/C040')).json());
    const rows = [
      { ...claim, id: 'NEW1' },
      { ...claim, id: 'NEW2', kind: 'rumour' },
    ];
    const send = (mode: string) => s.request(`/api/imports?mode=${mode}`, { ...json(rows), token: TOKENS.analyst });
    const strict = await send('all-or-nothing');
    expect(strict.status).toBe(422);
    const report = ImportReportSchema.parse(await strict.json());
    expect(report.committed).toBe(false);
    expect(report.rows[1]).toMatchObject({
      row: 2,
      id: 'NEW2',
      status: 'refused',
      issues: [expect.objectContaining({ field: 'kind', code: 'not_allowed' })],
    });
    expect(report.rows[0]).toMatchObject({ id: 'NEW1', status: 'would_create' });
    expect((await s.request('/api/claims/NEW1')).status).toBe(404);
    const lenient = ImportReportSchema.parse(await (await send('per-row')).json());
    expect(lenient.counts).toMatchObject({ created: 1, refused: 1 });
    expect((await s.request('/api/claims/NEW1')).status).toBe(200);
  });

  it('reads the documented CSV and refuses ambiguous locale numbers with the field and reason', async () => {
    const s = await start();
    const header =
      'id,metric,topic,kind,value,unit,claimed_on,speaker_organisation,speaker_type,outlet,source_url,verification_state,verification_note';
    const csv = [
      header,
      'CSV1,troops_in_russia,troops,estimate,1500,personnel,2024-10-18,Test agency,government,Test outlet,https://example.org,single_source,Test row (synthetic)',
      'CSV2,troops_in_russia,troops,estimate,"11.000",personnel,2024-10-18,Test agency,government,Test outlet,https://example.org,single_source,Synthetic',
    ].join('\n');
    const res = await s.request('/api/imports?mode=per-row', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
      token: TOKENS.analyst,
    });
    const report = ImportReportSchema.parse(await res.json());
    expect(report.format).toBe('csv');
    expect(report.rows[0]).toMatchObject({ id: 'CSV1', status: 'created', line: 2 });
    expect(report.rows[1]).toMatchObject({
      id: 'CSV2',
      status: 'refused',
      line: 3,
      issues: [
        expect.objectContaining({ field: 'value', code: 'number_as_text', message: expect.stringContaining('11.000') }),
      ],
    });
  });
});
