import { formatCompact, formatFigure, formatPartialDate } from './format';
import type { Figure } from '@/contract/claim-schema';

const figure = (f: Partial<Figure>): Figure => ({
  value: null,
  low: null,
  high: null,
  text: null,
  qualifier: null,
  bound: 'exact',
  unit: null,
  ...f,
});

describe('formatPartialDate', () => {
  it.each([
    ['2024-10-18', {}, '18 Oct 2024'],
    ['2024-02', {}, 'Feb 2024'],
    ['2024-02', { showPrecision: true }, 'Feb 2024 (day not known)'],
    ['2024', { showPrecision: true }, '2024 (month not known)'],
  ] as const)('%s -> %s', (date, options, expected) => {
    expect(formatPartialDate(date, options)).toBe(expected);
  });
  it('says when there is no date', () => expect(formatPartialDate(null)).toBe('Date not known'));
});

describe('formatFigure', () => {
  it.each([
    [figure({ value: 10000, qualifier: 'more than', unit: 'personnel' }), 'more than 10,000 personnel'],
    [figure({ low: 4_000_000, high: 6_000_000, unit: 'shells' }), '4,000,000–6,000,000 shells'],
    [figure({ value: 2_000_000, low: 400_000, high: 2_000_000 }), '2,000,000 (range 400,000–2,000,000)'],
    [figure({ text: 'several hundred casualties' }), 'several hundred casualties'],
    [
      figure({ value: 3_000_000, qualifier: 'up to (if all 152mm); 500,000 if all 122mm' }),
      '3,000,000 — up to (if all 152mm); 500,000 if all 122mm',
    ],
    [figure({}), 'No figure given'],
  ])('%#', (f, expected) => {
    expect(formatFigure(f, { withUnit: true })).toBe(expected);
  });
});

describe('formatCompact', () => {
  it.each([
    [950, '950'],
    [1500, '1.5k'],
    [12000, '12k'],
    [2_000_000, '2M'],
    [4_800_000, '4.8M'],
  ])('%d -> %s', (value, expected) => expect(formatCompact(value)).toBe(expected));
});
