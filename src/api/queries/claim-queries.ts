import { queryOptions } from '@tanstack/react-query';
import { z } from '@/contract/zod-mini';
import { apiGet, apiGetList, type RejectedRecord } from '../api-client';
import { ClaimSchema, type Claim } from '@/contract/claim-schema';
import type { ClaimFilters } from '@/contract/claim-filters';
import { claimFiltersToParams } from '@/contract/claim-filter-params';
import { MAX_IDS } from '@/contract/claim-list-params';
import { ComparisonResponseSchema, type CompareWindow } from '@/contract/claim-comparison';

/** A list of claims as the dashboard holds it: the valid records, those set aside with a reason, and the total. */
export type ClaimList = Awaited<ReturnType<ReturnType<typeof claimQueries.list>['queryFn'] & object>>;

const ListMetaSchema = z.object({
  total: z.number().check(z.int(), z.nonnegative()),
  // Absent from an API that answers in one page.
  nextCursor: z.optional(z.nullable(z.string())),
});

/** At most this many pages for one list: a cursor that never ends is the API's fault, not a reason to loop. */
const MAX_PAGES = 10_000;

/**
 * Every page of GET /api/claims for `params`, following the API's cursors (claim-pages.ts), as one list: the valid
 * records, those set aside with a reason, and the total.
 */
async function allPages(params: URLSearchParams, signal: AbortSignal) {
  const claims: Claim[] = [];
  const rejected: RejectedRecord[] = [];
  let total = 0;
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const asked = new URLSearchParams(params);
    if (cursor) asked.set('cursor', cursor);
    const answer = await apiGetList('/claims', {
      key: 'claims',
      item: ClaimSchema,
      meta: ListMetaSchema,
      params: asked,
      signal,
    });
    // A record's index counts from the first page's first record.
    const before = claims.length + rejected.length;
    for (const claim of answer.items) claims.push(claim);
    for (const record of answer.rejected) rejected.push({ ...record, index: before + record.index });
    total = answer.meta.total;
    cursor = answer.meta.nextCursor ?? null;
    if (!cursor) break;
  }
  return { claims, rejected, total };
}

/** Query options for claims, keyed from general to specific: all -> lists -> list(filters) -> detail(id). */
export const claimQueries = {
  all: () => ['claims'] as const,
  lists: () => [...claimQueries.all(), 'list'] as const,
  list: (filters: ClaimFilters) =>
    queryOptions({
      queryKey: [...claimQueries.lists(), claimFiltersToParams(filters).toString()] as const,
      // Deep-comparing thousands of claims with the previous list on every filter change costs more than it saves;
      // useClaimList keeps the drawn array itself when an answer holds the same claims.
      structuralSharing: false,
      queryFn: ({ signal }) => allPages(claimFiltersToParams(filters), signal),
    }),
  /** The claims with these ids (a panel's linked claims), whatever the view's filters: one request, not the list. */
  byIds: (ids: readonly string[]) => {
    const sorted = [...new Set(ids)].sort().slice(0, MAX_IDS);
    return queryOptions({
      // Under lists(): a write that invalidates the lists refreshes these too.
      queryKey: [...claimQueries.lists(), 'by-ids', sorted.join(',')] as const,
      queryFn: ({ signal }) => allPages(new URLSearchParams(sorted.map((id) => ['id', id])), signal),
    });
  },
  /** The compare view's periods for the filters' metric (else the busiest), grouped by the API (GET /api/claims/compare). */
  compare: (filters: ClaimFilters, window: CompareWindow) => {
    const params = claimFiltersToParams(filters);
    params.set('window', window);
    return queryOptions({
      // Under lists(): a write that invalidates the lists refreshes this too.
      queryKey: [...claimQueries.lists(), 'compare', params.toString()] as const,
      queryFn: ({ signal }) => apiGet('/claims/compare', ComparisonResponseSchema, { params, signal }),
    });
  },
  details: () => [...claimQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...claimQueries.details(), id] as const,
      queryFn: ({ signal }) => apiGet(`/claims/${encodeURIComponent(id)}`, ClaimSchema, { signal }),
    }),
};
