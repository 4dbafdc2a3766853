import { DEFAULT_CLAIM_FILTERS } from './claim-filters';
import { claimMatchesFilters } from './claim-matches-filters';
import { makeClaim } from '@/testing/make-claim';

describe('claimMatchesFilters', () => {
  const base = DEFAULT_CLAIM_FILTERS;
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
