// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TOKENS, testServerPool } from './testing/test-server';

const start = testServerPool();

describe('claim reads revalidate with an entity tag', () => {
  it.each([
    '/api/claims?state=corroborated',
    '/api/claims/summary?period=month',
    '/api/claims/compare?window=week',
    '/api/claims/C040',
    '/api/metrics',
    '/api/events',
    '/api/sources',
    '/api/sources/merges',
    '/api/origins',
    '/api/origins/kr-nis.2024-12-19.intelligence_briefing',
    '/api/briefings',
  ])('%s: the same tag answers 304 with no body until a write changes the store', async (path) => {
    const s = await start();
    const first = await s.request(path);
    const tag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(tag).toMatch(/^W\/"[^"]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');

    const again = await s.request(path, { headers: { 'if-none-match': tag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    // Another request is another tag; a list of tags that holds this one matches.
    const other = await s.request(`${path}${path.includes('?') ? '&' : '?'}q=nis`, {
      headers: { 'if-none-match': tag ?? '' },
    });
    expect(other.status).toBe(200);
    expect((await s.request(path, { headers: { 'if-none-match': `W/"x", ${tag}` } })).status).toBe(304);

    const write = await s.request('/api/claims/C040/verification', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'officially_confirmed', rationale: 'Entity tag test' }),
      token: TOKENS.analyst,
    });
    expect(write.status).toBe(200);
    const after = await s.request(path, { headers: { 'if-none-match': tag ?? '' } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(tag);
  });
});
