import type { QueryClient } from '@tanstack/react-query';
import type { ClaimFilters } from '@/contract/claim-filters';
import { claimQueries } from './claim-queries';

/**
 * Starts loading, for `next` filters, the claim answers the page shows now for `current` ones (the list, the summary):
 * called on a filter change, before React renders it, so the request and that render overlap rather than queue. A
 * query nothing on the page watches is not asked for.
 */
export function prefetchFiltered(queryClient: QueryClient, current: ClaimFilters, next: ClaimFilters): void {
  const shown = (queryKey: readonly unknown[]) =>
    (queryClient.getQueryCache().find({ queryKey, exact: true })?.getObserversCount() ?? 0) > 0;
  const list = claimQueries.list(current);
  if (shown(list.queryKey)) void queryClient.prefetchQuery(claimQueries.list(next));
  const summary = claimQueries.summary(current);
  if (shown(summary.queryKey)) void queryClient.prefetchQuery(claimQueries.summary(next));
}
