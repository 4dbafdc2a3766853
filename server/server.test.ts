// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ClaimSchema } from '../src/contract/claim-schema';
import { ImportReportSchema } from '../src/contract/write-schemas';
import { TOKENS, testServerPool } from './testing/test-server';

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const start = testServerPool();

const stateChange = { to: 'corroborated', rationale: 'Reported by two independent outlets' };

describe('auth matrix', () => {
  const writes: [string, string, RequestInit][] = [
    ['POST', '/api/claims/C040/verification', json(stateChange)],
    ['PUT', '/api/claims/C040', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }],
    ['DELETE', '/api/claims/C040?rationale=withdrawn', { method: 'DELETE' }],
    ['POST', '/api/imports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' }],
  ];
  it.each(writes)('%s %s: 401 without a token, 401 with a wrong one, 403 for a viewer', async (_m, path, init) => {
    const s = start();
    expect((await s.request(path, init)).status).toBe(401);
    expect((await s.request(path, { ...init, token: 'not-a-real-token-at-all' })).status).toBe(401);
    const forbidden = await s.request(path, { ...init, token: TOKENS.viewer });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({
      error: { code: 'forbidden', message: expect.stringContaining('viewer') },
    });
  });

  it.each([TOKENS.analyst, TOKENS.admin])('lets analyst and admin change a state', async (token) => {
    const s = start();
    expect((await s.request('/api/claims/C040/verification', { ...json(stateChange), token })).status).toBe(200);
  });

  it('keeps reads open by default and closes them when configured', async () => {
    expect((await start().request('/api/claims')).status).toBe(200);
    const closed = start({ CLAIMWATCH_READS: 'token' });
    expect((await closed.request('/api/claims')).status).toBe(401);
    expect((await closed.request('/api/claims', { token: TOKENS.viewer })).status).toBe(200);
  });
});

describe('validation', () => {
  it('answers 400 with field-level issues, never a stack trace', async () => {
    const s = start();
    const res = await s.request('/api/claims/C040/verification', {
      ...json({ to: 'rumour', rationale: '' }),
      token: TOKENS.analyst,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { field: string; code: string }[] } };
    expect(body.error.issues.map((i) => i.field).sort()).toEqual(['rationale', 'to']);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    const notJson = await s.request('/api/claims/C040/verification', {
      method: 'POST',
      body: '{oops',
      token: TOKENS.analyst,
    });
    expect(notJson.status).toBe(400);
  });

  it('refuses a body over the size limit with 413', async () => {
    const s = start({ CLAIMWATCH_BODY_LIMIT: 2048 });
    const res = await s.request('/api/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `[${'"x",'.repeat(2000)}"x"]`,
      token: TOKENS.analyst,
    });
    expect(res.status).toBe(413);
  });
});

describe('verification history', () => {
  it('appends every change and never rewrites one, even by SQL', async () => {
    const s = start();
    await s.request('/api/claims/C040/verification', { ...json(stateChange), token: TOKENS.analyst });
    await s.request('/api/claims/C040?rationale=Source%20withdrew%20the%20figure', {
      method: 'DELETE',
      token: TOKENS.admin,
    });
    const claim = ClaimSchema.parse(await (await s.request('/api/claims/C040')).json());
    expect(claim.verification.history.map((h) => [h.from, h.to, h.by])).toEqual([
      [null, 'single_source', 'Research note C040'],
      ['single_source', 'corroborated', 'ana'],
      ['corroborated', 'retracted', 'adm'],
    ]);
    expect(claim.verification.state).toBe('retracted');
    s.close();
    const db = new Database(join(s.dataDir, 'claimwatch.sqlite'));
    expect(() => db.prepare("UPDATE verification_changes SET rationale = 'rewritten'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM verification_changes').run()).toThrow(/append-only/);
    db.close();
  });
});

describe('import', () => {
  const notes = readFileSync('data/research/reported-claims.json', 'utf8');

  it('imports research notes idempotently: the second time everything is unchanged', async () => {
    const s = start();
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
    const s = start();
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
    const s = start();
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

describe('restart', () => {
  it('keeps every accepted write', async () => {
    const first = start();
    await first.request('/api/claims/C040/verification', { ...json(stateChange), token: TOKENS.analyst });
    const claim = ClaimSchema.parse(await (await first.request('/api/claims/C040')).json());
    await first.request('/api/imports', { ...json([{ ...claim, id: 'KEPT1' }]), token: TOKENS.analyst });
    first.close();
    const again = start({ dataDir: first.dataDir });
    const after = ClaimSchema.parse(await (await again.request('/api/claims/C040')).json());
    expect(after.verification.state).toBe('corroborated');
    expect((await again.request('/api/claims/KEPT1')).status).toBe(200);
    expect(again.store.integrityCheck()).toBe('ok');
  });
});
