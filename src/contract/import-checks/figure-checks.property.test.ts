import fc from 'fast-check';
import { csvNumberCell, figureBoundIssues, numberFieldIssue } from './figure-checks';
import { UNSAFE_NUMBER_MARK } from './unsafe-json-numbers';
import { codes, figure, troops } from './figure-checks.test-helpers';

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
