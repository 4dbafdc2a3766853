// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { ClaimFiltersSchema } from '../src/contract/claim-filters';
import { ClaimListResponseSchema } from '../src/contract/responses';
import { ClaimSummaryResponseSchema } from '../src/contract/claim-summary';
import { summarizeClaims } from '../src/contract/summarize-claims';
import { selectClaims } from '../src/contract/select-claims';
import { openStore } from './db/open-store';
import { testServerPool, type TestServer } from './testing/test-server';

/*
 * A read with `q` asks the database's text index (migration 009) which claims hold its words, and filters only those:
 * the answer is the reference's (selectClaims) either way, and a store that changes while the index is asked is read
 * whole instead.
 */

const start = testServerPool();
const listIds = async (s: TestServer, query: string) =>
  ClaimListResponseSchema.parse(await (await s.request(`/api/claims?${query}&limit=1000`)).json()).claims.map(
    (c) => c.id,
  );

describe('reads with a text search', () => {
  it('ask the text index for the claims that hold the words, and answer what the reference keeps', async () => {
    const s = await start({ CLAIMWATCH_SEARCH_INDEX_FROM: 0 });
    const all = ClaimListResponseSchema.parse(await (await s.request('/api/claims?limit=1000')).json()).claims;
    const asked = vi.spyOn(s.store.claims, 'matchingIds');
    for (const q of ['kim jong', 'kursk', 'no such words', 'NIS', '10']) {
      const expected = selectClaims(all, ClaimFiltersSchema.parse({ q, state: ['corroborated', 'unverified'] })).map(
        (c) => c.id,
      );
      const query = new URLSearchParams({ q, state: 'corroborated,unverified' }).toString();
      expect(await listIds(s, query), q).toEqual(expected);
    }
    // Not for `NIS`, in more than an eighth of the claims (the index's counts say so), nor for words the index cannot
    // find: shorter than three characters.
    expect(asked.mock.calls.map(([filters]) => filters.q)).toEqual(['kim jong', 'kursk', 'no such words']);
    // The index is asked for the words alone: what else is filtered comes from the claims it finds.
    expect(asked.mock.calls.every(([filters]) => filters.state.length === 0)).toBe(true);
  });

  it('where the index keeps no counts (PostgreSQL), ask it only for words a sample of the texts finds in few claims', async () => {
    const s = await start({ CLAIMWATCH_SEARCH_INDEX_FROM: 0 });
    const all = ClaimListResponseSchema.parse(await (await s.request('/api/claims?limit=1000')).json()).claims;
    vi.spyOn(s.store.claims, 'textSearchBound').mockResolvedValue(null);
    const asked = vi.spyOn(s.store.claims, 'matchingIds');
    // Of 64 claims, every word one claim holds is in more than 1 / 512 of them: read from the view's texts.
    const held = ['kursk', 'kim jong', 'nis'];
    for (const q of [...held, 'no such words']) {
      const expected = selectClaims(all, ClaimFiltersSchema.parse({ q })).map((c) => c.id);
      expect(await listIds(s, new URLSearchParams({ q }).toString()), q).toEqual(expected);
      const summary = ClaimSummaryResponseSchema.parse(
        await (await s.request(`/api/claims/summary?${new URLSearchParams({ q })}`)).json(),
      );
      expect(summary.matched, q).toBe(expected.length);
    }
    expect(held.every((q) => selectClaims(all, ClaimFiltersSchema.parse({ q })).length > 0)).toBe(true);
    // Once for the list and once for the summary.
    expect(asked.mock.calls.map(([filters]) => filters.q)).toEqual(['no such words', 'no such words']);
  });

  it('summarise, through the index, exactly the claims the list keeps', async () => {
    const s = await start({ CLAIMWATCH_SEARCH_INDEX_FROM: 0 });
    const all = ClaimListResponseSchema.parse(await (await s.request('/api/claims?limit=1000')).json()).claims;
    const asked = vi.spyOn(s.store.claims, 'matchingIds');
    const metrics = await s.store.reference.listMetrics();
    for (const q of ['kim jong', 'kursk']) {
      const kept = selectClaims(all, ClaimFiltersSchema.parse({ q, state: ['corroborated', 'unverified'] }));
      const query = new URLSearchParams({ q, state: 'corroborated,unverified', samples: '50' }).toString();
      const summary = ClaimSummaryResponseSchema.parse(await (await s.request(`/api/claims/summary?${query}`)).json());
      expect(summary.matched, q).toBe(kept.length);
      expect(summary.charts, q).toEqual(summarizeClaims(kept, metrics, { samples: 50 }));
    }
    expect(asked).toHaveBeenCalledTimes(2);
  });

  it('keep, of the ids asked for, only those the index found and the filters keep, in the answer’s order', async () => {
    const s = await start({ CLAIMWATCH_SEARCH_INDEX_FROM: 0 });
    const all = ClaimListResponseSchema.parse(await (await s.request('/api/claims?limit=1000')).json()).claims;
    // A word whose claims the answer lists in another order than their ids' (the ids are asked for sorted).
    const reversed = (ids: string[]) => ids.findIndex((id, i) => ids.slice(0, i).some((before) => before > id));
    const q = ['kursk', 'kim jong', 'korea', 'russia', 'troops', 'shells'].find(
      (word) => reversed(selectClaims(all, ClaimFiltersSchema.parse({ q: word })).map((c) => c.id)) > 0,
    ) as string;
    const found = selectClaims(all, ClaimFiltersSchema.parse({ q })).map((c) => c.id);
    const later = found[reversed(found)] as string;
    const first = found.find((before) => before > later) as string;
    const other = all.map((c) => c.id).find((id) => !found.includes(id)) as string;
    // With one asked twice, one no claim has, and one the search does not find.
    const asked = [first, later, first, 'NO-SUCH-CLAIM', other].join(',');
    expect(await listIds(s, `q=${encodeURIComponent(q)}&id=${asked}`)).toEqual([first, later]);
    expect(await listIds(s, `id=${asked}`)).toEqual(all.map((c) => c.id).filter((id) => asked.split(',').includes(id)));
  });

  it('do not ask it for a store of fewer claims than CLAIMWATCH_SEARCH_INDEX_FROM (20,000 by default)', async () => {
    const s = await start();
    const asked = vi.spyOn(s.store.claims, 'matchingIds');
    expect((await listIds(s, 'q=kim')).length).toBeGreaterThan(0);
    expect(asked).not.toHaveBeenCalled();
  });

  it('reads the claims whole when the index answers for another version of the store than the view’s', async () => {
    const s = await start({ CLAIMWATCH_SEARCH_INDEX_FROM: 0 });
    const other = await openStore({ CLAIMWATCH_DATA_DIR: s.dataDir });
    try {
      const all = ClaimListResponseSchema.parse(await (await s.request('/api/claims?limit=1000')).json()).claims;
      const before = selectClaims(all, ClaimFiltersSchema.parse({ q: 'kursk' })).map((c) => c.id);
      expect(before.length).toBeGreaterThan(0);
      // Another process writes before the index is asked, which then finds nothing, at the store's new version: what
      // it found is not of the view's store.
      const { matchingIds } = s.store.claims;
      const asked = vi.spyOn(s.store.claims, 'matchingIds').mockImplementationOnce(async (filters) => {
        await other.claims.appendStateChange(before[0]!, {
          date: '2025-01-01',
          to: 'disputed_denied',
          rationale: 'Written by another connection while the index was asked',
          by: 'test',
        });
        const found = await matchingIds(filters);
        return found && { ids: [], version: found.version };
      });
      // The answer is the view's (the store as it was before the write), found by reading it whole.
      expect(await listIds(s, 'q=kursk')).toEqual(before);
      expect(asked).toHaveBeenCalledOnce();
      // The next read sees the write.
      expect(await listIds(s, 'q=kursk&state=disputed_denied')).toContain(before[0]);
    } finally {
      await other.close();
    }
  });
});
