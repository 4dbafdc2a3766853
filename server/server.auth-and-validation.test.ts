// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TOKENS, testServerPool } from './testing/test-server';
import { json, stateChange } from './server.test-helpers';

const start = testServerPool();

describe('auth matrix', () => {
  const writes: [string, string, RequestInit][] = [
    ['POST', '/api/claims/C040/verification', json(stateChange)],
    ['PUT', '/api/claims/C040', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }],
    ['DELETE', '/api/claims/C040?rationale=withdrawn', { method: 'DELETE' }],
    ['POST', '/api/imports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' }],
  ];
  it.each(writes)('%s %s: 401 without a token, 401 with a wrong one, 403 for a viewer', async (_m, path, init) => {
    const s = await start();
    expect((await s.request(path, init)).status).toBe(401);
    expect((await s.request(path, { ...init, token: 'not-a-real-token-at-all' })).status).toBe(401);
    const forbidden = await s.request(path, { ...init, token: TOKENS.viewer });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({
      error: { code: 'forbidden', message: expect.stringContaining('viewer') },
    });
  });

  it.each([TOKENS.analyst, TOKENS.admin])('lets analyst and admin change a state', async (token) => {
    const s = await start();
    expect((await s.request('/api/claims/C040/verification', { ...json(stateChange), token })).status).toBe(200);
  });

  it('keeps reads open by default and closes them when configured', async () => {
    expect((await (await start()).request('/api/claims')).status).toBe(200);
    const closed = await start({ CLAIMWATCH_READS: 'token' });
    expect((await closed.request('/api/claims')).status).toBe(401);
    expect((await closed.request('/api/claims', { token: TOKENS.viewer })).status).toBe(200);
  });
});

describe('validation', () => {
  it('answers 400 with field-level issues, never a stack trace', async () => {
    const s = await start();
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
    const s = await start({ CLAIMWATCH_BODY_LIMIT: 2048 });
    const res = await s.request('/api/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `[${'"x",'.repeat(2000)}"x"]`,
      token: TOKENS.analyst,
    });
    expect(res.status).toBe(413);
  });
});
