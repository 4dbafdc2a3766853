import fc from 'fast-check';
import { makeClaim } from '@/testing/make-claim';
import { rememberedColumns } from '../claim-columns';
import type { Claim } from '../claim-schema';
import { columnSieve } from './supporter-sieve';
import { referenceStart, supportersOf, supportsFigure } from './supporting-claims';

/*
 * The sieve must let through every claim that supports the target, whatever its figure: a value alone, a range, a
 * value with one bound or outside its range, none, below zero. SYNTHETIC claims, not real reporting.
 */

const NUMBERS = [-1200, -500, 0, 100, 850, 1000, 1100, 1150, 1200, 1400, 3000, 20000];
const number = fc.option(fc.constantFrom(...NUMBERS), { nil: null, freq: 3 });
const DAYS = ['2024-10-01', '2024-10-20', '2024-11-02', '2024-11-30', '2025-01-15', '2024-11', null];

const claimArb = (i: number) =>
  fc
    .record({
      metricId: fc.constantFrom('troops', 'shells'),
      projection: fc.boolean(),
      value: number,
      low: number,
      high: number,
      claimedOn: fc.constantFrom(...DAYS),
      figureAsOf: fc.option(fc.constantFrom(...DAYS.filter((d) => d !== null)), { nil: null, freq: 3 }),
      contradicts: fc.option(fc.nat({ max: 30 }), { nil: null, freq: 4 }),
    })
    .map((f): Claim =>
      makeClaim({
        id: `S${i}`,
        metricId: f.metricId,
        kind: f.projection ? 'projection_warning' : 'estimate',
        figure: { value: f.value, low: f.low, high: f.high, text: null, qualifier: null, bound: 'exact', unit: null },
        claimedOn: f.claimedOn,
        figureAsOf: f.figureAsOf,
        contradictingClaimIds: f.contradicts === null ? [] : [`S${f.contradicts}`],
      }),
    );

const claimsArb = fc
  .integer({ min: 2, max: 30 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => claimArb(i))));

describe('columnSieve', () => {
  it('lets through every claim that supports the target, so supportersOf finds the same supporters with it', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const sieve = columnSieve(rememberedColumns(claims), (index) => index);
        claims.forEach((mine, target) => {
          expect(supportersOf(claims, target, undefined, sieve)).toEqual(supportersOf(claims, target));
          // Every supporter passes a sieve made for it, as supportersOf makes one (beyond the MAX_SUPPORTERS it keeps).
          const when = referenceStart(mine);
          const { value, low, high } = mine.figure;
          const interval: [number, number] | null =
            low !== null && high !== null
              ? [Math.min(low, value ?? low), Math.max(high, value ?? high)]
              : value === null
                ? null
                : [value, value];
          if (when === null || interval === null) return;
          const passes = sieve({
            metricId: mine.metricId,
            projection: mine.kind === 'projection_warning',
            when,
            interval,
          });
          // Each with its reference date, as the claim has it.
          claims.forEach((other, index) => {
            if (index !== target && supportsFigure(mine, other)) expect(passes(index)).toBe(referenceStart(other));
          });
        });
      }),
      { numRuns: 500 },
    );
  });

  it('rules out, unread, a claim whose figure is far from the target, of another metric or kind, or dated too far', () => {
    const figure = (value: number) => ({ ...makeClaim().figure, value });
    const claims = [
      makeClaim({ id: 'A', figure: figure(1000), claimedOn: '2024-10-20' }),
      makeClaim({ id: 'B', figure: figure(1050), claimedOn: '2024-10-25' }),
      makeClaim({ id: 'C', figure: figure(5000), claimedOn: '2024-10-25' }),
      makeClaim({ id: 'D', figure: figure(1000), claimedOn: '2024-10-25', metricId: 'troop_deaths' }),
      makeClaim({ id: 'E', figure: figure(1000), claimedOn: '2024-10-25', kind: 'projection_warning' }),
      makeClaim({ id: 'F', figure: figure(1000), claimedOn: '2025-03-01' }),
    ];
    const passes = columnSieve(
      rememberedColumns(claims),
      (index) => index,
    )({ metricId: 'troops_in_russia', projection: false, when: Date.parse('2024-10-20'), interval: [1000, 1000] });
    expect(claims.map((_, i) => passes(i))).toEqual([
      Date.parse('2024-10-20'),
      Date.parse('2024-10-25'),
      null,
      null,
      null,
      null,
    ]);
    // A position the columns lack (-1) is read, whatever it holds: the sieve does not know its date.
    expect(columnSieve(rememberedColumns(claims), () => -1)({ ...sieveTarget, interval: [1, 1] })(2)).toBeUndefined();
  });
});

const sieveTarget = { metricId: 'troops_in_russia', projection: false, when: Date.parse('2024-10-20') };
