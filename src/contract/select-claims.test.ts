import { makeClaim } from '@/testing/make-claim';
import { ClaimFiltersSchema, DEFAULT_CLAIM_FILTERS } from './claim-filters';
import { DEFAULT_CLAIMS } from '@/testing/default-dataset';
import { claimAsKnownOn, compareClaims, selectClaims, selectInOrder } from './select-claims';

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

describe('claimAsKnownOn with grade changes', () => {
  // Synthetic grades (fixtures, not real grading): ungraded at first, B2 on 1 Dec 2024, B3 on 1 Feb 2025.
  const graded = makeClaim({
    claimedOn: '2024-10-18',
    grade: { reliability: 'B', credibility: 3 },
    gradeHistory: [
      { at: '2024-12-01', from: null, reliability: 'B', credibility: 2, rationale: 'First grade', by: 'tester' },
      {
        at: '2025-02-01',
        from: { reliability: 'B', credibility: 2 },
        reliability: 'B',
        credibility: 3,
        rationale: 'Downgraded',
        by: 'tester',
      },
    ],
  });

  it.each([
    ['before the first grade: ungraded, no grade history', '2024-11-30', null, 0],
    ['on the day of the first grade', '2024-12-01', { reliability: 'B', credibility: 2 }, 1],
    ['between the changes: the first', '2025-01-31', { reliability: 'B', credibility: 2 }, 1],
    ['after both: the last', '2025-03-01', { reliability: 'B', credibility: 3 }, 2],
  ])('%s', (_name, day, grade, entries) => {
    const then = claimAsKnownOn(graded, day);
    expect(then?.grade).toEqual(grade);
    expect(then?.gradeHistory).toHaveLength(entries);
  });

  it('keeps a grade that came with the claim from its start; its first change names it as `from`', () => {
    const imported = makeClaim({ claimedOn: '2024-10-18', grade: { reliability: 'C', credibility: 3 } });
    expect(claimAsKnownOn(imported, '2024-10-18')?.grade).toEqual({ reliability: 'C', credibility: 3 });
    const regraded = makeClaim({
      claimedOn: '2024-10-18',
      grade: null,
      gradeHistory: [
        {
          at: '2025-01-05',
          from: { reliability: 'C', credibility: 3 },
          reliability: null,
          credibility: null,
          rationale: 'Grade withdrawn',
          by: null,
        },
      ],
    });
    expect(claimAsKnownOn(regraded, '2024-12-31')?.grade).toEqual({ reliability: 'C', credibility: 3 });
    expect(claimAsKnownOn(regraded, '2025-01-05')?.grade).toBeNull();
  });

  it('filters on the grade the claim had on the day', () => {
    const filters = ClaimFiltersSchema.parse({ asof: '2024-11-30', grade: ['ungraded'] });
    expect(selectClaims([graded], filters)).toHaveLength(1);
    expect(selectClaims([graded], { ...filters, asof: '2024-12-01' })).toEqual([]);
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

describe('selectInOrder', () => {
  const inOrder = [...DEFAULT_CLAIMS].sort(compareClaims);

  it.each([
    {},
    { state: ['corroborated', 'unverified'] },
    { kind: ['estimate'], from: '2024-11-01' },
    { q: 'kim' },
    { metric: 'troops_in_russia', to: '2025-01-31' },
  ])("gives selectClaims' list over claims already in order: %j", (params) => {
    const filters = ClaimFiltersSchema.parse(params);
    const reference = selectClaims(DEFAULT_CLAIMS, filters);
    expect(reference.length).toBeGreaterThan(0);
    expect(selectInOrder(inOrder, filters)).toEqual(reference);
  });

  it("keeps the order it is given (the server keeps its claims in the answer's order)", () => {
    const reversed = [...inOrder].reverse();
    expect(selectInOrder(reversed, DEFAULT_CLAIM_FILTERS)).toEqual(reversed);
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
