import { makeClaim } from '@/testing/make-claim';
import { ClaimFiltersSchema, DEFAULT_CLAIM_FILTERS } from './claim-filters';
import { claimAsKnownOn, selectClaims } from './select-claims';

const denial = makeClaim({
  id: 'D1',
  kind: 'denial',
  claimedOn: '2024-10-10',
  verification: {
    state: 'retracted',
    note: null,
    history: [
      { date: '2024-10-10', from: null, to: 'disputed_denied', rationale: 'As reported', by: null },
      { date: '2025-04-26', from: 'disputed_denied', to: 'retracted', rationale: 'Own side acknowledged', by: null },
    ],
    contestedBy: [],
    laterDevelopments: 'Acknowledged in April 2025',
  },
});

describe('claimAsKnownOn', () => {
  it('gives the state the claim had on the day, and hides later developments', () => {
    const then = claimAsKnownOn(denial, '2024-12-31');
    expect(then?.verification.state).toBe('disputed_denied');
    expect(then?.verification.history).toHaveLength(1);
    expect(then?.verification.laterDevelopments).toBeNull();
    expect(claimAsKnownOn(denial, '2025-04-26')?.verification.state).toBe('retracted');
  });

  it('hides claims made after the day, claims whose month ends after it, and undated claims', () => {
    expect(claimAsKnownOn(denial, '2024-10-09')).toBeNull();
    expect(claimAsKnownOn(makeClaim({ claimedOn: '2024-02' }), '2024-02-15')).toBeNull();
    expect(claimAsKnownOn(makeClaim({ claimedOn: '2024-02' }), '2024-02-29')).not.toBeNull();
    expect(claimAsKnownOn(makeClaim({ claimedOn: null }), '2030-01-01')).toBeNull();
  });
});

describe('selectClaims', () => {
  it('filters on the state a claim had on the as-of day', () => {
    const filters = ClaimFiltersSchema.parse({ asof: '2024-12-31', state: ['disputed_denied'] });
    expect(selectClaims([denial], filters).map((c) => c.id)).toEqual(['D1']);
    expect(selectClaims([denial], { ...filters, asof: '2025-05-01' })).toEqual([]);
  });

  it('sorts oldest first with undated claims last', () => {
    const claims = [
      makeClaim({ id: 'U', claimedOn: null }),
      makeClaim({ id: 'B', claimedOn: '2024-11-01' }),
      makeClaim({ id: 'A', claimedOn: '2024-02' }),
    ];
    expect(selectClaims(claims, DEFAULT_CLAIM_FILTERS).map((c) => c.id)).toEqual(['A', 'B', 'U']);
  });
});

describe('selectClaims: archive=none (SYNTHETIC claims and captures)', () => {
  const archived = makeClaim({
    id: 'A1',
    source: {
      ...makeClaim().source,
      archives: [{ url: 'https://archive.example/a1', capturedOn: '2025-03-12', sha256: null }],
    },
  });
  const bare = makeClaim({ id: 'A2' });
  const noAddress = makeClaim({ id: 'A3', source: { ...makeClaim().source, url: null } });

  it('keeps only the claims whose source address has no archived copy', () => {
    const filters = ClaimFiltersSchema.parse({ archive: 'none' });
    expect(selectClaims([archived, bare, noAddress], filters).map((c) => c.id)).toEqual(['A2']);
    expect(selectClaims([archived, bare, noAddress], DEFAULT_CLAIM_FILTERS).map((c) => c.id)).toEqual([
      'A1',
      'A2',
      'A3',
    ]);
  });

  it('combines with the other filters', () => {
    const filters = ClaimFiltersSchema.parse({ archive: 'none', state: ['corroborated'] });
    expect(selectClaims([archived, bare], filters)).toEqual([]);
  });
});
