import { makeClaim } from '@/testing/make-claim';
import { parseSort, sortClaims } from './sort-claims';

const withValue = (id: string, value: number | null, claimedOn = '2024-10-01') =>
  makeClaim({
    id,
    claimedOn,
    figure: {
      value,
      low: null,
      high: null,
      text: value === null ? 'no number' : null,
      qualifier: null,
      bound: 'exact',
      unit: null,
    },
  });

describe('sortClaims', () => {
  const claims = [
    withValue('A', 3000),
    withValue('B', null),
    withValue('C', 1500, '2024-09-01'),
    withValue('D', 12000),
  ];
  it.each([
    [{ key: 'figure', direction: 'asc' } as const, ['C', 'A', 'D', 'B']],
    [{ key: 'figure', direction: 'desc' } as const, ['D', 'A', 'C', 'B']],
    [{ key: 'claimed', direction: 'asc' } as const, ['C', 'A', 'B', 'D']],
    [{ key: 'claimed', direction: 'desc' } as const, ['D', 'B', 'A', 'C']],
  ])('%o', (order, expected) => {
    expect(sortClaims(claims, order).map((c) => c.id)).toEqual(expected);
  });
});

describe('parseSort', () => {
  it.each([
    ['figure:desc', { key: 'figure', direction: 'desc' }],
    ['state', { key: 'state', direction: 'asc' }],
    ['evil:desc', { key: 'claimed', direction: 'asc' }],
    [null, { key: 'claimed', direction: 'asc' }],
  ])('%s', (value, expected) => expect(parseSort(value)).toEqual(expected));
});
