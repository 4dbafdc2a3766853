// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from './testing/test-server';

/** The same requests against the mock API (msw, answering fetch) and the real server on SQLite. */
const REQUESTS = [
  '/api/claims',
  '/api/claims?state=corroborated',
  '/api/claims?state=single_source&state=unverified&kind=estimate',
  '/api/claims?metric=containers_shipped',
  `/api/claims?source=${encodeURIComponent('National Intelligence Service (NIS)')}`,
  '/api/claims?type=government&country=UA',
  '/api/claims?from=2024-10-01&to=2024-12-31',
  '/api/claims?asof=2024-12-31',
  '/api/claims?asof=2025-05-01&state=retracted',
  '/api/claims?q=zelensky',
  '/api/claims?grade=ungraded',
  '/api/claims?state=rumour',
  '/api/claims?from=2024-02-30',
  '/api/claims/C040',
  '/api/claims/C039',
  '/api/claims/NOPE',
  '/api/metrics',
  '/api/events',
  '/api/sources',
  '/api/openapi.json',
  '/api/briefings',
];

describe('contract: the mock API and the real server answer alike', () => {
  const server = startTestServer();
  afterAll(() => {
    server.close();
    server.remove();
  });

  it.each(REQUESTS)('%s', async (path) => {
    const mock = await fetch(`http://localhost${path}`);
    const real = await server.request(path);
    expect(real.status).toBe(mock.status);
    expect(await real.json()).toEqual(await mock.json());
  });
});
