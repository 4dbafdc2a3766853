import { act, render, renderHook } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { useClaimPanelActions } from '@/stores/claim-panel-store';
import { ClaimPanel } from './claim-panel';

/**
 * Renders the claim panel at `url` with a fresh query client (no retries), and opens claim `id` in it; as known on
 * `asof` when given (the route passes it from the URL).
 */
export function renderClaimPanel(id: string, url = '/', asof?: string) {
  const router = createMemoryRouter([{ path: '/', element: <ClaimPanel asof={asof} /> }], { initialEntries: [url] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const { result } = renderHook(() => useClaimPanelActions());
  act(() => result.current.claimOpened(id));
  return { router };
}
