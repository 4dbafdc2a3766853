import { monthName, periodLabel, quarterOf } from './periods';

describe('monthName', () => {
  it.each([
    [0, 'long', 'January'],
    [8, 'long', 'September'],
    [8, 'short', 'Sep'],
    [11, 'short', 'Dec'],
  ] as const)('%d (%s) -> %s', (month, length, expected) => expect(monthName(month, length)).toBe(expected));
  it('is empty for a month that does not exist', () => expect(monthName(12)).toBe(''));
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
