import { makeClaim } from '@/testing/make-claim';
import type { Claim } from './claim-schema';
import type { Metric } from './metric-schema';
import type { ClaimKind, VerificationState } from './vocabulary';
import { MAX_SAMPLES, parseSummaryParams } from './claim-summary';
import { summarizeClaims } from './summarize-claims';

const metric = (id: string, group: string): Metric => ({
  id,
  label: id,
  unit: 'personnel',
  topic: 'troops',
  description: id,
  plausibleMax: null,
  chartGroup: { id: group, label: `Chart ${group}` },
});
const METRICS = [metric('troops_in_russia', 'troops'), metric('troops_in_kursk', 'troops'), metric('losses', 'losses')];

function claim(
  id: string,
  claimedOn: string | null,
  figure: { value?: number | null; low?: number | null; high?: number | null },
  state: VerificationState = 'single_source',
  kind: ClaimKind = 'estimate',
  metricId = 'troops_in_russia',
): Claim {
  const base = makeClaim();
  return makeClaim({
    id,
    metricId,
    kind,
    claimedOn,
    figure: { ...base.figure, value: figure.value ?? null, low: figure.low ?? null, high: figure.high ?? null },
    verification: { ...base.verification, state },
  });
}

describe('summarizeClaims', () => {
  const claims = [
    claim('A', '2024-10-02', { value: 100 }),
    claim('B', '2024-10-20', { value: 300 }),
    claim('C', '2024-10-25', { low: 150, high: 250 }),
    claim('D', '2024-10-25', { value: 5000 }, 'corroborated'),
    claim('E', '2024-10', { value: 12000 }, 'single_source', 'projection_warning'),
    claim('F', '2024-11-04', {}),
    claim('G', null, { value: 7 }),
    claim('H', '2024-12-01', { value: 40 }, 'officially_confirmed', 'reported_count', 'losses'),
    claim('I', '2024-10-03', { value: 9 }, 'single_source', 'estimate', 'unknown_metric'),
  ];

  it('counts per chart group, period, state and kind, and apart the claims without a figure or a date', () => {
    const [troops, losses, unknown] = summarizeClaims(claims, METRICS, { period: 'month' });
    expect(troops).toMatchObject({
      chartGroupId: 'troops',
      label: 'Chart troops',
      claimCount: 7,
      period: 'month',
      metrics: [{ id: 'troops_in_russia', count: 7 }],
      withoutFigure: { count: 1, sampleIds: ['F'] },
      undated: { count: 1, sampleIds: ['G'] },
    });
    expect(troops?.groups.map((g) => [g.from, g.to, g.state, g.kind, g.count, g.median, g.min, g.max])).toEqual([
      ['2024-10-01', '2024-10-31', 'corroborated', 'estimate', 1, 5000, 5000, 5000],
      ['2024-10-01', '2024-10-31', 'single_source', 'estimate', 3, 200, 100, 300],
      ['2024-10-01', '2024-10-31', 'single_source', 'projection_warning', 1, 12000, 12000, 12000],
    ]);
    expect(troops?.groups[1]?.sampleIds).toEqual(['A', 'B', 'C']);
    expect(losses?.groups).toHaveLength(1);
    // A metric the list does not describe still gets its chart, named from its id.
    expect(unknown).toMatchObject({ chartGroupId: 'unknown_metric', label: 'unknown metric', claimCount: 1 });
  });

  it('loses no claim: per chart, the groups and the two apart add up to its claims', () => {
    for (const chart of summarizeClaims(claims, METRICS)) {
      const counted = chart.groups.reduce((n, g) => n + g.count, 0) + chart.withoutFigure.count + chart.undated.count;
      expect(counted, chart.chartGroupId).toBe(chart.claimCount);
    }
  });

  it('keeps at most `samples` ids per group, in time order', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      claim(`S${String(i).padStart(2, '0')}`, `2024-10-${10 + i}`, { value: i }),
    );
    const [chart] = summarizeClaims(many.reverse(), METRICS, { period: 'year', samples: 3 });
    expect(chart?.groups[0]?.sampleIds).toEqual(['S00', 'S01', 'S02']);
    expect(summarizeClaims(many, METRICS, { period: 'year', samples: 0 })[0]?.groups[0]?.sampleIds).toEqual([]);
    expect(summarizeClaims(many, METRICS, { period: 'year', samples: 1000 })[0]?.groups[0]?.sampleIds).toHaveLength(12);
  });

  it('chooses, with period=auto, the finest period that keeps a chart within 120 groups', () => {
    // One claim a day: 1,000 days are 143 weeks (too many groups) but 33 months.
    const daily = Array.from({ length: 1000 }, (_, i) =>
      claim(`D${i}`, new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), { value: i }),
    );
    expect(summarizeClaims(daily.slice(0, 100), METRICS)[0]?.period).toBe('week');
    expect(summarizeClaims(daily, METRICS)[0]?.period).toBe('month');
  });

  it('sums a group larger than a function call takes arguments', () => {
    const huge = Array.from({ length: 150_000 }, (_, i) => claim(`X${i}`, '2024-10-10', { value: i % 1000 }));
    const [chart] = summarizeClaims(huge, METRICS, { period: 'month' });
    expect(chart?.groups[0]).toMatchObject({ count: 150_000, min: 0, max: 999 });
  });
});

describe('parseSummaryParams', () => {
  it('reads the filters as the list does, and period and samples beside them', () => {
    const { filters, period, samples, problems } = parseSummaryParams(
      new URLSearchParams('state=corroborated&period=quarter&samples=12'),
    );
    expect(problems).toEqual([]);
    expect(filters.state).toEqual(['corroborated']);
    expect([period, samples]).toEqual(['quarter', 12]);
    expect(parseSummaryParams(new URLSearchParams('')).period).toBe('auto');
  });

  it.each([
    ['period=fortnight', 'period'],
    ['period=week&period=year', 'period'],
    ['samples=-1', 'samples'],
    [`samples=${MAX_SAMPLES + 1}`, 'samples'],
    ['samples=2.5', 'samples'],
    ['limit=10', 'limit'],
  ])('refuses %s, naming %s', (query, param) => {
    expect(parseSummaryParams(new URLSearchParams(query)).problems.map((p) => p.param)).toEqual([param]);
  });
});
