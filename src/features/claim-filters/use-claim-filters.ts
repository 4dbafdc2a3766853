import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { claimFiltersToParams, parseClaimFilters, type ClaimFilters } from '@/api/claim-filters';

/** Parameters that belong to the view but are not claim filters. */
export const VIEW_PARAMS = ['window', 'sort'] as const;

/**
 * The filters live in the URL: this reads them (ignoring bad values with a notice) and writes
 * them back. Each change is a history entry, so back and forward step through filter changes;
 * typing in the search box replaces the entry instead of flooding history.
 */
export function useClaimFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { filters, problems } = useMemo(() => parseClaimFilters(searchParams, VIEW_PARAMS), [searchParams]);
  const setFilters = useCallback(
    (next: ClaimFilters, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const params = claimFiltersToParams(next);
          for (const key of VIEW_PARAMS) {
            const value = current.get(key);
            if (value !== null) params.set(key, value);
          }
          return params;
        },
        { replace: options.replace ?? false },
      );
    },
    [setSearchParams],
  );
  return { filters, problems, setFilters };
}
