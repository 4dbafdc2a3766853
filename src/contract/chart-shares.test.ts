import fc from 'fast-check';
import { makeClaim } from '@/testing/make-claim';
import { metricInChart } from '@/testing/make-metric';
import type { Claim } from './claim-schema';
import { chartShares } from './chart-shares';
import { summarizeColumns, summarizeShare } from './summarize-claims';
import { claimColumns } from './claim-columns';

const METRICS = [
  metricInChart('a1', 'a'),
  metricInChart('a2', 'a'),
  metricInChart('b', 'b'),
  metricInChart('c', 'c'),
  metricInChart('d', 'd'),
];

describe('chartShares', () => {
  it('gives the largest chart first to the share with the fewest claims so far', () => {
    expect(chartShares([10, 50, 30, 20], 2)).toEqual([0, 0, 1, 1]);
    expect(chartShares([10, 50, 30, 15], 2)).toEqual([1, 0, 1, 1]);
    expect(chartShares([5, 5, 5], 3)).toEqual([0, 1, 2]);
    expect(chartShares([7, 3], 1)).toEqual([0, 0]);
    expect(chartShares([], 2)).toEqual([]);
  });

  it('leaves no share more than the largest chart above any other', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { maxLength: 20 }), fc.integer({ min: 1, max: 4 }), (sizes, of) => {
        const shares = chartShares(sizes, of);
        const loads = Array.from({ length: of }, (_, part) =>
          sizes.reduce((n, size, chart) => n + (shares[chart] === part ? size : 0), 0),
        );
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(Math.max(0, ...sizes));
      }),
    );
  });
});

/** SYNTHETIC claims over five metrics in four charts, a metric of no chart among them. */
const claims = fc
  .array(
    fc.record({
      metricId: fc.constantFrom('a1', 'a2', 'b', 'c', 'd', 'unlisted'),
      value: fc.integer({ min: 0, max: 100 }),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { maxLength: 200 },
  )
  .map((list) =>
    list.map((g, i): Claim => {
      const base = makeClaim();
      return makeClaim({
        id: `S${String(i).padStart(3, '0')}`,
        metricId: g.metricId,
        claimedOn: `2024-10-${String(g.day).padStart(2, '0')}`,
        figure: { ...base.figure, value: g.value, low: null, high: null },
      });
    }),
  );

describe('summarizeShare (fast-check)', () => {
  it('answers, share by share in any number of shares, the charts of the whole summary in its order', () => {
    fc.assert(
      fc.property(claims, fc.integer({ min: 1, max: 4 }), fc.array(fc.boolean()), (list, of, kept) => {
        const columns = claimColumns(list);
        const positions = list.map((_, i) => i).filter((i) => kept[i % Math.max(kept.length, 1)] ?? true);
        const whole = summarizeColumns(columns, positions, METRICS, { samples: 3 });
        const shares = Array.from({ length: of }, (_, part) =>
          summarizeShare(columns, positions, METRICS, { samples: 3 }, { part, of }),
        );
        const merged = shares.flat().sort((a, b) => a.index - b.index);
        expect(merged.map(({ summary }) => summary)).toEqual(whole);
        expect(merged.map(({ index }) => index)).toEqual(whole.map((_, index) => index));
      }),
      { numRuns: 300 },
    );
  });
});
