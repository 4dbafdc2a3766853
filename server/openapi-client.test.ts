// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import createClient from 'openapi-fetch';
import type { components, paths } from './testing/openapi-types.gen';
import { OPENAPI_DOCUMENT_FILE } from './testing/openapi-types';
import { TOKENS, testServerPool, type TestServer } from './testing/test-server';

/*
 * docs/openapi.json as someone else's tools read it: openapi-typescript made the types
 * (testing/openapi-types.gen.ts) and openapi-fetch calls the real server (SQLite, bearer tokens)
 * with them. A document that names a parameter, a body field or an answer wrongly fails to
 * compile here, or fails these tests.
 */

function clientOf(server: TestServer, token?: string) {
  return createClient<paths>({
    baseUrl: 'http://localhost',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    // In process: the request openapi-fetch builds goes to the app as it is.
    fetch: async (request) =>
      server.request(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body ? await request.text() : undefined,
      }),
  });
}

describe('a client generated from docs/openapi.json', () => {
  const start = testServerPool();

  it('lists claims with typed filters, serialised as the server reads them', async () => {
    const server = await start();
    const { data, error } = await clientOf(server).GET('/api/claims', {
      params: { query: { state: ['single_source', 'unverified'], kind: ['estimate'], from: '2024-01-01' } },
    });
    expect(error).toBeUndefined();
    expect(data?.claims.length).toBeGreaterThan(0);
    for (const claim of data?.claims ?? []) {
      expect(['single_source', 'unverified']).toContain(claim.verification.state);
      expect(claim.kind).toBe('estimate');
    }
    const byHand = await server.request(
      '/api/claims?state=single_source&state=unverified&kind=estimate&from=2024-01-01',
    );
    expect(data).toEqual(await byHand.json());
  });

  it('reads one claim by id, and gets the error body for an unknown one', async () => {
    const client = clientOf(await start());
    const { data } = await client.GET('/api/claims/{id}', { params: { path: { id: 'C040' } } });
    expect(data?.id).toBe('C040');
    expect(data?.verification.history.length).toBeGreaterThan(0);

    const missing = await client.GET('/api/claims/{id}', { params: { path: { id: 'NOPE' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.data).toBeUndefined();
    expect(missing.error?.error).toMatchObject({ field: '(request)', code: 'not_found' });
  });

  it('names the invalid filter in a 400 answer', async () => {
    const { error, response } = await clientOf(await start()).GET('/api/claims', {
      params: { query: { from: '2024-02-30' } },
    });
    expect(response.status).toBe(400);
    expect(error?.error.code).toBe('invalid_filters');
    expect(error?.error.issues?.map((issue) => issue.field)).toEqual(['from']);
  });

  it('changes a verification state with the bearer token, and is refused without one', async () => {
    const server = await start();
    const body = { to: 'disputed_denied', rationale: 'Denied on the record by the ministry.' } as const;
    const refused = await clientOf(server).POST('/api/claims/{id}/verification', {
      params: { path: { id: 'C040' } },
      body,
    });
    expect(refused.response.status).toBe(401);
    expect(refused.error?.error.code).toBe('unauthorized');

    const { data } = await clientOf(server, TOKENS.analyst).POST('/api/claims/{id}/verification', {
      params: { path: { id: 'C040' } },
      body,
    });
    expect(data?.verification.state).toBe('disputed_denied');
    expect(data?.verification.history.at(-1)).toMatchObject({
      to: 'disputed_denied',
      rationale: body.rationale,
      by: 'ana',
    });
  });

  it('creates a claim from the documented input shape (no history: a state and its rationale)', async () => {
    const client = clientOf(await start(), TOKENS.analyst);
    const { data: existing } = await client.GET('/api/claims/{id}', { params: { path: { id: 'C040' } } });
    if (!existing) throw new Error('C040 is in the default dataset');
    const { state, note, contestedBy, laterDevelopments } = existing.verification;
    const input: components['schemas']['ClaimInput'] = {
      ...existing,
      id: 'C040-copy',
      verification: { state, note, contestedBy, laterDevelopments },
      rationale: 'A copy for the OpenAPI client test.',
    };
    const { data, response } = await client.POST('/api/claims', { body: input });
    expect(response.status).toBe(201);
    expect(data?.id).toBe('C040-copy');
    expect(data?.verification.history).toEqual([
      expect.objectContaining({ from: null, to: state, rationale: input.rationale, by: 'ana' }),
    ]);
  });

  it('retracts with a rationale in the query, and serves the committed document', async () => {
    const client = clientOf(await start(), TOKENS.analyst);
    const { data } = await client.DELETE('/api/claims/{id}', {
      params: { path: { id: 'C040' }, query: { rationale: 'The outlet withdrew the report.' } },
    });
    expect(data?.verification.state).toBe('retracted');

    const document = await client.GET('/api/openapi.json');
    expect(document.data).toEqual(JSON.parse(readFileSync(OPENAPI_DOCUMENT_FILE, 'utf8')));
  });
});
