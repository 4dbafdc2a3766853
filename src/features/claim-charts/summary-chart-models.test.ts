import fc from 'fast-check';
import { summarizeClaims } from '@/contract/summarize-claims';
import { CLAIM_KINDS, VERIFICATION_STATES } from '@/contract/vocabulary';
import type { Metric } from '@/contract/metric-schema';
import { makeClaim } from '@/testing/make-claim';
import { makeMetric } from '@/testing/make-metric';
import { toChartModels } from './to-chart-models';
import { summaryChartModels } from './summary-chart-models';
import { chartTimeDomain } from './time-axis';

/** Two charts: one of two metrics, one of one (SYNTHETIC test metrics). */
const METRICS: Metric[] = [
  makeMetric({ id: 'troops_a', unit: 'personnel', chartGroup: { id: 'troops', label: 'Troops' } }),
  makeMetric({ id: 'troops_b', unit: 'personnel', chartGroup: { id: 'troops', label: 'Troops' } }),
  makeMetric({ id: 'rounds', unit: 'rounds', topic: 'munitions', chartGroup: { id: 'rounds', label: 'Rounds' } }),
];

const DAY = 86_400_000;
/** SYNTHETIC claims: a metric, a day or none, a state, a kind, a figure or none, a speaker and an origin. */
const claims = fc.array(
  fc.record({
    metric: fc.constantFrom('troops_a', 'troops_b', 'rounds'),
    day: fc.option(fc.integer({ min: 0, max: 3 * 365 }), { nil: null, freq: 20 }),
    state: fc.constantFrom(...VERIFICATION_STATES),
    kind: fc.constantFrom(...CLAIM_KINDS),
    value: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null, freq: 10 }),
    speaker: fc.constantFrom('NIS', 'Pentagon', 'GUR', 'Reuters'),
    origin: fc.option(fc.constantFrom('O1', 'O2', 'O3'), { nil: null }),
  }),
  { minLength: 450, maxLength: 900 },
);

type Generated = typeof claims extends fc.Arbitrary<(infer T)[]> ? T : never;

function synthetic(generated: Generated[]) {
  return generated.map((g, i) => {
    const base = makeClaim();
    return makeClaim({
      id: `S${String(i).padStart(4, '0')}`,
      metricId: g.metric,
      kind: g.kind,
      claimedOn: g.day === null ? null : new Date(Date.UTC(2023, 0, 1) + g.day * DAY).toISOString().slice(0, 10),
      figure: { ...base.figure, value: g.value, low: null, high: null },
      verification: { ...base.verification, state: g.state },
      speaker: { ...base.speaker, organisation: g.speaker },
      originId: g.origin,
    });
  });
}

describe('charts drawn from the API’s summary', () => {
  it('are the charts the page draws from the same claims, as groups (fast-check)', () => {
    let grouped = 0;
    fc.assert(
      fc.property(claims, (generated) => {
        const list = synthetic(generated);
        const fromClaims = toChartModels(list, METRICS);
        const fromSummary = summaryChartModels(
          { charts: summarizeClaims(list, METRICS), matched: list.length, total: list.length },
          METRICS,
        );
        expect(fromSummary.map((m) => m.id)).toEqual(fromClaims.map((m) => m.id));
        for (const [index, summarised] of fromSummary.entries()) {
          const drawn = fromClaims[index];
          if (!drawn) throw new Error('no chart');
          expect(summarised.title).toBe(drawn.title);
          expect(summarised.unitLabel).toBe(drawn.unitLabel);
          expect(summarised.series.map((s) => [s.metric.id, s.colour, s.count])).toEqual(
            drawn.series.map((s) => [s.metric.id, s.colour, s.count]),
          );
          expect(summarised.claimCount).toBe(drawn.claimCount);
          expect(summarised.latestClaimDate).toBe(drawn.latestClaimDate);
          expect(summarised.origins).toEqual(drawn.origins);
          expect(summarised.sources).toEqual(drawn.sources);
          expect(summarised.countedApart).toEqual({
            withoutFigure: drawn.unquantified.length,
            undated: drawn.undated.length,
          });
          // A chart of more than 250 plotted claims is drawn as groups in the page: the very groups of the summary.
          if (drawn.aggregate) {
            grouped += 1;
            const groups = (m: typeof drawn) =>
              m.aggregate?.points.map((p) => [p.id, p.start, p.end, p.state, p.kind, p.count, p.median, p.low, p.high]);
            expect(groups(summarised)).toEqual(groups(drawn));
            expect(summarised.aggregate?.bucket).toBe(drawn.aggregate.bucket);
            expect(summarised.aggregate?.claimCount).toBe(drawn.aggregate.claimCount);
            const [start, end] = chartTimeDomain(summarised);
            expect(start).toBeLessThanOrEqual(Math.min(...drawn.plotted.map((p) => p.start)));
            expect(end).toBeGreaterThanOrEqual(Math.max(...drawn.plotted.map((p) => p.end)));
          }
        }
      }),
      { numRuns: 60 },
    );
    // The runs compared charts drawn as groups, not only charts of single claims.
    expect(grouped).toBeGreaterThan(30);
  });

  it('give a group one metric’s colour only on a chart of one metric', () => {
    const list = synthetic(
      Array.from({ length: 300 }, (_, i) => ({
        metric: i % 2 ? 'troops_a' : 'rounds',
        day: i,
        state: 'unverified' as const,
        kind: 'estimate' as const,
        value: i,
        speaker: 'NIS',
        origin: null,
      })),
    );
    const models = summaryChartModels(
      { charts: summarizeClaims(list, METRICS), matched: list.length, total: list.length },
      METRICS,
    );
    const rounds = models.find((m) => m.id === 'rounds');
    expect(new Set(rounds?.aggregate?.points.map((p) => p.colour))).toEqual(new Set([rounds?.series[0]?.colour]));
  });
});
