import { periodOf } from './claim-periods';

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('periodOf', () => {
  it.each([
    ['2024-10-18T12:00:00Z', 'week', '2024-10-14', '2024-10-20'],
    ['2024-10-14T00:00:00Z', 'week', '2024-10-14', '2024-10-20'],
    ['2024-10-20T23:59:59Z', 'week', '2024-10-14', '2024-10-20'],
    ['2024-12-31T12:00:00Z', 'week', '2024-12-30', '2025-01-05'],
    ['2024-10-18T12:00:00Z', 'month', '2024-10-01', '2024-10-31'],
    ['2024-02-10T12:00:00Z', 'month', '2024-02-01', '2024-02-29'],
    ['2024-11-02T12:00:00Z', 'quarter', '2024-10-01', '2024-12-31'],
    ['2024-03-31T23:00:00Z', 'quarter', '2024-01-01', '2024-03-31'],
    ['2024-07-04T12:00:00Z', 'year', '2024-01-01', '2024-12-31'],
  ] as const)('%s in its %s: %s to %s', (at, period, from, to) => {
    const { start, end } = periodOf(Date.parse(at), period);
    expect(day(start)).toBe(from);
    expect(day(end)).toBe(to);
    expect(periodOf(end + 1, period).start).toBe(end + 1);
  });
});
