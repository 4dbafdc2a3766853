import { makeClaim } from '@/testing/make-claim';
import type { Figure } from '@/contract/claim-schema';
import { toComparison } from './to-comparison';

const fig = (value: number | null, low: number | null = null, high: number | null = null): Figure => ({
  value,
  low,
  high,
  text: null,
  qualifier: null,
  bound: 'exact',
  unit: null,
});
const org = (organisation: string) => ({
  name: null,
  sourceId: null,
  role: null,
  organisation,
  country: null,
  type: 'government' as const,
});

const claims = [
  makeClaim({ id: 'A', claimedOn: '2024-10-18', figure: fig(1500), speaker: org('NIS'), contradictingClaimIds: ['B'] }),
  makeClaim({
    id: 'B',
    claimedOn: '2024-10-23',
    figure: fig(12000),
    speaker: org('HUR'),
    contradictingClaimIds: ['A'],
  }),
  makeClaim({
    id: 'C',
    claimedOn: '2024-10-25',
    figureAsOf: '2024-10-13',
    figure: fig(null, 2000, 3000),
    speaker: org('NIS'),
  }),
  makeClaim({ id: 'D', claimedOn: '2024-02', figure: fig(100), speaker: org('X') }),
  makeClaim({ id: 'E', claimedOn: null, figure: fig(7) }),
  makeClaim({ id: 'OTHER', metricId: 'other', claimedOn: '2024-10-18' }),
];

describe('toComparison', () => {
  it('groups one metric by month of the date the figure refers to, with spread, sources and contradictions', () => {
    const groups = toComparison(claims, 'troops_in_russia', 'month');
    expect(groups.map((g) => [g.label, g.claims.map((c) => c.id)])).toEqual([
      ['Feb 2024', ['D']],
      ['Oct 2024', ['A', 'B', 'C']],
      ['Date not known', ['E']],
    ]);
    const october = groups[1];
    expect(october?.spread).toEqual({ min: 1500, max: 12000 });
    expect(october?.sourceCount).toBe(2);
    expect(october?.contradictions).toEqual([['A', 'B']]);
  });

  it('splits by week and keeps month-only dates apart, saying the day is not known', () => {
    const labels = toComparison(claims, 'troops_in_russia', 'week').map((g) => g.label);
    expect(labels).toEqual([
      'Feb 2024 (day not known)',
      'Week of 7 Oct 2024',
      'Week of 14 Oct 2024',
      'Week of 21 Oct 2024',
      'Date not known',
    ]);
  });

  it('groups by quarter', () => {
    expect(toComparison(claims, 'troops_in_russia', 'quarter').map((g) => g.label)).toEqual([
      'Q1 2024',
      'Q4 2024',
      'Date not known',
    ]);
  });
});
