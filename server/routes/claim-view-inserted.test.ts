// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../db/open-store';
import { seedIfEmpty } from '../db/seed-default';
import type { ClaimStore } from '../store/claim-store';
import { createClaimListCache, type ClaimView } from './claim-list-cache';
import { claimPosition } from '../../src/contract/origins/origin-answers';
import { claimColumns, rememberedColumns } from '../../src/contract/claim-columns';
import type { Claim } from '../../src/contract/claim-schema';
import { claimSearchText } from '../../src/contract/claim-matches-filters';
import { searchTextsOf } from '../../src/contract/search-texts';
import { textAt } from '../../src/contract/text-chunks';
import { signatureOf } from '../../src/contract/text-signature';
import { decoded, decodedByMetric } from '../testing/decoded-columns';

/*
 * A new claim is inserted into a server's view in its place (claim-view-inserted.ts): every claim after it moves one
 * place on, and the view's lookup of positions, its columns and its search texts are carried over with it rather than
 * made again from every claim. Each must be what a server starting afresh makes. The new claims are SYNTHETIC copies of
 * the default dataset's, with ids and words of their own.
 */

const served = (view: ClaimView) => ({ claims: [...view.claims], raw: [...view.raw], origins: view.origins });

function carriedAsMadeAfresh(view: ClaimView) {
  const claims = view.claims.toArray();
  claims.forEach((claim, i) => expect(claimPosition(view, claim.id), claim.id).toBe(i));
  const carried = rememberedColumns(view.claims);
  const made = claimColumns(view.claims);
  expect(decoded(carried)).toEqual(decoded(made));
  expect(carried.idsInOrderPerDate).toBe(made.idsInOrderPerDate);
  // Grouped by metric for the summaries: carried over with the claim inserted in its metric's claims.
  expect(decodedByMetric(carried)).toEqual(decodedByMetric(made));
  const { texts, signatures } = searchTextsOf(view.claims);
  const expected = claims.map(claimSearchText);
  expect(claims.map((_, i) => textAt(texts, i))).toEqual(expected);
  expect(signatures.flatMap((chunk) => [...chunk.low])).toEqual(expected.map((text) => signatureOf(text).low));
  expect(signatures.flatMap((chunk) => [...chunk.high])).toEqual(expected.map((text) => signatureOf(text).high));
}

const dayBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe('a new claim inserted into the view', () => {
  let store: ClaimStore;
  let dataDir = '';
  beforeAll(async () => {
    store = await openStore({ CLAIMWATCH_DATA_DIR: (dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-inserted-'))) });
    await seedIfEmpty(store);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const fresh = async () => served(await createClaimListCache(store).view());

  /** New claims (SYNTHETIC copies of the dataset's), each as a function of the claims held. */
  const cases: [string, (claims: readonly Claim[]) => Claim[]][] = [
    [
      'first of all, on a day before every other',
      (claims) => {
        const first = claims.find((c) => c.claimedOn !== null) as Claim;
        return [{ ...first, id: 'inserted-first', claimedOn: dayBefore(first.claimedOn as string, 400) }];
      },
    ],
    [
      'last of all, undated',
      (claims) => [{ ...(claims[0] as Claim), id: 'inserted-undated', claimedOn: null, figureAsOf: null }],
    ],
    [
      'a repeat of a dated origin the day after it, said by a new organisation',
      (claims) => {
        const dated = claims.filter((c) => c.claimedOn?.length === 10 && c.figure.value !== null);
        const claim = dated[Math.floor(dated.length / 2)] as Claim;
        const next = dayBefore(claim.claimedOn as string, -1);
        return [
          {
            ...claim,
            id: 'inserted-next-day',
            claimedOn: next,
            speaker: { ...claim.speaker, organisation: 'Inserted Test Agency' },
          },
        ];
      },
    ],
    [
      'a repeat of an origin the day before its first claim: the origin moves to that day, its id with it',
      (claims) => {
        const claim = claims.find(
          (c) => c.claimedOn?.length === 10 && c.provenance.length > 0 && c.speaker.sourceId,
        ) as Claim;
        return [{ ...claim, id: 'inserted-day-before', claimedOn: dayBefore(claim.claimedOn as string, 1) }];
      },
    ],
    [
      "two claims between two reads, one joining the other's day",
      (claims) => {
        const dated = claims.filter((c) => c.claimedOn?.length === 10);
        const claim = dated[3] as Claim;
        return [
          { ...claim, id: 'inserted-pair-b', notes: 'Inserted test: 자동 (a new word for the search texts)' },
          { ...claim, id: 'inserted-pair-a', source: { ...claim.source, outlet: 'Inserted Test Wire' } },
        ];
      },
    ],
  ];

  it.each(cases)('%s: the view a fresh start builds, read from no list of every claim', async (name, make) => {
    const cache = createClaimListCache(store);
    const before = await cache.view();
    rememberedColumns(before.claims);
    const added = make(before.raw.toArray());
    const list = vi.spyOn(store.claims, 'list');
    for (const claim of added) await store.claims.save(claim, 'tester');
    const after = await cache.view();
    const moved = (view: ClaimView, id: string) => view.claims.at(claimPosition(view, id) as number)?.originId;
    const originsMoved = before.claims.toArray().filter((c) => moved(after, c.id) !== c.originId).length;
    expect(list).not.toHaveBeenCalled();
    list.mockRestore();
    expect(after.claims.length).toBe(before.claims.length + added.length);
    // Derived in place: every claim but those whose support or origin moved is the very object of the view before.
    const beforeById = new Map(before.claims.toArray().map((c) => [c.id, c]));
    const kept = after.claims.toArray().filter((c) => beforeById.get(c.id) === c).length;
    expect(kept).toBeGreaterThanOrEqual(before.claims.length - 25);
    if (name.includes('its id with it')) expect(originsMoved).toBeGreaterThan(0);
    carriedAsMadeAfresh(after);
    expect(served(after)).toEqual(await fresh());
  });
});
