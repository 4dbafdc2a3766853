import type { Claim } from '@/contract/claim-schema';

/** A synthetic claim for tests (not real reporting): override what a test cares about. */
export function makeClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'TEST1',
    metricId: 'troops_in_russia',
    topic: 'troops',
    kind: 'estimate',
    figure: { value: 1000, low: null, high: null, text: null, qualifier: null, bound: 'exact', unit: 'personnel' },
    claimedOn: '2024-10-18',
    claimedOnBasis: null,
    figureAsOf: null,
    figureAsOfNote: null,
    speaker: {
      name: 'Test Speaker',
      role: null,
      organisation: 'Test Organisation',
      sourceId: null,
      country: 'KR',
      type: 'government',
    },
    source: {
      outlet: 'Test Outlet',
      url: 'https://example.org/article',
      publishedOn: '2024-10-18',
      language: 'en',
      archives: [],
    },
    provenance: ['Test Organisation', 'Test Outlet'],
    quote: null,
    verification: {
      state: 'single_source',
      note: null,
      history: [{ date: '2024-10-18', from: null, to: 'single_source', rationale: 'Synthetic test claim', by: null }],
      contestedBy: [],
      laterDevelopments: null,
    },
    grade: null,
    gradeHistory: [],
    relatedClaimIds: [],
    contradictingClaimIds: [],
    notes: null,
    originId: null,
    corroboration: { independent: [], sameOrigin: [], sameOwner: [], unknownOrigin: [] },
    warnings: [],
    ...overrides,
  };
}

/** A synthetic claim (not real reporting) with a chain, a day, a speaker entity and a figure. */
export function chainClaim(
  id: string,
  provenance: string[],
  claimedOn: string | null,
  sourceId: string | null,
  value = 1000,
  extra: Partial<Claim> = {},
): Claim {
  return makeClaim({
    id,
    provenance,
    claimedOn,
    figure: { value, low: null, high: null, text: null, qualifier: null, bound: 'exact', unit: null },
    speaker: {
      name: null,
      role: null,
      organisation: sourceId ?? 'Unlisted body',
      sourceId,
      country: null,
      type: 'government',
    },
    source: { outlet: `Outlet of ${id}`, url: null, publishedOn: claimedOn, language: 'en', archives: [] },
    ...extra,
  });
}
