import { makeClaim } from '@/testing/make-claim';
import { footnoteText } from './chart-footnote';

describe('footnoteText', () => {
  it('names the claim, figure, kind, state, speaker, date, chain of citation and source', () => {
    const text = footnoteText(3, makeClaim({ id: 'SYN1', provenance: ['Agency briefing', 'Wire', 'Outlet'] }));
    expect(text).toBe(
      '[3] SYN1 · 1,000 personnel · Estimate · Single source · Test Organisation (South Korea) · claimed 18 Oct 2024 · via Agency briefing → Wire → Outlet · Test Outlet, 18 Oct 2024, https://example.org/article',
    );
  });

  it('says when a claim has no date', () => {
    expect(footnoteText(1, makeClaim({ claimedOn: null }))).toContain(' · date not known · ');
  });
});
