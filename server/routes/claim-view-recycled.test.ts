// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../db/open-store';
import { seedIfEmpty } from '../db/seed-default';
import type { ClaimStore } from '../store/claim-store';
import { createClaimListCache, type ClaimView } from './claim-list-cache';
import { claimColumns, rememberedColumns, type ClaimColumns } from '../../src/contract/claim-columns';
import { metricOrdered } from '../../src/contract/metric-ordered-columns';
import type { Claim } from '../../src/contract/claim-schema';
import { beginReading, forgetRecycling, recycling } from '../../src/contract/recycled-arrays';
import { decoded, decodedByMetric } from '../testing/decoded-columns';
import { testServerPool } from '../testing/test-server';

/*
 * A server's views after new claims and state changes are made on the arrays of the views they replaced
 * (recycled-arrays.ts): each must still be what a server starting afresh makes, and a view a reader holds must not
 * change under it. The new claims are SYNTHETIC copies of the default dataset's, with ids of their own.
 */

const buffersOf = (columns: ClaimColumns) =>
  new Set([columns.metric, columns.value, columns.reference, columns.origin, columns.country].map((a) => a.buffer));

const byValue = (columns: ClaimColumns) => ({ rows: decoded(columns), grouped: decodedByMetric(columns) });

describe('views made on recycled arrays', () => {
  let store: ClaimStore;
  let dataDir = '';
  let copies = 0;
  beforeAll(async () => {
    store = await openStore({ CLAIMWATCH_DATA_DIR: (dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-recycled-'))) });
    await seedIfEmpty(store);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  afterEach(forgetRecycling);

  /** Saves a SYNTHETIC copy of a dated claim of `view`, under a new id, and answers the view after it. */
  const withNewClaim = async (cache: ReturnType<typeof createClaimListCache>, view: ClaimView) => {
    const dated = view.raw.toArray().filter((c) => c.claimedOn?.length === 10);
    const claim = dated[(copies * 7) % dated.length] as Claim;
    copies += 1;
    await store.claims.save({ ...claim, id: `recycled-copy-${copies}` }, 'tester');
    return cache.view();
  };

  /** Changes the state of a claim of `view`, and answers the view after it. */
  const withStateChanged = async (cache: ReturnType<typeof createClaimListCache>, view: ClaimView) => {
    const claim = view.raw.at(5) as Claim;
    const to = claim.verification.state === 'unverified' ? 'corroborated' : 'unverified';
    await store.claims.appendStateChange(claim.id, {
      date: null,
      to,
      rationale: 'Recycling test (SYNTHETIC)',
      by: 'tester',
    });
    return cache.view();
  };

  it('makes each view after a new claim or a state change as a fresh start makes it, on the arrays of two views before', async () => {
    const cache = createClaimListCache(store);
    const views = [await cache.view()];
    let recycledFrom = 0;
    metricOrdered(rememberedColumns((views[0] as ClaimView).claims));
    for (let k = 0; k < 6; k += 1) {
      const before = views.at(-1) as ClaimView;
      views.push(await (k === 3 ? withStateChanged(cache, before) : withNewClaim(cache, before)));
      const after = views.at(-1) as ClaimView;
      expect(after.claims.length).toBe(before.claims.length + (k === 3 ? 0 : 1));
      const carried = rememberedColumns(after.claims);
      if (k !== 3 && views.length >= 3) {
        const older = buffersOf(rememberedColumns((views.at(-3) as ClaimView).claims));
        if ([...buffersOf(carried)].some((buffer) => older.has(buffer))) recycledFrom += 1;
      }
    }
    // Recycled: new claims' columns were written into buffers that the views two before them held.
    expect(recycledFrom).toBeGreaterThanOrEqual(3);
    // Each view is carried over from the one before, so the last holds whatever a recycled buffer left wrong in any.
    // (Columns made afresh take recycled buffers too: made only now, they take none the views above needed.)
    const last = views.at(-1) as ClaimView;
    expect(byValue(rememberedColumns(last.claims))).toEqual(byValue(claimColumns(last.claims)));
  });

  it('leaves the columns of a view a reader holds as they were while new claims come in', async () => {
    const cache = createClaimListCache(store);
    metricOrdered(rememberedColumns((await cache.view()).claims));
    // Held after a state change: the view shares most of its arrays with the one it replaced, which was retired
    // before the reader began.
    let view = await withStateChanged(cache, await cache.view());
    const held = rememberedColumns(view.claims);
    metricOrdered(held);
    const seen = byValue(held);
    const done = beginReading();
    for (let k = 0; k < 4; k += 1) view = await withNewClaim(cache, view);
    expect(recycling().kept).toBeGreaterThan(0);
    expect(byValue(held)).toEqual(seen);
    done();
    // Once it has ended, the next new claims recycle what it held back.
    const keptWhileHeld = recycling().kept;
    for (let k = 0; k < 2; k += 1) view = await withNewClaim(cache, view);
    expect(byValue(rememberedColumns(view.claims))).toEqual(byValue(claimColumns(view.claims)));
    expect(recycling().kept).toBeLessThanOrEqual(keptWhileHeld);
  });
});

describe("a server's requests as readers", () => {
  const start = testServerPool();
  afterEach(forgetRecycling);

  it('counts a request as a reader from its start until it is answered, or fails', async () => {
    const s = await start();
    // The view read first: reading it asks for the metrics too.
    expect((await s.request('/api/claims?limit=1')).status).toBe(200);
    let release = () => {};
    const listMetrics = s.store.reference.listMetrics.bind(s.store.reference);
    const held = vi.spyOn(s.store.reference, 'listMetrics').mockImplementation(async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return listMetrics();
    });
    const answered = s.request('/api/claims/summary?period=month');
    await vi.waitFor(() => expect(held).toHaveBeenCalled());
    expect(recycling().readers).toBe(1);
    release();
    expect((await answered).status).toBe(200);
    expect(recycling().readers).toBe(0);
    held.mockRejectedValue(new Error('The database went away (test)'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await s.request('/api/claims/summary?period=week')).status).toBe(500);
    expect(logged).toHaveBeenCalledWith('Unhandled error', expect.any(Error));
    logged.mockRestore();
    expect(recycling().readers).toBe(0);
  });
});
