import { queryOptions } from '@tanstack/react-query';
import { z } from '@/contract/zod-mini';
import { apiGet, apiGetList } from '../api-client';
import { ClaimSchema } from '@/contract/claim-schema';
import type { ClaimFilters } from '@/contract/claim-filters';
import { claimFiltersToParams } from '@/contract/claim-filter-params';
import { MAX_IDS } from '@/contract/claim-list-params';

/** A list of claims as the dashboard holds it: the valid records, those set aside with a reason, and the total. */
export type ClaimList = Awaited<ReturnType<ReturnType<typeof claimQueries.list>['queryFn'] & object>>;

const ListMetaSchema = z.object({ total: z.number().check(z.int(), z.nonnegative()) });

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
      queryFn: async ({ signal }) => {
        const { items, rejected, meta } = await apiGetList('/claims', {
          key: 'claims',
          item: ClaimSchema,
          meta: ListMetaSchema,
          params: claimFiltersToParams(filters),
          signal,
        });
        return { claims: items, rejected, total: meta.total };
      },
    }),
  /** The claims with these ids (a panel's linked claims), whatever the view's filters: one request, not the list. */
  byIds: (ids: readonly string[]) => {
    const sorted = [...new Set(ids)].sort().slice(0, MAX_IDS);
    return queryOptions({
      // Under lists(): a write that invalidates the lists refreshes these too.
      queryKey: [...claimQueries.lists(), 'by-ids', sorted.join(',')] as const,
      queryFn: async ({ signal }) => {
        const params = new URLSearchParams(sorted.map((id) => ['id', id]));
        const { items, rejected, meta } = await apiGetList('/claims', {
          key: 'claims',
          item: ClaimSchema,
          meta: ListMetaSchema,
          params,
          signal,
        });
        return { claims: items, rejected, total: meta.total };
      },
    });
  },
  details: () => [...claimQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...claimQueries.details(), id] as const,
      queryFn: ({ signal }) => apiGet(`/claims/${encodeURIComponent(id)}`, ClaimSchema, { signal }),
    }),
};
