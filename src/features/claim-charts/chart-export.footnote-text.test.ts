import { makeClaim } from '@/testing/make-claim';
import { claimSourceText, footnoteText } from './chart-footnote';
import { isolate } from '@/lib/isolate-text';

describe('footnoteText', () => {
  it('names the claim, figure, kind, state, speaker, date, chain of citation and source', () => {
    const text = footnoteText(3, makeClaim({ id: 'SYN1', provenance: ['Agency briefing', 'Wire', 'Outlet'] }));
    expect(text).toBe(
      '[3] SYN1 · 1,000 personnel · Estimate · Single source · Test Organisation (South Korea) · claimed 18 Oct 2024 · via Agency briefing → Wire → Outlet · Test Outlet, 18 Oct 2024, https://example.org/article',
    );
  });

  it('gives each archived copy with its capture day (SYNTHETIC captures)', () => {
    const archives = [
      { url: 'https://archive.example/a', capturedOn: '2025-03-12', sha256: null },
      { url: 'https://archive.example/b', capturedOn: '2025-04-01', sha256: null },
    ];
    const text = footnoteText(2, makeClaim({ source: { ...makeClaim().source, archives } }));
    expect(text).toMatch(
      /, https:\/\/example\.org\/article · archived copy \(12 Mar 2025\): https:\/\/archive\.example\/a · archived copy \(1 Apr 2025\): https:\/\/archive\.example\/b$/,
    );
  });

  it('says when a claim has no date', () => {
    expect(footnoteText(1, makeClaim({ claimedOn: null }))).toContain(' · date not known · ');
  });

  it('takes out characters that would silently change how it reads, and says so', () => {
    const text = footnoteText(
      1,
      makeClaim({
        source: {
          outlet: 'Evil\u202Egro.elpmaxe',
          url: 'https://example.org/a',
          publishedOn: null,
          language: 'en',
          archives: [],
        },
      }),
    );
    expect(text).not.toContain('\u202E');
    expect(text).toContain('Evilgro.elpmaxe');
    expect(text).toMatch(/\(hidden characters removed: U\+202E\)$/);
  });
});

describe('claimSourceText', () => {
  it('passes each field from data through the given wrapper (isolate for SVG), never our own words', () => {
    const claim = makeClaim({
      id: 'SYN2',
      speaker: { ...makeClaim().speaker, organisation: 'قوات الدفاع' },
      provenance: [],
    });
    const text = claimSourceText(claim, isolate);
    expect(text).toContain(' · \u2068قوات الدفاع\u2069 (South Korea) · ');
    expect(text.startsWith('SYN2 · 1,000 personnel · ')).toBe(true);
    expect(claimSourceText(claim)).not.toMatch(/[\u2066-\u2069]/);
  });
});
