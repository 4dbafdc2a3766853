// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ClaimListResponseSchema } from '../src/contract/responses';
import { openStore } from './db/open-store';
import { TOKENS, testServerPool, type TestServer } from './testing/test-server';

const start = testServerPool();
const stateOf = async (s: TestServer, id: string) => {
  const list = ClaimListResponseSchema.parse(await (await s.request('/api/claims')).json());
  return list.claims.find((c) => c.id === id)?.verification.state;
};

describe('the remembered claim list', () => {
  it('answers the same list twice, and a write through the API shows at once', async () => {
    const s = await start();
    const first = await (await s.request('/api/claims?state=corroborated')).text();
    expect(await (await s.request('/api/claims?state=corroborated')).text()).toBe(first);
    expect(await stateOf(s, 'C040')).not.toBe('officially_confirmed');
    const change = await s.request('/api/claims/C040/verification', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'officially_confirmed', rationale: 'Cache test' }),
      token: TOKENS.analyst,
    });
    expect(change.status).toBe(200);
    expect(await stateOf(s, 'C040')).toBe('officially_confirmed');
  });

  it('sees a commit made by another process on the same database (e.g. the import CLI)', async () => {
    const s = await start();
    expect(await stateOf(s, 'C043')).not.toBe('retracted');
    const other = await openStore({ CLAIMWATCH_DATA_DIR: s.dataDir });
    await other.claims.appendStateChange('C043', {
      date: '2025-01-01',
      to: 'retracted',
      rationale: 'Written by another connection',
      by: 'cli',
    });
    await other.close();
    expect(await stateOf(s, 'C043')).toBe('retracted');
  });
});
