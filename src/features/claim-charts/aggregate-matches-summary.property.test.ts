import fc from 'fast-check';
import { summarizeClaims } from '@/contract/summarize-claims';
import { CLAIM_KINDS, VERIFICATION_STATES } from '@/contract/vocabulary';
import type { Metric } from '@/contract/metric-schema';
import { makeClaim } from '@/testing/make-claim';
import { toChartModels } from './to-chart-models';
import { aggregatePoints } from './aggregate-points';

const METRICS: Metric[] = [
  {
    id: 'troops_in_russia',
    label: 'Troops',
    unit: 'personnel',
    topic: 'troops',
    description: 'SYNTHETIC test metric',
    plausibleMax: null,
    chartGroup: { id: 'troops', label: 'Troops' },
  },
];

const DAY = 86_400_000;
/** SYNTHETIC claims: a day within three years, a state, a kind, and a figure or a range. */
const claims = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 3 * 365 }),
    state: fc.constantFrom(...VERIFICATION_STATES),
    kind: fc.constantFrom(...CLAIM_KINDS),
    value: fc.integer({ min: 0, max: 20_000 }),
    spread: fc.option(fc.integer({ min: 1, max: 5_000 }), { nil: null }),
  }),
  { minLength: 1, maxLength: 400 },
);

describe('the chart drawn as groups and the API’s summary (fast-check)', () => {
  it('group the same claims into the same groups, with the same counts, medians and ranges', () => {
    fc.assert(
      fc.property(claims, (generated) => {
        const list = generated.map((g, i) => {
          const base = makeClaim();
          return makeClaim({
            id: `G${i}`,
            kind: g.kind,
            claimedOn: new Date(Date.UTC(2023, 0, 1) + g.day * DAY).toISOString().slice(0, 10),
            figure: g.spread
              ? { ...base.figure, value: null, low: g.value, high: g.value + g.spread }
              : { ...base.figure, value: g.value },
            verification: { ...base.verification, state: g.state },
          });
        });
        const [model] = toChartModels(list, METRICS);
        const [summary] = summarizeClaims(list, METRICS);
        if (!model || !summary) throw new Error('no chart');
        const drawn = aggregatePoints(model.plotted);
        expect(summary.period).toBe(drawn.bucket);
        expect(summary.groups.map((g) => [g.from, g.to, g.state, g.kind, g.count, g.median, g.min, g.max])).toEqual(
          drawn.points.map((p) => [p.from, p.to, p.state, p.kind, p.count, p.median, p.low, p.high]),
        );
      }),
      { numRuns: 200 },
    );
  });
});
