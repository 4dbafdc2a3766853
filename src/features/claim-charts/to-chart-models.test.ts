import { makeClaim } from '@/testing/make-claim';
import { makeMetric } from '@/testing/make-metric';
import { toChartModels, valueTicks } from './to-chart-models';

const metric = (id: string, group: string) =>
  makeMetric({ id, label: id, chartGroup: { id: group, label: `Group ${group}` } });

describe('toChartModels', () => {
  const metrics = [metric('a', 'g1'), metric('b', 'g1'), metric('c', 'g2')];

  it('puts metrics of one group in one chart and splits plotted, unquantified and undated claims', () => {
    const claims = [
      makeClaim({ id: 'P1', metricId: 'a', claimedOn: '2024-10-20' }),
      makeClaim({ id: 'P2', metricId: 'b', claimedOn: '2024-02' }),
      makeClaim({
        id: 'R1',
        metricId: 'b',
        claimedOn: '2025-04-16',
        figure: { value: null, low: 4, high: 6, text: null, qualifier: null, bound: 'exact', unit: null },
      }),
      makeClaim({
        id: 'N1',
        metricId: 'a',
        kind: 'denial',
        figure: { value: null, low: null, high: null, text: 'fake news', qualifier: null, bound: 'exact', unit: null },
      }),
      makeClaim({ id: 'U1', metricId: 'a', claimedOn: null }),
      makeClaim({ id: 'C1', metricId: 'c' }),
    ];
    const models = toChartModels(claims, metrics);
    expect(models.map((m) => m.id)).toEqual(['g1', 'g2']);
    const [g1] = models;
    expect(g1?.plotted.map((p) => p.claim.id)).toEqual(['P2', 'P1', 'R1']);
    expect(g1?.unquantified.map((p) => p.claim.id)).toEqual(['N1']);
    expect(g1?.undated.map((u) => u.claim.id)).toEqual(['U1']);
    expect(g1?.claimCount).toBe(5);
    expect(g1?.series.map((s) => [s.metric.id, s.count])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    expect(g1?.yMax).toBe(1000);
    expect(g1?.latestClaimDate).toBe('2025-04-16');
    expect(g1?.sources).toEqual([{ organisation: 'Test Organisation', count: 5 }]);
  });

  it('keeps a month-precision claim spanning its whole month, never a made-up day', () => {
    const [model] = toChartModels([makeClaim({ claimedOn: '2024-02', metricId: 'a' })], metrics);
    const point = model?.plotted[0];
    expect(point?.precision).toBe('month');
    expect(new Date(point?.start ?? 0).toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(new Date(point?.end ?? 0).toISOString()).toBe('2024-02-29T23:59:59.999Z');
  });

  it('gives a claim of an unknown metric its own chart instead of dropping it', () => {
    const models = toChartModels([makeClaim({ id: 'X', metricId: 'brand_new_metric' })], metrics);
    expect(models).toHaveLength(1);
    expect(models[0]?.title).toBe('brand new metric');
    expect(models[0]?.plotted[0]?.claim.id).toBe('X');
  });
});

describe('axis helpers', () => {
  it.each([
    [12000, [0, 5000, 10000, 15000]],
    [20000, [0, 5000, 10000, 15000, 20000, 25000]],
    [220, [0, 50, 100, 150, 200, 250]],
    [4_800_000, [0, 2_000_000, 4_000_000, 6_000_000]],
    [0, [0, 1]],
  ])('valueTicks(%d)', (max, expected) => expect(valueTicks(max)).toEqual(expected));
});
