// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeClaim } from '../../src/testing/make-claim';
import type { Claim } from '../../src/contract/claim-schema';
import { claimMatchesFilters } from '../../src/contract/claim-matches-filters';
import { ClaimFiltersSchema } from '../../src/contract/claim-filters';
import { estimatedShareForTheTextIndex } from './text-share-estimate';

/*
 * How a server guesses how much of the list PostgreSQL's trigram index would hand its table to check, before it
 * chooses how to search (claim-selection.ts): from texts spread over the list. SYNTHETIC claims: made for this test,
 * not real reporting.
 */

/** `count` claims, every `every`-th of which (from the first) has "rare word" in its note, in other cases. */
function claimsWithWordEvery(count: number, every: number): Claim[] {
  return Array.from({ length: count }, (_, i) =>
    makeClaim({ id: `SYN-${i}`, notes: i % every === 0 ? `A RÁRE word, claim ${i}` : `Claim ${i}` }),
  );
}

const shareKept = (claims: Claim[], q: string) =>
  claims.filter((claim) => claimMatchesFilters(claim, ClaimFiltersSchema.parse({ q }))).length / claims.length;

describe('the share of claims the text index would check for a search, estimated', () => {
  it('is the share holding the words where their trigrams are found only in them, counted in a short list', () => {
    const claims = claimsWithWordEvery(1000, 7);
    for (const q of ['rare word', 'rare', 'RARE  Word', 'word rare', 'no such word'])
      expect(estimatedShareForTheTextIndex(claims, q), q).toBe(shareKept(claims, q));
  });

  it('counts every text holding a word’s trigrams, though not the word: what the database checks again', () => {
    // One claim in 8 holds "1111"; every other one holds "111" elsewhere, the only trigram of "1111". (No id of
    // the 96 holds "111".)
    const claims = Array.from({ length: 96 }, (_, i) =>
      makeClaim({ id: `SYN-${i}`, notes: i % 8 === 0 ? 'figure 1111' : i % 2 === 0 ? 'figure 1110' : 'figure 20' }),
    );
    expect(shareKept(claims, '1111')).toBe(1 / 8);
    expect(estimatedShareForTheTextIndex(claims, '1111')).toBe(1 / 2);
    // Trigrams held apart in one text count too: the index finds "abc" and "bcd" without "abcd".
    const apart = [makeClaim({ id: 'SYN-A', notes: 'abcx bcdx' }), makeClaim({ id: 'SYN-B', notes: 'abcd' })];
    expect(estimatedShareForTheTextIndex(apart, 'abcd')).toBe(1);
    expect(shareKept(apart, 'abcd')).toBe(1 / 2);
  });

  it('is read from texts spread over a longer list, so a word held by a few in every part is seen', () => {
    // One claim in 40 (2.5%) holds the word, evenly: an estimate from the list's first texts alone would say
    // 0 or 1 in 2,048 for a word that only the last quarter holds.
    const claims = claimsWithWordEvery(60_000, 40);
    expect(estimatedShareForTheTextIndex(claims, 'rare word')).toBeCloseTo(1 / 40, 2);
    const lastQuarter = claims.map((claim, i) => (i >= 45_000 ? { ...claim, notes: `${claim.notes} late` } : claim));
    expect(estimatedShareForTheTextIndex(lastQuarter, 'late')).toBeCloseTo(1 / 4, 1);
    expect(estimatedShareForTheTextIndex(claims, 'no such word')).toBe(0);
  });

  it('is 1 for a search with no word the index can find, and for an empty list', () => {
    const claims = claimsWithWordEvery(10, 2);
    expect(estimatedShareForTheTextIndex(claims, '   ')).toBe(1);
    expect(estimatedShareForTheTextIndex(claims, 'ra re')).toBe(1);
    expect(estimatedShareForTheTextIndex([], 'rare')).toBe(1);
  });
});
