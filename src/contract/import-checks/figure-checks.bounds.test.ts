import { figureBoundIssues, isPercentUnit } from './figure-checks';
import { codes, figure, troops } from './figure-checks.test-helpers';

const share = { id: 'share_of_supply', unit: 'percent', plausibleMax: null };

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
