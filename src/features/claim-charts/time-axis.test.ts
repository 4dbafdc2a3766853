import { makeClaim } from '@/testing/make-claim';
import { toChartModels } from './to-chart-models';
import { chartTimeDomain, monthTicks, tickLabel } from './time-axis';

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('monthTicks', () => {
  it('ticks every month when they fit', () => {
    expect(monthTicks([Date.UTC(2024, 9, 10), Date.UTC(2025, 0, 20)], 12).map(iso)).toEqual(['2024-11-01', '2024-12-01', '2025-01-01']);
  });
  it('thins to quarters when space is short', () => {
    expect(monthTicks([Date.UTC(2023, 10, 15), Date.UTC(2024, 6, 2)], 3).map(iso)).toEqual(['2024-01-01', '2024-04-01', '2024-07-01']);
  });
  it('labels January with the year', () => {
    expect(tickLabel(Date.UTC(2025, 0, 1))).toBe('2025');
    expect(tickLabel(Date.UTC(2024, 9, 1))).toBe('Oct');
  });
});

describe('chartTimeDomain', () => {
  it('covers every dated claim of the chart, padded, and ignores undated ones', () => {
    const metrics = [{ id: 'troops_in_russia', label: 'T', unit: 'p', topic: 'troops' as const, description: 'd', chartGroup: { id: 'g', label: 'G' } }];
    const [model] = toChartModels([makeClaim({ id: 'A', claimedOn: '2024-10-18' }), makeClaim({ id: 'B', claimedOn: '2025-02' }), makeClaim({ id: 'C', claimedOn: null })], metrics);
    if (!model) throw new Error('no model');
    const [start, end] = chartTimeDomain(model);
    expect(start).toBeLessThan(Date.UTC(2024, 9, 18));
    expect(end).toBeGreaterThan(Date.UTC(2025, 1, 28, 23));
    expect(end - start).toBeLessThan(200 * 86_400_000);
  });
});
