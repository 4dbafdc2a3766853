import { COMPARISON_CLAIMS, fig, org } from '@/testing/comparison-claims';
import { makeClaim } from '@/testing/make-claim';
import { comparisonAnswer, MAX_COMPARED_CLAIMS, parseCompareParams, toComparison } from './claim-comparison';

const claims = COMPARISON_CLAIMS;

describe('toComparison', () => {
  it('groups one metric by month of the date the figure refers to, with spread, sources and contradictions', () => {
    const groups = toComparison(claims, 'troops_in_russia', 'month');
    expect(groups.map((g) => [g.key, g.period, g.start, g.claims.map((c) => c.id)])).toEqual([
      ['2024-02', 'month', '2024-02-01', ['D']],
      ['2024-10', 'month', '2024-10-01', ['A', 'B', 'C']],
      ['undated', 'undated', null, ['E']],
    ]);
    const october = groups[1];
    expect(october?.spread).toEqual({ min: 1500, max: 12000 });
    expect(october?.originSpread).toEqual({ min: 1500, max: 12000 });
    expect([october?.figureCount, october?.originCount]).toEqual([3, 3]);
    expect(october?.sourceCount).toBe(2);
    expect(october?.contradictions).toEqual([['A', 'B']]);
  });

  it('splits by week and keeps month-only dates apart, saying the day is not known', () => {
    const periods = toComparison(claims, 'troops_in_russia', 'week').map((g) => [g.key, g.period, g.dayUnknown]);
    expect(periods).toEqual([
      ['2024-02~', 'month', true],
      ['2024-10-07', 'week', false],
      ['2024-10-14', 'week', false],
      ['2024-10-21', 'week', false],
      ['undated', 'undated', false],
    ]);
  });

  it('groups by quarter', () => {
    expect(toComparison(claims, 'troops_in_russia', 'quarter').map((g) => [g.key, g.start])).toEqual([
      ['2024-Q1', '2024-01-01'],
      ['2024-Q4', '2024-10-01'],
      ['undated', null],
    ]);
  });

  it('spreads each period over independent origins too: one origin counts once, at its median (synthetic claims)', () => {
    const nis = 'kr-nis.2024-10-18.intelligence_briefing';
    const hur = 'ua-hur.2024-10-20.official_statement';
    const period = [
      makeClaim({ id: 'N1', originId: nis, figure: fig(3000), speaker: org('NIS') }),
      makeClaim({ id: 'N2', originId: nis, figure: fig(12000), speaker: org('NIS') }),
      makeClaim({ id: 'N3', originId: nis, figure: fig(11000), speaker: org('NIS') }),
      makeClaim({ id: 'H1', originId: hur, figure: fig(null, 4000, 5000), speaker: org('HUR') }),
      makeClaim({ id: 'H2', originId: hur, figure: fig(null, 4000, 5000), speaker: org('HUR') }),
      makeClaim({ id: 'U1', originId: null, figure: fig(10000), speaker: org('X') }),
      makeClaim({ id: 'U2', originId: null, figure: fig(10000), speaker: org('Y') }),
      makeClaim({ id: 'T', originId: null, figure: { ...fig(null), text: 'thousands' }, speaker: org('Z') }),
    ];
    const [group] = toComparison(period, 'troops_in_russia', 'month');
    expect(group?.spread).toEqual({ min: 3000, max: 12000 });
    // NIS at its median 11,000; HUR's one range (given twice) by its ends; each claim of unknown origin on its own.
    expect(group?.originSpread).toEqual({ min: 4000, max: 11000 });
    expect([group?.figureCount, group?.originCount]).toEqual([7, 4]);
  });

  it('gives at most MAX_COMPARED_CLAIMS claims a period, oldest first, and counts them all (synthetic claims)', () => {
    const many = Array.from({ length: MAX_COMPARED_CLAIMS + 30 }, (_, i) =>
      makeClaim({ id: `M${String(i).padStart(4, '0')}`, claimedOn: '2024-10-18', figure: fig(i + 1) }),
    );
    const [group] = toComparison(many, 'troops_in_russia', 'month');
    expect(group?.claimCount).toBe(MAX_COMPARED_CLAIMS + 30);
    expect(group?.claims).toHaveLength(MAX_COMPARED_CLAIMS);
    expect(group?.claims[0]?.id).toBe('M0000');
    expect(group?.spread).toEqual({ min: 1, max: MAX_COMPARED_CLAIMS + 30 });
  });
});

describe('comparisonAnswer', () => {
  it('compares the metric asked for, else the busiest, and counts claims per metric', () => {
    expect(comparisonAnswer(claims, undefined, 'month')).toMatchObject({
      metric: 'troops_in_russia',
      metricCounts: [
        { metricId: 'troops_in_russia', count: 5 },
        { metricId: 'other', count: 1 },
      ],
    });
    const other = comparisonAnswer(claims, 'other', 'quarter');
    expect([other.metric, other.window, other.groups.map((g) => g.claimCount)]).toEqual(['other', 'quarter', [1]]);
    expect(comparisonAnswer([], undefined, 'week')).toEqual({
      metric: null,
      window: 'week',
      metricCounts: [],
      groups: [],
    });
  });

  it('reads window, refusing any other', () => {
    expect(parseCompareParams(new URLSearchParams('window=week&metric=other'))).toMatchObject({
      window: 'week',
      filters: { metric: 'other' },
      problems: [],
    });
    expect(parseCompareParams(new URLSearchParams('window=fortnight')).problems).toEqual([
      expect.objectContaining({ param: 'window' }),
    ]);
  });
});
