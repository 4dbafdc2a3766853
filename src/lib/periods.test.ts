import { monthName, periodLabel, periodOf, quarterOf } from './periods';

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('monthName', () => {
  it.each([
    [0, 'long', 'January'],
    [8, 'long', 'September'],
    [8, 'short', 'Sep'],
    [11, 'short', 'Dec'],
  ] as const)('%d (%s) -> %s', (month, length, expected) => expect(monthName(month, length)).toBe(expected));
  it('is empty for a month that does not exist', () => expect(monthName(12)).toBe(''));
});

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

describe('quarterOf', () => {
  it.each([
    ['2024-01-01', 1],
    ['2024-03-31', 1],
    ['2024-04-01', 2],
    ['2024-12-31', 4],
  ] as const)('%s -> Q%d', (date, quarter) => expect(quarterOf(Date.parse(date))).toBe(quarter));
});

describe('periodLabel', () => {
  it.each([
    ['2024-10-14', 'week', 'Week of 14 Oct 2024'],
    ['2024-10-01', 'month', 'October 2024'],
    ['2024-10-01', 'quarter', 'Q4 2024'],
    ['2024-01-01', 'year', '2024'],
  ] as const)('%s as a %s -> %s', (start, period, expected) =>
    expect(periodLabel(Date.parse(start), period)).toBe(expected),
  );
});
