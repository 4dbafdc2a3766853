import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { apiGetList } from './api-client';
import { ApiError } from './api-error';
import { ClaimSchema } from '@/contract/claim-schema';
import { z } from 'zod';
import { makeClaim } from '@/testing/make-claim';
import { hostileJson, hostileString, mutated, PROPERTY_RUNS } from '@/testing/arbitraries';

const Meta = z.object({ total: z.number().int().nonnegative() });

/** What the server sends for one request: a raw body (maybe not JSON) and a status. */
let answer: { body: string; status: number } = { body: '{}', status: 200 };

describe('apiGetList under generated payloads (fast-check)', () => {
  beforeEach(() =>
    server.use(
      http.get(
        '*/api/claims',
        () => new HttpResponse(answer.body, { status: answer.status, headers: { 'content-type': 'application/json' } }),
      ),
    ),
  );

  it('either parses (every valid record kept, every other set aside with a reason) or fails with an ApiError', async () => {
    const claimList = fc.array(fc.oneof(mutated(makeClaim()), fc.constant(makeClaim()), hostileJson), { maxLength: 4 });
    const body = fc.oneof(
      claimList.map((claims) => JSON.stringify({ claims, total: claims.length })),
      fc.record({ claims: claimList, total: hostileJson }).map((b) => JSON.stringify(b)),
      hostileJson.map((v) => JSON.stringify(v)),
      hostileString,
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom(200, 200, 200, 400, 500, 503), async (text, status) => {
        answer = { body: text, status };
        try {
          const { items, rejected } = await apiGetList('/claims', { key: 'claims', item: ClaimSchema, meta: Meta });
          const sent = (JSON.parse(text) as { claims: unknown[] }).claims;
          expect(items.length + rejected.length).toBe(sent.length);
          for (const r of rejected) expect(r.reason.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(ApiError);
          expect((error as ApiError).message).toMatch(/claims API/);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, 120_000);
});
