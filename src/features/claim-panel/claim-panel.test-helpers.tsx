import type { ReactElement } from 'react';
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
  const router = renderAtRoot(<ClaimPanel asof={asof} />, url);
  openClaim(id);
  return { router };
}

/** Renders `element` at `/` of a memory router opened at `url`, with a fresh query client (no retries). */
export function renderAtRoot(element: ReactElement, url = '/') {
  const router = createMemoryRouter([{ path: '/', element }], { initialEntries: [url] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

/** Opens claim `id` in the panel, as a click on its mark does. */
export function openClaim(id: string) {
  const { result } = renderHook(() => useClaimPanelActions());
  act(() => result.current.claimOpened(id));
}
