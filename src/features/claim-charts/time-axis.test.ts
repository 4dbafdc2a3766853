import { makeClaim } from '@/testing/make-claim';
import { makeMetric } from '@/testing/make-metric';
import { toChartModels } from './to-chart-models';
import { chartTimeDomain, tickLabel, timeTicks } from './time-axis';

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('timeTicks', () => {
  it('ticks every month across a few months when they fit', () => {
    const { ticks, step } = timeTicks([Date.UTC(2024, 9, 10), Date.UTC(2025, 0, 20)], 5);
    expect(step).toEqual({ unit: 'month', every: 1 });
    expect(ticks.map(iso)).toEqual(['2024-11-01', '2024-12-01', '2025-01-01']);
  });
  it('thins to quarters when space is short', () => {
    expect(timeTicks([Date.UTC(2023, 10, 15), Date.UTC(2024, 6, 2)], 3).ticks.map(iso)).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-07-01',
    ]);
  });
  it('ticks days across a range of weeks, so 17 and 18 October read apart', () => {
    const { ticks, step } = timeTicks([Date.UTC(2024, 9, 14), Date.UTC(2024, 9, 24)], 12);
    expect(step).toEqual({ unit: 'day', every: 1 });
    expect(ticks.map(iso)).toContain('2024-10-17');
    expect(ticks.map(iso)).toContain('2024-10-18');
    expect(tickLabel(Date.UTC(2024, 9, 17), step)).toBe('17 Oct');
  });
  it('ticks Mondays for a range of two months', () => {
    const { ticks, step } = timeTicks([Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 30)], 10);
    expect(step).toEqual({ unit: 'day', every: 7 });
    expect(ticks.every((t) => new Date(t).getUTCDay() === 1)).toBe(true);
  });
  it('ticks years across a decade', () => {
    const { step } = timeTicks([Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1)], 12);
    expect(step.unit).toBe('year');
  });
  it('labels January with the year and the first tick with its year', () => {
    const month = { unit: 'month', every: 1 } as const;
    expect(tickLabel(Date.UTC(2025, 0, 1), month)).toBe('2025');
    expect(tickLabel(Date.UTC(2024, 9, 1), month)).toBe('Oct');
    expect(tickLabel(Date.UTC(2024, 9, 1), month, true)).toBe('Oct 2024');
  });
});

describe('chartTimeDomain', () => {
  const metrics = [makeMetric()];
  it('covers every dated claim of the chart, padded, and ignores undated ones', () => {
    const [model] = toChartModels(
      [
        makeClaim({ id: 'A', claimedOn: '2024-10-18' }),
        makeClaim({ id: 'B', claimedOn: '2025-02' }),
        makeClaim({ id: 'C', claimedOn: null }),
      ],
      metrics,
    );
    if (!model) throw new Error('no model');
    const [start, end] = chartTimeDomain(model);
    expect(start).toBeLessThan(Date.UTC(2024, 9, 18));
    expect(end).toBeGreaterThan(Date.UTC(2025, 1, 28, 23));
    expect(end - start).toBeLessThan(200 * 86_400_000);
  });
  it('pads a range of days by days, not weeks', () => {
    const [model] = toChartModels(
      [makeClaim({ id: 'A', claimedOn: '2024-10-17' }), makeClaim({ id: 'B', claimedOn: '2024-10-23' })],
      metrics,
    );
    if (!model) throw new Error('no model');
    const [start, end] = chartTimeDomain(model);
    expect((end - start) / 86_400_000).toBeLessThan(14);
  });
});
