import type { Claim } from '@/contract/claim-schema';
import { compareClaims } from '@/contract/select-claims';
import { VERIFICATION_STATES } from '@/contract/vocabulary';

export const SORT_KEYS = ['claimed', 'metric', 'figure', 'kind', 'speaker', 'state', 'outlet'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortOrder {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export const DEFAULT_SORT: SortOrder = { key: 'claimed', direction: 'asc' };

/** Reads "figure:desc" from the URL; anything else falls back to the default order. */
export function parseSort(value: string | null): SortOrder {
  const [key, direction] = (value ?? '').split(':');
  const known = SORT_KEYS.find((k) => k === key);
  return known ? { key: known, direction: direction === 'desc' ? 'desc' : 'asc' } : DEFAULT_SORT;
}

const headline = (c: Claim) => c.figure.value ?? c.figure.high ?? null;

const COMPARATORS: Record<SortKey, (a: Claim, b: Claim) => number> = {
  claimed: compareClaims,
  metric: (a, b) => a.metricId.localeCompare(b.metricId),
  figure: (a, b) => {
    const x = headline(a);
    const y = headline(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return x - y;
  },
  kind: (a, b) => a.kind.localeCompare(b.kind),
  speaker: (a, b) => a.speaker.organisation.localeCompare(b.speaker.organisation),
  state: (a, b) =>
    VERIFICATION_STATES.indexOf(a.verification.state) - VERIFICATION_STATES.indexOf(b.verification.state),
  outlet: (a, b) => a.source.outlet.localeCompare(b.source.outlet),
};

/** A sorted copy; ties fall back to date then id, so the order is stable. Claims without a number sort last. */
export function sortClaims(claims: Claim[], order: SortOrder): Claim[] {
  const compare = COMPARATORS[order.key];
  const sign = order.direction === 'asc' ? 1 : -1;
  return [...claims].sort((a, b) => {
    if (order.key === 'figure' && (headline(a) === null) !== (headline(b) === null))
      return headline(a) === null ? 1 : -1;
    return sign * compare(a, b) || compareClaims(a, b);
  });
}
