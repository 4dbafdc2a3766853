// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim } from '../src/contract/claim-schema';
import { ClaimListResponseSchema } from '../src/contract/responses';
import { TOKENS, testServerPool, type TestServer } from './testing/test-server';
import { newClaimBody } from './testing/new-claim-body';
import { editBody } from './testing/edit-body';

const start = testServerPool();

const post = async (s: TestServer, claim: Claim) => {
  const answer = await s.request('/api/claims', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(newClaimBody(claim, 'New claim answer test (SYNTHETIC)')),
    token: TOKENS.analyst,
  });
  expect(answer.status, claim.id).toBe(201);
  return ClaimSchema.parse(await answer.json());
};
const read = async (s: TestServer, id: string) =>
  ClaimSchema.parse(await (await s.request(`/api/claims/${id}`)).json());
const list = async (s: TestServer) =>
  ClaimListResponseSchema.parse(await (await s.request('/api/claims?limit=1000')).json()).claims;

const dayOffset = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * SYNTHETIC new claims made from one of the dataset's: a repeat of it (same origin, same figure: it supports it and
 * what it supports), a repeat the day before (its origin moves to that day), and one said by an organisation the
 * registry lacks (a source added: answered after every claim is derived again).
 */
function newClaimsFrom(claim: Claim, n: number): Claim[] {
  const made = [{ ...claim, id: `NEW-${n}-repeat` }];
  if (claim.claimedOn?.length === 10) {
    const day = dayOffset(claim.claimedOn, -1);
    made.push({ ...claim, id: `NEW-${n}-day-before`, claimedOn: day, source: { ...claim.source, publishedOn: day } });
  }
  if (n % 8 === 0)
    made.push({
      ...claim,
      id: `NEW-${n}-new-agency`,
      speaker: { ...claim.speaker, organisation: `Answer Test Agency ${n}`, sourceId: null },
    });
  return made;
}

/**
 * A new claim is answered from the derivation made before it, with its origin grouped among its chain's claims alone
 * and its supporters found among its neighbours, not by deriving every claim again: the answer must be exactly what a
 * read serves after it, and the list after it what a server starting afresh serves.
 */
describe('the answer to a new claim', () => {
  it('is, for new claims beside every claim of the dataset, the claim as the next read serves it', async () => {
    const s = await start();
    const claims = await list(s);
    let supported = 0;
    for (const [n, claim] of claims.entries())
      for (const added of newClaimsFrom(claim, n)) {
        const answer = await post(s, added);
        expect(answer, added.id).toEqual(await read(s, added.id));
        if (answer.corroboration.sameOrigin.length + answer.corroboration.independent.length > 0) supported += 1;
      }
    // The answers must have found supporters, or they were only ever claims alone.
    expect(supported).toBeGreaterThan(20);
  });

  it('is the claim as the next read serves it after the day it joins changed: new claims, an edit, a state change', async () => {
    // A new claim's day is kept read from view to view (keyed-days.ts), and read again after each change on it.
    const s = await start();
    const byDay = new Map<string, Claim[]>();
    for (const claim of await list(s))
      if (claim.claimedOn?.length === 10 && claim.provenance.length > 0)
        byDay.set(claim.claimedOn, [...(byDay.get(claim.claimedOn) ?? []), claim]);
    // The days with most claims with a chain: where a new claim joins an origin of several.
    const days = [...byDay.values()].sort((a, b) => b.length - a.length).slice(0, 3);
    expect(days[0]?.length).toBeGreaterThan(1);
    const write = async (path: string, method: string, body: unknown) => {
      const answer = await s.request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        token: TOKENS.analyst,
      });
      expect(answer.status, path).toBe(200);
    };
    let n = 0;
    const answeredAsRead = async (claim: Claim) => {
      const answer = await post(s, { ...claim, id: `SAME-DAY-${(n += 1)}` });
      expect(answer, answer.id).toEqual(await read(s, answer.id));
    };
    for (const [first, second] of days as [Claim, Claim | undefined][]) {
      for (const copied of [first, first, second ?? first]) await answeredAsRead(copied);
      const path = `/api/claims/${encodeURIComponent(first.id)}`;
      // An edit that leaves its origin as it was, then one that moves it to another head (every claim derived again).
      await write(path, 'PUT', editBody({ ...first, notes: 'Same-day answer test: an edit' }));
      await answeredAsRead(first);
      const moved = { ...first, provenance: ['HUR report', ...first.provenance] };
      await write(path, 'PUT', editBody(moved));
      // Said as the claim was before its edit, then as it is now: the day's claims of each head, as they now are.
      await answeredAsRead(first);
      await answeredAsRead(moved);
      await write(`${path}/verification`, 'POST', { to: 'disputed_denied', rationale: 'Same-day answer test' });
      await answeredAsRead(moved);
    }
  });
});
