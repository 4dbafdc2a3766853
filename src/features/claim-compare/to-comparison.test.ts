import { makeClaim } from '@/testing/make-claim';
import type { Figure } from '@/contract/claim-schema';
import { toComparison } from './to-comparison';
import { spreadText } from './spread-text';

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
    expect(october?.originSpread).toEqual({ min: 1500, max: 12000 });
    expect([october?.figureCount, october?.originCount]).toEqual([3, 3]);
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
});

describe('spreadText', () => {
  const group = (claims: ReturnType<typeof makeClaim>[]) => toComparison(claims, 'troops_in_russia', 'month')[0];
  it('says the spread over claims and over independent origins (synthetic claims)', () => {
    const same = 'kr-nis.2024-10-18.intelligence_briefing';
    const g = group([
      makeClaim({ id: 'A', originId: same, figure: fig(3000) }),
      makeClaim({ id: 'B', originId: same, figure: fig(3000) }),
      makeClaim({ id: 'C', originId: null, figure: fig(12000) }),
    ]);
    expect(g && spreadText(g)).toBe(
      ' · spread 3,000–12,000 over 3 claims (highest is 4.0× lowest) · 3,000–12,000 over 2 independent origins',
    );
    const one = group([
      makeClaim({ id: 'A', originId: same, figure: fig(3000) }),
      makeClaim({ id: 'B', originId: same, figure: fig(5000) }),
    ]);
    expect(one && spreadText(one)).toBe(
      ' · spread 3,000–5,000 over 2 claims (highest is 1.7× lowest) · 4,000 over 1 independent origin',
    );
    const single = group([makeClaim({ id: 'A', figure: fig(3000) })]);
    expect(single && spreadText(single)).toBe('');
  });
});
