// @vitest-environment node
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ClaimSchema } from '../src/contract/claim-schema';
import { TOKENS, testServerPool } from './testing/test-server';
import { json, stateChange } from './server.test-helpers';

const start = testServerPool();

describe('verification history', () => {
  it('appends every change and never rewrites one, even by SQL', async () => {
    const s = await start();
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
    await s.close();
    const db = new Database(join(s.dataDir, 'claimwatch.sqlite'));
    expect(() => db.prepare("UPDATE verification_changes SET rationale = 'rewritten'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM verification_changes').run()).toThrow(/append-only/);
    db.close();
  });

  it.each([
    ['too short', 'no'],
    ['over 2000 characters', 'x'.repeat(2001)],
    ['a control character', 'withdrawn\u0007 by the outlet'],
  ])('refuses a retraction whose rationale is %s, and the claim stays readable', async (_case, rationale) => {
    const s = await start();
    const res = await s.request(`/api/claims/C040?rationale=${encodeURIComponent(rationale)}`, {
      method: 'DELETE',
      token: TOKENS.admin,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_body', issues: [{ field: 'rationale' }] } });
    const claim = await s.request('/api/claims/C040');
    expect(claim.status).toBe(200);
    expect(ClaimSchema.parse(await claim.json()).verification.state).not.toBe('retracted');
    await s.close();
  });
});

describe('restart', () => {
  it('keeps every accepted write', async () => {
    const first = await start();
    await first.request('/api/claims/C040/verification', { ...json(stateChange), token: TOKENS.analyst });
    const claim = ClaimSchema.parse(await (await first.request('/api/claims/C040')).json());
    await first.request('/api/imports', { ...json([{ ...claim, id: 'KEPT1' }]), token: TOKENS.analyst });
    await first.close();
    const again = await start({ dataDir: first.dataDir });
    const after = ClaimSchema.parse(await (await again.request('/api/claims/C040')).json());
    expect(after.verification.state).toBe('corroborated');
    expect((await again.request('/api/claims/KEPT1')).status).toBe(200);
    expect(await again.store.integrityCheck()).toBe('ok');
  });
});
