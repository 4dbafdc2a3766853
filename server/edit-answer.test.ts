// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim } from '../src/contract/claim-schema';
import { ClaimListResponseSchema } from '../src/contract/responses';
import { editBody } from './testing/edit-body';
import { TOKENS, testServerPool, type TestServer } from './testing/test-server';

const start = testServerPool();

const edit = async (s: TestServer, claim: Claim) => {
  const answer = await s.request(`/api/claims/${claim.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(editBody(claim)),
    token: TOKENS.analyst,
  });
  expect(answer.status, claim.id).toBe(200);
  return ClaimSchema.parse(await answer.json());
};
const read = async (s: TestServer, id: string) =>
  ClaimSchema.parse(await (await s.request(`/api/claims/${id}`)).json());
const list = async (s: TestServer) =>
  ClaimListResponseSchema.parse(await (await s.request('/api/claims?limit=1000')).json()).claims;

const exactFigure = (claim: Claim) =>
  claim.figure.value !== null && claim.figure.low === null && claim.figure.high === null;
const withValue = (claim: Claim, value: number): Claim => ({ ...claim, figure: { ...claim.figure, value } });

/**
 * The edits of one claim, each of a kind that moves support: a note alone; its figure made a neighbour's (it gains that
 * neighbour's support); its figure made three times larger (it loses support); the claim it is supported by first marked
 * as contradicting it.
 */
function editsOf(claim: Claim, claims: readonly Claim[]): Claim[] {
  const noted = { ...claim, verification: { ...claim.verification, note: `Edit answer test: ${claim.id}` } };
  if (!exactFigure(claim)) return [noted];
  const neighbour = claims.find((c) => c.id !== claim.id && c.metricId === claim.metricId && exactFigure(c));
  const firstSupporter = claim.corroboration.independent[0] ?? claim.corroboration.sameOrigin[0];
  return [
    noted,
    ...(neighbour ? [withValue(claim, neighbour.figure.value as number)] : []),
    withValue(claim, (claim.figure.value as number) * 3),
    ...(firstSupporter ? [{ ...claim, contradictingClaimIds: [...claim.contradictingClaimIds, firstSupporter] }] : []),
  ];
}

/**
 * An edit is answered from the derivation made before it, with the edited claim's supporters found among its
 * neighbours alone, not by deriving every claim again: the answer must be exactly what a read serves after it.
 */
describe('the answer to an edit', () => {
  it('is, for every claim and edits that gain and lose support, the claim as the next read serves it', async () => {
    const s = await start();
    const claims = await list(s);
    let supportChanged = 0;
    for (const claim of claims) {
      for (const edited of editsOf(await read(s, claim.id), claims)) {
        const answer = await edit(s, edited);
        const served = await read(s, claim.id);
        expect(answer, claim.id).toEqual(served);
        if (JSON.stringify(served.corroboration) !== JSON.stringify(claim.corroboration)) supportChanged += 1;
      }
    }
    // The edits must have moved support, or the answers were only ever the claims as they were.
    expect(supportChanged).toBeGreaterThan(10);
  });

  it('is the claim as the next read serves it when the edit changes what its origin is read from', async () => {
    const s = await start();
    const claim = await read(s, 'C046');
    const moved = { ...claim, claimedOn: '2024-10-30', source: { ...claim.source, publishedOn: '2024-10-30' } };
    const answer = await edit(s, moved);
    expect(answer.claimedOn).toBe('2024-10-30');
    expect(answer).toEqual(await read(s, 'C046'));
  });
});
