import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider, QueryObserver } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { server } from '../../../mocks/node';
import { claimQueries } from '@/api/queries/claim-queries';
import { DEFAULT_CLAIM_FILTERS } from '@/contract/claim-filters';
import { recordRequests } from '@/testing/record-requests';
import { useClaimFilters } from './use-claim-filters';

function renderFilters(queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={['/?labels=all']}>{children}</MemoryRouter>
    </QueryClientProvider>
  );
  return renderHook(() => useClaimFilters(), { wrapper });
}

describe('useClaimFilters', () => {
  it('gives the same setFilters across filter changes, and each change builds on the latest filters', async () => {
    const { result } = renderFilters();
    const first = result.current.setFilters;
    act(() => first((current) => ({ ...current, state: ['corroborated'] })));
    await waitFor(() => expect(result.current.filters.state).toEqual(['corroborated']));
    expect(result.current.setFilters).toBe(first);
    act(() => result.current.setFilters((current) => ({ ...current, kind: ['estimate'] })));
    await waitFor(() => expect(result.current.filters.kind).toEqual(['estimate']));
    expect(result.current.filters.state).toEqual(['corroborated']);
  });

  it('asks, at the change, for the new filters the answers the page watches now, and no other', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    // The page watches the list for the filters it shows (the charts section would), not the summary.
    const watching = new QueryObserver(queryClient, claimQueries.list(DEFAULT_CLAIM_FILTERS));
    const unsubscribe = watching.subscribe(() => {});
    await waitFor(() => expect(watching.getCurrentResult().isSuccess).toBe(true));
    const requests = recordRequests(server);
    const { result } = renderFilters(queryClient);
    act(() => result.current.setFilters((current) => ({ ...current, state: ['disputed_denied'] })));
    // Nothing here renders a list for the new filters: the request is the change's own.
    await waitFor(() =>
      expect(requests.to('/api/claims').map((url) => url.searchParams.get('state'))).toEqual(['disputed_denied']),
    );
    expect(requests.to('/api/claims/summary')).toHaveLength(0);
    unsubscribe();
    requests.stop();
  });
});
