import { claimFiltersToParams, claimMatchesFilters, parseClaimFilters } from './claim-filters';
import { makeClaim } from '@/testing/make-claim';

const parse = (query: string) => parseClaimFilters(new URLSearchParams(query));

describe('parseClaimFilters', () => {
  it('reads every filter, repeated and comma-separated', () => {
    const { filters, problems } = parse(
      'metric=troops_in_russia&source=Kremlin&source=NATO&state=corroborated,unverified&kind=estimate&type=government&from=2024-10-01&to=2024-12-31',
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      metric: 'troops_in_russia',
      source: ['Kremlin', 'NATO'],
      type: ['government'],
      country: [],
      grade: [],
      warning: [],
      state: ['corroborated', 'unverified'],
      kind: ['estimate'],
      from: '2024-10-01',
      to: '2024-12-31',
    });
  });

  it.each([
    ['state=rumour', 'state', 'rumour'],
    ['kind=guess', 'kind', 'guess'],
    ['from=2024-13-01', 'from', '2024-13-01'],
    ['to=2024-02-30', 'to', '2024-02-30'],
    ['metric=DROP%20TABLE', 'metric', 'DROP TABLE'],
    ['colour=red', 'colour', 'red'],
    ['grade=Z9', 'grade', 'Z9'],
    ['country=Korea', 'country', 'Korea'],
    ['asof=yesterday', 'asof', 'yesterday'],
  ])('ignores %s with a reason and keeps the rest', (query, param, value) => {
    const { filters, problems } = parse(`${query}&state=corroborated`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ param, value });
    expect(problems[0]?.reason).not.toBe('');
    expect(filters.state).toEqual(['corroborated']);
  });

  it('drops an inverted date range end and says so', () => {
    const { filters, problems } = parse('from=2025-01-01&to=2024-01-01');
    expect(filters.from).toBe('2025-01-01');
    expect(filters.to).toBeUndefined();
    expect(problems[0]?.reason).toMatch(/before/);
  });

  it('round-trips through URL params in a stable order', () => {
    const { filters } = parse('state=unverified&state=corroborated&metric=containers_shipped&from=2024-01-01');
    const again = parseClaimFilters(claimFiltersToParams(filters));
    expect(again.filters).toEqual(filters);
    expect(claimFiltersToParams(filters).toString()).toBe(
      'metric=containers_shipped&state=corroborated&state=unverified&from=2024-01-01',
    );
  });
});

describe('claimMatchesFilters', () => {
  const base = parse('').filters;
  it('matches by metric, source, state and kind', () => {
    const claim = makeClaim({ id: 'T1' });
    expect(claimMatchesFilters(claim, base)).toBe(true);
    expect(claimMatchesFilters(claim, { ...base, metric: 'other' })).toBe(false);
    expect(claimMatchesFilters(claim, { ...base, source: [claim.speaker.organisation] })).toBe(true);
    expect(claimMatchesFilters(claim, { ...base, source: ['Someone else'] })).toBe(false);
    expect(claimMatchesFilters(claim, { ...base, state: ['retracted'] })).toBe(false);
    expect(claimMatchesFilters(claim, { ...base, kind: [claim.kind] })).toBe(true);
  });

  it('searches speaker, outlet, quote and notes regardless of case and accents', () => {
    const claim = makeClaim({ quote: { text: 'Trois mille soldats déployés', language: 'fr' } });
    expect(claimMatchesFilters(claim, { ...base, q: 'DEPLOYES' })).toBe(true);
    expect(claimMatchesFilters(claim, { ...base, q: 'test outlet' })).toBe(true);
    expect(claimMatchesFilters(claim, { ...base, q: 'absent' })).toBe(false);
  });

  it('filters by country and grade tokens', () => {
    const graded = makeClaim({ grade: { reliability: 'B', credibility: 2 } });
    expect(claimMatchesFilters(graded, { ...base, country: ['KR'] })).toBe(true);
    expect(claimMatchesFilters(graded, { ...base, country: ['none'] })).toBe(false);
    expect(
      claimMatchesFilters(makeClaim({ speaker: { ...graded.speaker, country: null } }), { ...base, country: ['none'] }),
    ).toBe(true);
    expect(claimMatchesFilters(graded, { ...base, grade: ['B'] })).toBe(true);
    expect(claimMatchesFilters(graded, { ...base, grade: ['B', '3'] })).toBe(false);
    expect(claimMatchesFilters(graded, { ...base, grade: ['ungraded'] })).toBe(false);
    expect(claimMatchesFilters(makeClaim(), { ...base, grade: ['ungraded'] })).toBe(true);
  });

  it('keeps a month-precision claim when the range overlaps its month, and drops undated claims', () => {
    const monthly = makeClaim({ claimedOn: '2024-02' });
    expect(claimMatchesFilters(monthly, { ...base, from: '2024-02-20' })).toBe(true);
    expect(claimMatchesFilters(monthly, { ...base, from: '2024-03-01' })).toBe(false);
    expect(claimMatchesFilters(monthly, { ...base, to: '2024-01-31' })).toBe(false);
    expect(claimMatchesFilters(makeClaim({ claimedOn: null }), { ...base, from: '2020-01-01' })).toBe(false);
  });
});
