// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../db/open-store';
import { seedIfEmpty } from '../db/seed-default';
import type { ClaimStore } from '../store/claim-store';
import type { SqlEngine } from '../store/sql-driver';
import { createTestDatabase, dropTestDatabase } from '../testing/test-postgres';
import { createClaimListCache, type ClaimView } from './claim-list-cache';
import { ONE_ORIGIN_WARNING } from '../../src/contract/origins/with-origins';
import { derivedClaim } from '../../src/contract/origins/origin-answers';
import { claimColumns, rememberedColumns } from '../../src/contract/claim-columns';
import { metricOrdered } from '../../src/contract/metric-ordered-columns';
import { decodedByMetric } from '../testing/decoded-columns';
import type { Claim } from '../../src/contract/claim-schema';
import { claimSearchText } from '../../src/contract/claim-matches-filters';
import { searchTextsOf } from '../../src/contract/search-texts';
import { textAt } from '../../src/contract/text-chunks';
import { signatureOf } from '../../src/contract/text-signature';

/*
 * After a write, a server brings its view of the claims up to date from what the write changed (store_changes):
 * a verification state is set in place; an edited claim is read alone, and when its origin's inputs stand only the
 * claims whose support it can change are derived again, else (and for a new claim) every claim is, in memory;
 * a briefing changes nothing it shows; anything else reads every claim again.
 * Each way must give exactly the view a server starting afresh would build.
 */

const ENGINES: SqlEngine[] = ['sqlite', 'postgres'];

/** What a view serves, without the registry and decisions it was made from. */
const served = (view: ClaimView) => ({ claims: [...view.claims], raw: [...view.raw], origins: view.origins });

/** The search texts a view keeps (made with it, then carried from view to view), and their signatures: each its claim's. */
function searchTextsAreTheClaims(view: ClaimView) {
  const { texts, signatures } = searchTextsOf(view.claims);
  const expected = view.claims.toArray().map(claimSearchText);
  expect(view.claims.toArray().map((_, i) => textAt(texts, i))).toEqual(expected);
  expect(signatures.flatMap((chunk) => [...chunk.low])).toEqual(expected.map((text) => signatureOf(text).low));
  expect(signatures.flatMap((chunk) => [...chunk.high])).toEqual(expected.map((text) => signatureOf(text).high));
}

describe.each(ENGINES)('the claim view after a write, on %s', (engine) => {
  let store: ClaimStore;
  let dataDir = '';
  let databaseUrl: string | undefined;
  beforeAll(async () => {
    databaseUrl = engine === 'postgres' ? await createTestDatabase() : undefined;
    store = await openStore({
      CLAIMWATCH_DATA_DIR: (dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-view-'))),
      CLAIMWATCH_DATABASE_URL: databaseUrl,
    });
    await seedIfEmpty(store);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  afterEach(() => vi.restoreAllMocks());

  /** The view a server starting now would build. */
  const fresh = async () => served(await createClaimListCache(store).view());

  it('sets a changed verification state in place, reading only that claim: the view a fresh start builds', async () => {
    const cache = createClaimListCache(store);
    const before = await cache.view();
    // Supported by its own origin's repeats alone: marked corroborated, it gets the one-origin warning; retracted,
    // it loses it.
    const claim = before.claims
      .toArray()
      .find(
        (c) =>
          c.verification.state !== 'corroborated' &&
          c.corroboration.independent.length === 0 &&
          c.corroboration.sameOrigin.length + c.corroboration.sameOwner.length > 0,
      );
    if (!claim) throw new Error('the dataset has a claim supported by repeats of its own origin alone');
    const list = vi.spyOn(store.claims, 'list');
    const get = vi.spyOn(store.claims, 'get');
    const warned = (view: ClaimView) =>
      view.claims
        .toArray()
        .find((c) => c.id === claim.id)
        ?.warnings.some((w) => w.code === ONE_ORIGIN_WARNING);
    await store.claims.appendStateChange(claim.id, { date: '2025-02-01', to: 'corroborated', rationale: 'T', by: 't' });
    const corroborated = await cache.view();
    expect(warned(corroborated)).toBe(true);
    await store.claims.appendStateChange(claim.id, { date: '2025-02-02', to: 'retracted', rationale: 'T', by: 't' });
    const retracted = await cache.view();
    expect(warned(retracted)).toBe(false);
    expect(list).not.toHaveBeenCalled();
    expect(get.mock.calls.map(([id]) => id)).toEqual([claim.id, claim.id]);
    expect(
      retracted.raw
        .toArray()
        .find((c) => c.id === claim.id)
        ?.verification.history.at(-1)?.to,
    ).toBe('retracted');
    // In the same order as before: a write or read finds a claim by the lookup made for the first view.
    expect(retracted.order).toBe(before.order);
    expect(derivedClaim(retracted, claim.id)?.verification.state).toBe('retracted');
    expect(derivedClaim(before, claim.id)?.verification.state).toBe(claim.verification.state);
    vi.restoreAllMocks();
    expect(served(retracted)).toEqual(await fresh());
  });

  it('keeps the very view after a write it does not show (a briefing)', async () => {
    const cache = createClaimListCache(store);
    const before = await cache.view();
    const version = await store.version();
    const list = vi.spyOn(store.claims, 'list');
    await store.briefings.save('view-test', { title: 'Test deck', slides: [] }, 'tester');
    expect(await store.version()).not.toBe(version);
    expect(await cache.view()).toBe(before);
    expect(list).not.toHaveBeenCalled();
    list.mockRestore();
  });

  it('keeps the very view after a state change, a grade change or an edit of a claim no one holds', async () => {
    const cache = createClaimListCache(store);
    const before = await cache.view();
    const list = vi.spyOn(store.claims, 'list');
    const [claim] = before.raw;
    const id = 'NO-SUCH-CLAIM';
    expect(
      await store.claims.appendStateChange(id, { date: null, to: 'corroborated', rationale: 'None', by: null }),
    ).toBe(null);
    const grade = { at: '2026-12-06', reliability: 'A', credibility: 1, rationale: 'None', by: null } as const;
    expect(await store.claims.appendGradeChange(id, grade)).toBeNull();
    expect(await store.claims.edit(id, { ...(claim as Claim), id })).toBeNull();
    // Not read again (at 1,000,000 claims, a minute for every server): nothing it shows changed.
    expect(await cache.view()).toBe(before);
    expect(list).not.toHaveBeenCalled();
    list.mockRestore();
  });

  it('after an edit, reads only the claim edited: the view a fresh start builds', async () => {
    const cache = createClaimListCache(store);
    const before = await cache.view();
    const claim = before.raw.at(0);
    if (!claim) throw new Error('the dataset has claims');
    const list = vi.spyOn(store.claims, 'list');
    const get = vi.spyOn(store.claims, 'get');
    const { verification, ...content } = claim;
    await store.claims.edit(claim.id, {
      ...content,
      verification: { ...verification, note: 'Edited by the view test' },
    });
    const after = await cache.view();
    expect(list).not.toHaveBeenCalled();
    expect(get.mock.calls.map(([id]) => id)).toEqual([claim.id]);
    vi.restoreAllMocks();
    expect(after.raw.toArray().find((c) => c.id === claim.id)?.verification.note).toBe('Edited by the view test');
    searchTextsAreTheClaims(after);
    expect(served(after)).toEqual(await fresh());
  });

  it('after an edit of a figure, derives again only the claims whose support can change: the view a fresh start builds', async () => {
    const cache = createClaimListCache(store);
    const before = await cache.view();
    // A claim whose figure others back: tripled, it backs none of them and none backs it.
    const claim = before.claims
      .toArray()
      .find((c) => c.figure.value !== null && c.corroboration.independent.length > 0);
    if (!claim) throw new Error('the dataset has a claim with a figure and independent support');
    const backer = claim.corroboration.independent[0] as string;
    const stored = before.raw.toArray().find((c) => c.id === claim.id) as Claim;
    rememberedColumns(before.claims);
    const list = vi.spyOn(store.claims, 'list');
    const { verification, ...content } = stored;
    await store.claims.edit(claim.id, {
      ...content,
      figure: { ...stored.figure, value: (stored.figure.value as number) * 3 },
      verification: { note: verification.note, contestedBy: verification.contestedBy, laterDevelopments: null },
    });
    const after = await cache.view();
    expect(list).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    // Every claim kept its place, and the claims no edit can reach are the very objects of the view before.
    expect(after.order).toBe(before.order);
    expect(derivedClaim(after, claim.id)?.corroboration.independent).toEqual([]);
    expect(derivedClaim(after, backer)?.corroboration.independent).not.toContain(claim.id);
    const untouched = after.claims.toArray().filter((c, i) => c === before.claims.at(i)).length;
    expect(untouched).toBeGreaterThan(0);
    expect(rememberedColumns(after.claims)).toEqual(claimColumns(after.claims));
    searchTextsAreTheClaims(after);
    expect(served(after)).toEqual(await fresh());
  });

  it('after an edit of the date a figure refers to, the columns grouped by metric hold the new date: as grouped afresh', async () => {
    const cache = createClaimListCache(store);
    const before = await cache.view();
    const stored = before.raw.toArray().find((c) => c.figure.value !== null && c.claimedOn !== null) as Claim;
    // Grouped before the edit, as a server's view is (prepareSummaries): the edit updates the grouping in place.
    metricOrdered(rememberedColumns(before.claims));
    const { verification, ...content } = stored;
    await store.claims.edit(stored.id, {
      ...content,
      figureAsOf: '2019-01-01',
      verification: { note: verification.note, contestedBy: verification.contestedBy, laterDevelopments: null },
    });
    const after = await cache.view();
    expect(after.order).toBe(before.order);
    const grouped = decodedByMetric(rememberedColumns(after.claims));
    expect(grouped).toEqual(decodedByMetric(claimColumns(after.claims)));
    const at = after.raw.toArray().findIndex((c) => c.id === stored.id);
    expect(grouped.rows.find(([position]) => position === at)?.[2]).toBe(Date.parse('2019-01-01T00:00:00Z'));
    expect(served(after)).toEqual(await fresh());
  });

  it('a new claim that supports others changes their corroboration too: the view a fresh start builds', async () => {
    const cache = createClaimListCache(store);
    const before = await cache.view();
    const supported = before.raw.toArray().find((c) => c.figure.value !== null && c.claimedOn !== null);
    if (!supported) throw new Error('the dataset has a dated claim with a figure');
    const list = vi.spyOn(store.claims, 'list');
    // The same figure on the same day, said by an organisation no claim cites: an independent support.
    const twin = {
      ...supported,
      id: `${supported.id}-view-test-twin`,
      speaker: { ...supported.speaker, organisation: 'View Test Agency', sourceId: null },
      source: { ...supported.source, outlet: 'View Test Wire', url: 'https://example.org/view-test-twin' },
      citedSource: null,
    };
    await store.claims.save(twin, 'tester');
    const after = await cache.view();
    expect(list).not.toHaveBeenCalled();
    list.mockRestore();
    expect(after.raw.toArray().some((c) => c.id === twin.id)).toBe(true);
    const supporters = (view: ClaimView) => {
      const c = view.claims.toArray().find((x) => x.id === supported.id)?.corroboration;
      return c ? [...c.independent, ...c.sameOrigin, ...c.sameOwner, ...c.unknownOrigin] : [];
    };
    expect(supporters(before)).not.toContain(twin.id);
    expect(supporters(after)).toContain(twin.id);
    // A claim more: every claim after it moved, and each is found by its id, not by where it was.
    expect(after.order).not.toBe(before.order);
    expect(after.claims.toArray().filter((c) => derivedClaim(after, c.id) !== c)).toEqual([]);
    searchTextsAreTheClaims(after);
    expect(served(after)).toEqual(await fresh());
  });

  it('reads every claim again after a write it cannot patch: an import of many claims in one step', async () => {
    const cache = createClaimListCache(store);
    const before = await cache.view();
    const first = before.raw.at(0);
    if (!first) throw new Error('the dataset has claims');
    const list = vi.spyOn(store.claims, 'list');
    await store.transaction(async (tx) => {
      for (let i = 0; i < 201; i += 1) await tx.claims.save({ ...first, id: `view-test-import-${i}` }, 'tester');
    });
    const after = await cache.view();
    expect(list).toHaveBeenCalledTimes(1);
    list.mockRestore();
    expect(after.raw.toArray().filter((c) => c.id.startsWith('view-test-import-'))).toHaveLength(201);
    expect(served(after)).toEqual(await fresh());
  });

  it('cannot tell the changes since a version of another database, or one it has no record of', async () => {
    const version = await store.version();
    const [epoch, n] = version.split('.');
    expect(await store.changesSince(`other-epoch.${n}`)).toBeNull();
    expect(await store.changesSince(`${epoch}.${Number(n) + 5}`)).toBeNull();
    expect(await store.changesSince(version)).toEqual({ version, changes: [] });
    // Every step since the database was made is recorded: the seed was "other".
    expect((await store.changesSince(`${epoch}.0`))?.changes).toContainEqual({ kind: 'other' });
  });
});
