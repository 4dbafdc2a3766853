import fc from 'fast-check';
import { csvNumberCell, figureBoundIssues, isPercentUnit, numberFieldIssue } from './figure-checks';
import { UNSAFE_NUMBER_MARK } from './unsafe-json-numbers';

const troops = { id: 'troops_in_russia', unit: 'personnel', plausibleMax: 300_000 };
const share = { id: 'share_of_supply', unit: 'percent', plausibleMax: null };
const figure = (
  value: number | null,
  more: Partial<{ low: number | null; high: number | null; unit: string | null }> = {},
) => ({ value, low: null, high: null, unit: null, ...more });
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('numberFieldIssue', () => {
  it.each([
    null,
    undefined,
    0,
    1500,
    2.5,
    Number.MAX_SAFE_INTEGER,
    -5,
    Infinity,
    NaN,
    true,
    {},
    [1500],
    'unknown',
    'N/A',
    '',
  ])('has nothing to say about %s (safe, or the schema’s job)', (value) => {
    expect(numberFieldIssue('figure.value', value)).toBeNull();
  });

  it.each([
    [
      `${UNSAFE_NUMBER_MARK}12345678901234567890`,
      /^12345678901234567890 is beyond 9,007,199,254,740,991, the largest whole number that can be stored exactly/,
    ],
    [`${UNSAFE_NUMBER_MARK}1e20`, /^1e20 is beyond/],
    [2 ** 60, /^1152921504606847000 is beyond/],
    ['12345678901234567890', /^"12345678901234567890" is beyond/],
    ['1e20', /^"1e20" \(100000000000000000000\) is beyond/],
  ])('refuses %s as an unsafe integer', (value, message) => {
    expect(numberFieldIssue('figure.value', value)).toEqual({
      field: 'figure.value',
      code: 'unsafe_integer',
      message: expect.stringMatching(message) as string,
    });
  });

  it.each([
    ['1500', '"1500" is a number written as text: give it as a number, without quotes: 1500.'],
    [
      '11.000',
      '"11.000" is text: in some countries it means eleven thousand, in others eleven. Write the number as digits only, without quotes: 11000 (or 11 if you meant eleven).',
    ],
    [
      '1,500',
      '"1,500" is text: in some countries it means one thousand five hundred, in others one point five. Write the number as digits only, without quotes: 1500 (or 1.5 if you meant one point five).',
    ],
    [
      '1 500',
      '"1 500" is text with thousands separators (spaces). Write the number as digits only, without quotes: 1500.',
    ],
    [
      "1'500",
      '"1\'500" is text with thousands separators (apostrophes). Write the number as digits only, without quotes: 1500.',
    ],
    [
      '15,000,000',
      '"15,000,000" is text with thousands separators (","). Write the number as digits only, without quotes: 15000000.',
    ],
    [
      '1.500,5',
      '"1.500,5" is text with thousands separators (".") and a decimal comma. Write the number as digits only, without quotes: 1500.5.',
    ],
    ['6,5', '"6,5" is text with a decimal comma. Write the number as digits only, without quotes: 6.5.'],
    ['1만5000', '"1만5000" is text with "만" (ten thousand). Write the number as digits only, without quotes: 15000.'],
    ['1.5만', '"1.5만" is text with "만" (ten thousand). Write the number as digits only, without quotes: 15000.'],
    [
      '12,000명',
      '"12,000명" is text with thousands separators and "명". Write the number as digits only, without quotes: 12000, and put "명" in the qualifier, the unit or the figure\'s text.',
    ],
    [
      '1억 2천만',
      '"1억 2천만" is text with "억" (hundred million), "천" (thousand) and "만" (ten thousand). Write the number as digits only, without quotes: 120000000.',
    ],
    ['12 тис.', '"12 тис." is text with "тис." (thousand). Write the number as digits only, without quotes: 12000.'],
    [
      '1,5 млн',
      '"1,5 млн" is text with a decimal comma and "млн" (million). Write the number as digits only, without quotes: 1500000.',
    ],
    ['12 тыс.', '"12 тыс." is text with "тыс." (thousand). Write the number as digits only, without quotes: 12000.'],
    ['12k', '"12k" is text with "k" (thousand). Write the number as digits only, without quotes: 12000.'],
    ['1.2 million', '"1.2 million" is text with "million". Write the number as digits only, without quotes: 1200000.'],
    [
      'twelve thousand',
      '"twelve thousand" is text with number words and "thousand". Write the number as digits only, without quotes: 12000.',
    ],
    [
      'about 1500',
      '"about 1500" is text with "about". Write the number as digits only, without quotes: 1500, and put "about" in the qualifier, the unit or the figure\'s text.',
    ],
    ['1e5', '"1e5" is written with an exponent. Write the number as digits only, without quotes: 100000.'],
  ])('describes %s and how to write it', (value, message) => {
    expect(numberFieldIssue('figure.value', value)).toEqual({ field: 'figure.value', code: 'number_as_text', message });
  });

  it.each(['several hundred', 'thousands', '12 troops and 5 tanks', '1,500 тис.'])(
    'asks for digits when %s gives no clear number',
    (value) => {
      expect(numberFieldIssue('figure.low', value)).toEqual({
        field: 'figure.low',
        code: 'number_as_text',
        message: expect.stringMatching(
          /is text, not a number\. Write the number as digits only, without quotes \(e\.g\. 1500/,
        ) as string,
      });
    },
  );
});

describe('csvNumberCell', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['1500', 1500],
    [' 2.5 ', 2.5],
    ['0', 0],
    ['0.500', 0.5],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %s', (cell, value) => {
    expect(csvNumberCell('value', cell)).toEqual({ value, issue: null });
  });

  it.each([
    ['9007199254740992', 'unsafe_integer', /^9007199254740992 is beyond 9,007,199,254,740,991/],
    ['123456789012345678901234567890', 'unsafe_integer', /is beyond/],
    ['-5', 'negative', /^Counts cannot be negative: -5$/],
    [
      '1.500',
      'number_as_text',
      /^"1\.500" is text: in some countries it means one thousand five hundred, in others one point five\. Write the number as digits only: 1500 \(or 1\.5/,
    ],
    [
      '11.000',
      'number_as_text',
      /^"11\.000" is text: in some countries it means eleven thousand, in others eleven\. Write the number as digits only: 11000 \(or 11 if you meant eleven\)\.$/,
    ],
    ['1,500', 'number_as_text', /^"1,500" is text: in some countries/],
    ['6,5', 'number_as_text', /^"6,5" is text with a decimal comma\. Write the number as digits only: 6\.5\.$/],
    ['1만5000', 'number_as_text', /Write the number as digits only: 15000\.$/],
    ['1,5 млн', 'number_as_text', /Write the number as digits only: 1500000\.$/],
    ['12k', 'number_as_text', /Write the number as digits only: 12000\.$/],
    [
      'unknown',
      'not_a_number',
      /^"unknown" is not a number: write it as digits only \(e\.g\. 1500\), or leave the cell empty/,
    ],
  ])('refuses %j with %s', (cell, code, message) => {
    const { value, issue } = csvNumberCell('value', cell);
    expect(value).toBeNull();
    expect(issue).toEqual({ field: 'value', code, message: expect.stringMatching(message) as string });
    expect(issue?.message).not.toMatch(/without quotes/);
  });
});

describe('figureBoundIssues', () => {
  const none = { issues: [], warnings: [] };

  it.each([
    ['a count within the ceiling', figure(12_000), troops],
    ['a range within the ceiling', figure(null, { low: 10_000, high: 12_000 }), troops],
    ['the ceiling itself', figure(300_000), troops],
    ['100 percent', figure(100, { unit: '%' }), null],
    ['any size without a metric', figure(1e12), null],
    ['no numbers', figure(null), troops],
  ])('accepts %s', (_, f, metric) => {
    expect(figureBoundIssues(f, metric, { acceptAboveCeiling: false })).toEqual(none);
  });

  it('refuses negatives on each field', () => {
    const { issues } = figureBoundIssues(figure(-5, { low: -10, high: 3 }), troops, { acceptAboveCeiling: false });
    expect(issues).toEqual([
      { field: 'figure.value', code: 'negative', message: 'Counts cannot be negative: -5' },
      { field: 'figure.low', code: 'negative', message: 'Counts cannot be negative: -10' },
    ]);
  });

  it.each([['percent'], ['per cent'], ['%'], ['percentage points'], ['Percentage'], ['% of the army']])(
    'reads %j as a percentage of 0 to 100',
    (unit) => {
      expect(isPercentUnit(unit)).toBe(true);
      expect(codes(figureBoundIssues(figure(150, { unit }), null, { acceptAboveCeiling: false }).issues)).toEqual([
        'percent_out_of_range',
      ]);
    },
  );

  it('takes the percentage from the metric when the figure has no unit', () => {
    expect(figureBoundIssues(figure(1500), share, { acceptAboveCeiling: false }).issues).toEqual([
      {
        field: 'figure.value',
        code: 'percent_out_of_range',
        message: '1,500 is not a percentage: a percentage is between 0 and 100',
      },
    ]);
  });

  it('refuses a figure above the metric’s ceiling, naming it', () => {
    expect(figureBoundIssues(figure(12_000_000), troops, { acceptAboveCeiling: false })).toEqual({
      issues: [
        {
          field: 'figure.value',
          code: 'above_ceiling',
          message:
            '12,000,000 is above the plausibility ceiling of 300,000 for troops_in_russia; check the figure, or import with acceptAboveCeiling (CLI --accept-above-ceiling) if it is really what the source says',
        },
      ],
      warnings: [],
    });
  });

  it('only warns above the ceiling when told to accept it', () => {
    const result = figureBoundIssues(figure(null, { low: 200_000, high: 400_000 }), troops, {
      acceptAboveCeiling: true,
    });
    expect(result.issues).toEqual([]);
    expect(result.warnings.map((w) => [w.field, w.code])).toEqual([['figure.high', 'above_ceiling']]);
  });
});

describe('every bad figure is refused with its code; good ones pass', () => {
  const integer = fc.integer({ min: 1000, max: 999_999_999 });
  const group = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+$)/g, separator);
  const localeText: fc.Arbitrary<string>[] = [
    integer.chain((n) => fc.constantFrom(',', '.', ' ', '\u00a0', '\u202f', "'", '’').map((sep) => group(n, sep))),
    fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99 })).map(([w, f]) => `${w},${f}`),
    fc
      .tuple(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(
          '만',
          '억',
          '천',
          '명',
          'k',
          'K',
          ' thousand',
          ' million',
          'bn',
          ' тис.',
          ' тыс.',
          ' млн',
          ' млрд',
        ),
      )
      .map(([n, unit]) => `${n}${unit}`),
    fc
      .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom('만', ' млн', 'k'))
      .map(([w, f, unit]) => `${w}${unit.includes('млн') ? ',' : '.'}${f}${unit}`),
    fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9999 })).map(([a, b]) => `${a}만${b}`),
    fc.constantFrom(...['one', 'twelve', 'twenty', 'ninety-nine'].flatMap((w) => [w, `${w} thousand`, `${w} hundred`])),
  ];

  it('refuses every number written as text, in JSON and CSV', () => {
    fc.assert(
      fc.property(fc.oneof(...localeText), (text) => {
        expect(numberFieldIssue('figure.value', text)?.code).toBe('number_as_text');
        expect(csvNumberCell('value', text).issue?.code).toBe('number_as_text');
        expect(csvNumberCell('value', text).value).toBeNull();
      }),
    );
  });

  it('refuses every unsafe integer, marked, as a number or as a CSV cell', () => {
    const unsafe = fc.bigInt({ min: 2n ** 53n, max: 10n ** 40n });
    fc.assert(
      fc.property(unsafe, (n) => {
        expect(numberFieldIssue('figure.value', UNSAFE_NUMBER_MARK + String(n))?.code).toBe('unsafe_integer');
        expect(numberFieldIssue('figure.value', Number(n))?.code).toBe('unsafe_integer');
        expect(csvNumberCell('value', String(n)).issue?.code).toBe('unsafe_integer');
      }),
    );
  });

  it('refuses percentages over 100, values above a ceiling and negatives', () => {
    const options = { acceptAboveCeiling: false };
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 1e12, noNaN: true, minExcluded: true }),
        fc.constantFrom('percent', '%', 'per cent'),
        (n, unit) => {
          expect(codes(figureBoundIssues(figure(n, { unit }), null, options).issues)).toEqual(['percent_out_of_range']);
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e9 }), (ceiling, over) => {
        const metric = { id: 'm', unit: 'shells', plausibleMax: ceiling };
        expect(codes(figureBoundIssues(figure(ceiling + over), metric, options).issues)).toEqual(['above_ceiling']);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: -1e-9, noNaN: true }), (n) => {
        expect(codes(figureBoundIssues(figure(n), troops, options).issues)).toEqual(['negative']);
        expect(csvNumberCell('value', String(Math.round(n) || -1)).issue?.code).toBe('negative');
      }),
    );
  });

  it('accepts every plain safe number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 299_999 }),
        fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
        (n, fraction) => {
          const cell = fraction === undefined ? String(n) : `${n}.${fraction}`;
          expect(numberFieldIssue('figure.value', Number(cell))).toBeNull();
          expect(csvNumberCell('value', cell)).toEqual({ value: Number(cell), issue: null });
          expect(figureBoundIssues(figure(Number(cell)), troops, { acceptAboveCeiling: false })).toEqual({
            issues: [],
            warnings: [],
          });
        },
      ),
    );
  });
});
