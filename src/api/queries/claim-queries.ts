import { queryOptions } from '@tanstack/react-query';
import { z } from '@/contract/zod-mini';
import { apiGet, apiGetList } from '../api-client';
import { ClaimSchema } from '@/contract/claim-schema';
import type { ClaimFilters } from '@/contract/claim-filters';
import { claimFiltersToParams } from '@/contract/claim-filter-params';

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
  details: () => [...claimQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...claimQueries.details(), id] as const,
      queryFn: ({ signal }) => apiGet(`/claims/${encodeURIComponent(id)}`, ClaimSchema, { signal }),
    }),
};
