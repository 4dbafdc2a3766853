import { COMPARISON_CLAIMS, fig } from '@/testing/comparison-claims';
import { makeClaim } from '@/testing/make-claim';
import { toComparison } from '@/contract/claim-comparison';
import { spreadText } from './spread-text';
import { groupLabel } from './group-label';

const claims = COMPARISON_CLAIMS;

describe('groupLabel', () => {
  it('names each period in words: month, week, a month whose day is not known, quarter, undated', () => {
    expect(toComparison(claims, 'troops_in_russia', 'month').map(groupLabel)).toEqual([
      'Feb 2024',
      'Oct 2024',
      'Date not known',
    ]);
    expect(toComparison(claims, 'troops_in_russia', 'week').map(groupLabel)).toEqual([
      'Feb 2024 (day not known)',
      'Week of 7 Oct 2024',
      'Week of 14 Oct 2024',
      'Week of 21 Oct 2024',
      'Date not known',
    ]);
    expect(toComparison(claims, 'troops_in_russia', 'quarter').map(groupLabel)).toEqual([
      'Q1 2024',
      'Q4 2024',
      'Date not known',
    ]);
    expect(groupLabel({ period: 'year', start: '2024-01-01', dayUnknown: false })).toBe('2024 (month not known)');
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
