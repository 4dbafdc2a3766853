import fc from 'fast-check';
import { makeClaim } from '@/testing/make-claim';
import type { Claim } from '../claim-schema';
import { rememberedColumns } from '../claim-columns';
import { columnSieve } from './supporter-sieve';
import { MAX_SUPPORTERS, referenceStart, supportersOf, supportersOfAll, supportsFigure } from './supporting-claims';

// Synthetic claims (not real reporting).
const claim = (id: string, value: number, claimedOn: string, extra: Partial<Claim> = {}) =>
  makeClaim({
    id,
    claimedOn,
    figure: { value, low: null, high: null, text: null, qualifier: null, bound: 'exact', unit: null },
    ...extra,
  });

describe('supportsFigure', () => {
  const base = claim('A', 3000, '2024-10-23');
  it.each([
    ['the same figure the same day', claim('B', 3000, '2024-10-23'), true],
    ['a figure 10% higher 18 days later', claim('C', 3300, '2024-11-10'), true],
    ['a figure four times higher', claim('D', 12000, '2024-10-23'), false],
    ['the same figure 101 days later', claim('E', 3000, '2025-02-01'), false],
    ['a projection', claim('G', 3000, '2024-10-23', { kind: 'projection_warning' }), false],
    ['another metric', claim('H', 3000, '2024-10-23', { metricId: 'troop_deaths' }), false],
    [
      'an overlapping range',
      claim('I', 0, '2024-10-23', { figure: { ...base.figure, value: null, low: 2000, high: 4000 } }),
      true,
    ],
  ])('%s: %s', (_, other, expected) => {
    expect(supportsFigure(base, other)).toBe(expected);
  });

  it('never counts a recorded contradiction, whichever side records it', () => {
    const b = claim('B', 3000, '2024-10-23');
    expect(supportsFigure({ ...base, contradictingClaimIds: ['B'] }, b)).toBe(false);
    expect(supportsFigure(base, { ...b, contradictingClaimIds: ['A'] })).toBe(false);
  });
});

describe('supportersOfAll', () => {
  it('finds the same supporters as comparing every pair', () => {
    const claims = Array.from({ length: 60 }, (_, i) =>
      claim(
        `S${i}`,
        1000 + ((i * 37) % 400),
        `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`,
      ),
    );
    const found = supportersOfAll(claims);
    for (const c of claims) {
      const pairwise = claims
        .filter((o) => supportsFigure(c, o))
        .map((o) => o.id)
        .sort();
      expect((found.get(c.id) ?? []).map((o) => o.id).sort()).toEqual(pairwise);
    }
  });
});

describe('supportersOfAll and supportersOf against every pair (fast-check)', () => {
  it('keeps the nearest MAX_SUPPORTERS in time, ties in date then id order, on dense and tied data', () => {
    // SYNTHETIC claims crowded into a few days, most agreeing, some contradicting: more than 20 supporters each.
    const generated = fc.array(
      fc.record({
        day: fc.integer({ min: 1, max: 9 }),
        month: fc.constantFrom(10, 11),
        value: fc.integer({ min: 2900, max: 3400 }),
        projection: fc.boolean(),
        contradicts: fc.option(fc.nat({ max: 80 }), { nil: null, freq: 4 }),
      }),
      { minLength: 30, maxLength: 80 },
    );
    fc.assert(
      fc.property(generated, (rows) => {
        const claims = rows.map((row, i) =>
          claim(`S${String(i).padStart(2, '0')}`, row.value, `2024-${row.month}-0${row.day}`, {
            kind: row.projection ? 'projection_warning' : 'estimate',
            contradictingClaimIds: row.contradicts === null ? [] : [`S${String(row.contradicts).padStart(2, '0')}`],
          }),
        );
        const found = supportersOfAll(claims);
        const at = (c: Claim) => referenceStart(c) ?? 0;
        for (const c of claims) {
          const expected = claims
            .filter((o) => supportsFigure(c, o))
            .sort(
              (a, b) => Math.abs(at(a) - at(c)) - Math.abs(at(b) - at(c)) || at(a) - at(b) || a.id.localeCompare(b.id),
            )
            .slice(0, MAX_SUPPORTERS)
            .map((o) => o.id);
          expect((found.get(c.id) ?? []).map((o) => o.id)).toEqual(expected);
          // One claim's alone (as a write is answered), reading every claim, or them in another order; with a sieve
          // over the claims' columns, which gives their dates, or over columns lacking a third of them (read).
          const index = claims.indexOf(c);
          const reversed = claims.map((_, i) => claims.length - 1 - i);
          const columns = rememberedColumns(claims);
          const sieves = [undefined, columnSieve(columns, (i) => i), columnSieve(columns, (i) => (i % 3 ? i : -1))];
          for (const among of [undefined, reversed])
            for (const sieve of sieves)
              expect(supportersOf(claims, index, among, sieve).map((i) => (claims[i] as Claim).id)).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });
});
