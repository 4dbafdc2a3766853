import { makeClaim } from '@/testing/make-claim';
import { dateSpan } from '@/contract/partial-date';
import type { VerificationState } from '@/contract/vocabulary';
import { aggregatePoints, chooseBucket } from './aggregate-points';
import type { PlottedClaim } from './chart-model-types';

const DAY = 86_400_000;

function plotted(
  id: string,
  date: string,
  value: number,
  state: VerificationState = 'single_source',
  colour = '#0072b2',
): PlottedClaim {
  const claim = makeClaim({ id, claimedOn: date, verification: { ...makeClaim().verification, state } });
  const { start, end } = dateSpan(date);
  return {
    claim,
    colour,
    metricLabel: 'Troops',
    start,
    end,
    mid: (start + end) / 2,
    precision: 'day',
    value,
    low: null,
    high: null,
  };
}

describe('chooseBucket', () => {
  const many = (days: number, states: VerificationState[]) =>
    Array.from({ length: days }, (_, i) =>
      plotted(
        `P${i}`,
        new Date(Date.UTC(2024, 0, 1) + i * DAY).toISOString().slice(0, 10),
        1,
        states[i % states.length],
      ),
    );
  it.each([
    [100, ['single_source'], 'week'],
    [400, ['single_source', 'corroborated', 'unverified', 'retracted'], 'month'],
    [
      800,
      [
        'single_source',
        'corroborated',
        'unverified',
        'retracted',
        'disputed_denied',
        'officially_confirmed',
        'evasive_no_comment',
      ],
      'quarter',
    ],
  ] as const)('%d days of claims in %j states: %s', (days, states, bucket) => {
    expect(chooseBucket(many(days, [...states]))).toBe(bucket);
  });
});

describe('aggregatePoints', () => {
  const claims = [
    plotted('A', '2024-10-02', 100),
    plotted('B', '2024-10-20', 300),
    plotted('C', '2024-10-25', 200),
    plotted('D', '2024-10-25', 5000, 'corroborated'),
    plotted('E', '2025-06-01', 50, 'single_source', '#d55e00'),
    {
      ...plotted('F', '2025-06-05', 70),
      claim: makeClaim({ id: 'F', claimedOn: '2025-06-05', kind: 'reported_count' }),
    },
  ];

  it('chooses the finest period that keeps the groups few', () => {
    expect(aggregatePoints(claims).bucket).toBe('week');
  });

  it('groups by month, state and kind, with count, median and full range, losing no claim', () => {
    const { bucket, points, claimCount } = aggregatePoints(claims, 'month');
    expect(bucket).toBe('month');
    expect(claimCount).toBe(6);
    expect(points.reduce((n, p) => n + p.count, 0)).toBe(6);
    expect(points.map((p) => [p.from, p.state, p.kind, p.count, p.median, p.low, p.high])).toEqual([
      ['2024-10-01', 'corroborated', 'estimate', 1, 5000, 5000, 5000],
      ['2024-10-01', 'single_source', 'estimate', 3, 200, 100, 300],
      ['2025-06-01', 'single_source', 'reported_count', 1, 70, 70, 70],
      ['2025-06-01', 'single_source', 'estimate', 1, 50, 50, 50],
    ]);
  });

  it('never puts a count and an estimate in one group, and keeps a colour only when the group shares it', () => {
    const { points } = aggregatePoints(claims, 'month');
    // June: E (estimate, #d55e00) and F (reported count, #0072b2) share the month and the state, not the kind.
    const june = points.filter((p) => p.from === '2025-06-01' && p.state === 'single_source');
    expect(june.map((p) => [p.kind, p.colour])).toEqual([
      ['reported_count', '#0072b2'],
      ['estimate', '#d55e00'],
    ]);
    const mixedColours = aggregatePoints(
      [plotted('G', '2024-10-02', 1), plotted('H', '2024-10-03', 2, 'single_source', '#d55e00')],
      'month',
    );
    expect(mixedColours.points).toHaveLength(1);
    expect(['#d55e00', '#0072b2']).not.toContain(mixedColours.points[0]?.colour);
  });

  it('counts a range by its ends', () => {
    const ranged = { ...plotted('R', '2024-10-05', 0), value: null, low: 1000, high: 4000 };
    const { points } = aggregatePoints([ranged, plotted('S', '2024-10-06', 2000)], 'month');
    expect(points[0]).toMatchObject({ count: 2, low: 1000, high: 4000, median: 2250 });
  });
});
