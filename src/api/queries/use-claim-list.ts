import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ClaimFiltersSchema, type ClaimFilters } from '../claim-filters';
import { selectClaims } from '../select-claims';
import { claimQueries } from './claim-queries';

export const ALL_CLAIM_FILTERS: ClaimFilters = ClaimFiltersSchema.parse({});

/**
 * The claims for `filters`. While the API's answer loads, the whole list already in the cache
 * (if any) is filtered here with the very semantics both APIs use (`selectClaims`), so a filter
 * change repaints at once; the answer then replaces it.
 */
export function useClaimList(filters: ClaimFilters) {
  const queryClient = useQueryClient();
  return useQuery({
    ...claimQueries.list(filters),
    placeholderData: () => {
      const all = queryClient.getQueryData(claimQueries.list(ALL_CLAIM_FILTERS).queryKey);
      return all ? { claims: selectClaims(all.claims, filters), rejected: [], total: all.total } : undefined;
    },
  });
}
