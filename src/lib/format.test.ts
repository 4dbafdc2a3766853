import { formatCompact, formatFigure, formatNumber, formatPartialDate } from './format';
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

describe('formatNumber', () => {
  const intl = new Intl.NumberFormat('en-GB');
  it.each([
    0,
    -0,
    1,
    -1,
    7.5,
    999,
    1000,
    1500,
    12_000,
    123_456.7891,
    1_000_000,
    0.0005,
    0.0004999,
    1.0005,
    2.5e-7,
    -2.5e-7,
    0.9995,
    999.9995,
    123_456_789_012_345_680_000,
    1e21,
    5e300,
    Number.MAX_SAFE_INTEGER,
    0.1 + 0.2,
    NaN,
    Infinity,
    -Infinity,
  ])('%s as Intl.NumberFormat("en-GB") writes it', (value) => expect(formatNumber(value)).toBe(intl.format(value)));

  it('writes 2,000 random numbers of every size as Intl does', () => {
    // Deterministic pseudo-random values (a linear congruential generator): integers, decimals, tiny and huge.
    let seed = 42;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const mismatches: string[] = [];
    for (let i = 0; i < 2_000; i += 1) {
      const value = (next() - 0.3) * 10 ** Math.floor(next() * 30 - 8);
      const rounded = i % 3 === 0 ? Math.round(value) : i % 3 === 1 ? Math.round(value * 1000) / 1000 : value;
      if (formatNumber(rounded) !== intl.format(rounded))
        mismatches.push(`${rounded}: ${formatNumber(rounded)} vs ${intl.format(rounded)}`);
    }
    expect(mismatches).toEqual([]);
  });
});
