import type { Figure } from '@/contract/claim-schema';
import { makeClaim } from './make-claim';

/** A figure: a value, or a range (SYNTHETIC test data). */
export const fig = (value: number | null, low: number | null = null, high: number | null = null): Figure => ({
  value,
  low,
  high,
  text: null,
  qualifier: null,
  bound: 'exact',
  unit: null,
});

/** A government speaker of `organisation`. */
export const org = (organisation: string) => ({
  name: null,
  sourceId: null,
  role: null,
  organisation,
  country: null,
  type: 'government' as const,
});

/**
 * SYNTHETIC claims for the compare view's grouping: October 2024 (two contradicting, one with an earlier as-of date
 * and a range), one dated to a month, one undated, one of another metric.
 */
export const COMPARISON_CLAIMS = [
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
