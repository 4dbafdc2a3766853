// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeClaim } from '../../src/testing/make-claim';
import type { Claim } from '../../src/contract/claim-schema';
import { claimMatchesFilters } from '../../src/contract/claim-matches-filters';
import { ClaimFiltersSchema } from '../../src/contract/claim-filters';
import { estimatedShareHoldingText } from './text-share-estimate';

/*
 * How a server guesses how many claims hold a search's words before it chooses how to search (claim-selection.ts):
 * from texts spread over the list. SYNTHETIC claims: made for this test, not real reporting.
 */

/** `count` claims, every `every`-th of which (from the first) has "rare word" in its note, in other cases. */
function claimsWithWordEvery(count: number, every: number): Claim[] {
  return Array.from({ length: count }, (_, i) =>
    makeClaim({ id: `SYN-${i}`, notes: i % every === 0 ? `A RÁRE word, claim ${i}` : `Claim ${i}` }),
  );
}

const shareKept = (claims: Claim[], q: string) =>
  claims.filter((claim) => claimMatchesFilters(claim, ClaimFiltersSchema.parse({ q }))).length / claims.length;

describe('the share of claims holding a search’s words, estimated', () => {
  it('is counted exactly in a list no longer than its sample, with the search’s semantics', () => {
    const claims = claimsWithWordEvery(1000, 7);
    for (const q of ['rare word', 'rare', 'RARE  Word', 'word rare', 'no such word', 'claim 99', 'syn-12'])
      expect(estimatedShareHoldingText(claims, q), q).toBe(shareKept(claims, q));
  });

  it('is read from texts spread over a longer list, so a word held by a few in every part is seen', () => {
    // One claim in 40 (2.5%) holds the word, evenly: an estimate from the list's first texts alone would say
    // 0 or 1 in 2,048 for a word that only the last quarter holds.
    const claims = claimsWithWordEvery(60_000, 40);
    expect(estimatedShareHoldingText(claims, 'rare word')).toBeCloseTo(1 / 40, 2);
    const lastQuarter = claims.map((claim, i) => (i >= 45_000 ? { ...claim, notes: `${claim.notes} late` } : claim));
    expect(estimatedShareHoldingText(lastQuarter, 'late')).toBeCloseTo(1 / 4, 1);
    expect(estimatedShareHoldingText(claims, 'no such word')).toBe(0);
  });

  it('is 1 for a search with no words, and for an empty list', () => {
    const claims = claimsWithWordEvery(10, 2);
    expect(estimatedShareHoldingText(claims, '   ')).toBe(1);
    expect(estimatedShareHoldingText([], 'rare')).toBe(1);
  });
});
