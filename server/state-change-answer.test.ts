// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim } from '../src/contract/claim-schema';
import { ClaimListResponseSchema } from '../src/contract/responses';
import { ONE_ORIGIN_WARNING } from '../src/contract/origins/with-origins';
import { TOKENS, testServerPool, type TestServer } from './testing/test-server';
import { NIS_OCTOBER, NSC_OCTOBER, postOrigin } from './origins.test-helpers';

const start = testServerPool();

const changeState = async (s: TestServer, id: string, to: string, how: 'post' | 'delete' = 'post') => {
  const answer =
    how === 'post'
      ? await s.request(`/api/claims/${id}/verification`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ to, rationale: `Answer test: ${to}` }),
          token: TOKENS.analyst,
        })
      : await s.request(`/api/claims/${id}?rationale=${encodeURIComponent('Answer test: retracted')}`, {
          method: 'DELETE',
          token: TOKENS.analyst,
        });
  expect(answer.status).toBe(200);
  return ClaimSchema.parse(await answer.json());
};
const read = async (s: TestServer, id: string) =>
  ClaimSchema.parse(await (await s.request(`/api/claims/${id}`)).json());
const warned = (c: Claim) => c.warnings.some((w) => w.code === ONE_ORIGIN_WARNING);

/**
 * A state change is answered from the derivation made before it (origins and corroboration do not read states), not by
 * deriving every claim again: the answer must be exactly what a read derives afresh after it.
 */
describe('the answer to a state change', () => {
  it('is, for every claim and state, the claim as the next read serves it', async () => {
    const s = await start();
    const { claims } = ClaimListResponseSchema.parse(await (await s.request('/api/claims?limit=1000')).json());
    const states = ['corroborated', 'single_source', 'officially_confirmed', 'disputed_denied'];
    for (const [i, claim] of claims.entries()) {
      const answer = await changeState(s, claim.id, states[i % states.length] ?? 'corroborated');
      expect(answer, claim.id).toEqual(await read(s, claim.id));
    }
    const retracted = await changeState(s, 'C040', 'retracted', 'delete');
    expect(retracted).toEqual(await read(s, 'C040'));
  });

  it('gains and loses the one-origin warning as the state does', async () => {
    const s = await start();
    // Merged, C046 (NIS) and C047 (US NSC) become one origin: corroborated, each is supported by its own origin only.
    const merge = { originIds: [NIS_OCTOBER, NSC_OCTOBER], rationale: 'One event, two readouts' };
    expect((await postOrigin(s, '/merge', merge, TOKENS.analyst)).status).toBe(200);
    expect(warned(await read(s, 'C046'))).toBe(true);

    const lowered = await changeState(s, 'C046', 'single_source');
    expect(warned(lowered)).toBe(false);
    expect(lowered).toEqual(await read(s, 'C046'));
    const raised = await changeState(s, 'C046', 'corroborated');
    expect(warned(raised)).toBe(true);
    expect(raised).toEqual(await read(s, 'C046'));
  });
});
