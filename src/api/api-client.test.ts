import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { server } from '../../mocks/node';
import { apiGet, apiGetList } from './api-client';
import { ApiError } from './api-error';
import { ClaimSchema } from '@/contract/claim-schema';
import { makeClaim } from '@/testing/make-claim';

const url = 'http://localhost/api/things';

describe('apiGet', () => {
  it('parses a response with its schema', async () => {
    server.use(http.get(url, () => HttpResponse.json({ name: 'ok' })));
    await expect(apiGet('/things', z.object({ name: z.string() }))).resolves.toEqual({ name: 'ok' });
  });

  it('turns a contract mismatch into a specific error', async () => {
    server.use(http.get(url, () => HttpResponse.json({ name: 42 })));
    const error = await apiGet('/things', z.object({ name: z.string() })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'invalid-response' });
    expect((error as ApiError).message).toMatch(/name: Must be text, not a number.*42/);
  });

  it('reports the status and the server message of an HTTP error', async () => {
    server.use(
      http.get(url, () =>
        HttpResponse.json(
          { error: { field: '(request)', code: 'boom', message: 'database unavailable' } },
          { status: 503 },
        ),
      ),
    );
    await expect(apiGet('/things', z.object({}))).rejects.toMatchObject({
      kind: 'http',
      status: 503,
      message: expect.stringContaining('database unavailable'),
    });
  });

  it('says when the answer is not JSON', async () => {
    server.use(http.get(url, () => new HttpResponse('<html>oops', { headers: { 'content-type': 'text/html' } })));
    await expect(apiGet('/things', z.object({}))).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining('not valid JSON'),
    });
  });

  it('says when the network fails', async () => {
    server.use(http.get(url, () => HttpResponse.error()));
    await expect(apiGet('/things', z.object({}))).rejects.toMatchObject({ kind: 'network' });
  });
});

describe('apiGetList', () => {
  it('keeps valid records and sets aside invalid ones with the reason', async () => {
    const good = makeClaim({ id: 'GOOD' });
    const bad = { ...makeClaim({ id: 'BAD' }), kind: 'rumour' };
    server.use(http.get(url, () => HttpResponse.json({ things: [good, bad, 'not even an object'], total: 3 })));
    const result = await apiGetList('/things', {
      key: 'things',
      item: ClaimSchema,
      meta: z.object({ total: z.number() }),
    });
    expect(result.items.map((c) => c.id)).toEqual(['GOOD']);
    expect(result.meta.total).toBe(3);
    expect(result.rejected).toEqual([
      { index: 1, id: 'BAD', reason: expect.stringContaining('kind') },
      { index: 2, id: null, reason: expect.any(String) },
    ]);
  });

  it('checks and keeps no item when the answer says they are not wanted, and still checks the envelope', async () => {
    const bad = { ...makeClaim({ id: 'BAD' }), kind: 'rumour' };
    server.use(http.get(url, () => HttpResponse.json({ things: [makeClaim({ id: 'GOOD' }), bad], total: 5000 })));
    const asked = (wanted: boolean) =>
      apiGetList('/things', {
        key: 'things',
        item: ClaimSchema,
        meta: z.object({ total: z.number() }),
        itemsWanted: (meta) => wanted && meta.total < 10,
      });
    await expect(asked(false)).resolves.toEqual({ items: [], rejected: [], meta: { total: 5000 } });
    server.use(http.get(url, () => HttpResponse.json({ things: 'not a list', total: 5000 })));
    await expect(asked(false)).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('fails as a whole when the envelope itself is wrong', async () => {
    server.use(http.get(url, () => HttpResponse.json({ items: [] })));
    await expect(apiGetList('/things', { key: 'things', item: ClaimSchema, meta: z.object({}) })).rejects.toMatchObject(
      { kind: 'invalid-response' },
    );
  });
});
