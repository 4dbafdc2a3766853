import { http, HttpResponse } from 'msw';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { SourceSummary } from '@/contract/responses';
import { server } from '../../../mocks/node';
import { ActiveFilterChips } from './active-filter-chips';

function renderChips(url: string) {
  const router = createMemoryRouter([{ path: '/', element: <ActiveFilterChips /> }], { initialEntries: [url] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, params: () => new URLSearchParams(router.state.location.search) };
}

// One source entity (test data, not reporting).
const SOURCES: SourceSummary[] = [
  {
    id: 'kr-nis',
    name: 'National Intelligence Service (NIS)',
    aliases: ['NIS, per Yonhap'],
    type: 'intelligence_service',
    country: 'KR',
    claimCount: 12,
  },
];
const NIS = 'kr-nis';
beforeEach(() => server.use(http.get('*/api/sources', () => HttpResponse.json({ sources: SOURCES }))));

describe('ActiveFilterChips', () => {
  it('renders nothing when no filter is active', () => {
    renderChips('/?sort=date');
    expect(screen.queryByText('Showing only:')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('names each active filter group as a button that says what it removes', async () => {
    renderChips(`/?source=${NIS}&state=unverified&metric=troops_in_russia`);
    expect(screen.getByText('Showing only:')).toBeInTheDocument();
    // A source id reads as its entity's name once the sources have loaded.
    expect(await screen.findByRole('button', { name: 'Remove filter Sources: NIS' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter State: unverified' })).toBeInTheDocument();
    // The metric reads by its label once the metrics have loaded.
    expect(await screen.findByRole('button', { name: 'Remove filter Metric: Troops in Russia' })).toBeInTheDocument();
  });

  it('removes one group, keeps the others and the view settings, and moves focus to the next chip', async () => {
    const user = userEvent.setup();
    const { params } = renderChips(`/?source=${NIS}&state=unverified&state=corroborated&sort=date`);
    await user.click(await screen.findByRole('button', { name: 'Remove filter Sources: NIS' }));
    await waitFor(() => expect(params().getAll('source')).toEqual([]));
    expect(params().getAll('state')).toEqual(['corroborated', 'unverified']);
    expect(params().get('sort')).toBe('date');
    expect(screen.queryByRole('button', { name: /Sources/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter State: corroborated, unverified' })).toHaveFocus();
  });

  it('says a source value that names no entity as written', async () => {
    renderChips(`/?source=${encodeURIComponent('Joint Chiefs of Staff (ROK JCS)')}&source=no-such-source`);
    expect(
      await screen.findByRole('button', { name: 'Remove filter Sources: ROK JCS, no-such-source' }),
    ).toBeInTheDocument();
  });

  it('clears every filter at once', async () => {
    const user = userEvent.setup();
    const { params } = renderChips('/?kind=projection_warning&q=zelensky&from=2024-10-01&to=2024-12-31&sort=date');
    expect(screen.getByRole('button', { name: 'Remove filter Made 1 Oct 2024 – 31 Dec 2024' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter Search: “zelensky”' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(screen.queryByText('Showing only:')).not.toBeInTheDocument());
    expect([...params().keys()]).toEqual(['sort']);
  });

  it('names an origin by its label, or by its id while the origins are unavailable, and removes it', async () => {
    const user = userEvent.setup();
    const ORIGIN = 'kr-nis.2024-12-19.intelligence_briefing';
    let available = false;
    server.use(
      http.get('*/api/origins', () =>
        available
          ? HttpResponse.json({
              origins: [
                {
                  id: ORIGIN,
                  label: 'NIS closed-door briefing',
                  type: 'intelligence_briefing',
                  ownerId: NIS,
                  ownerName: 'NIS',
                  date: '2024-12-19',
                  claimIds: ['C060'],
                  outlets: ['Outlet'],
                  confirmed: false,
                  decisions: [],
                },
              ],
              unknownOriginClaims: 0,
            })
          : HttpResponse.json(
              { error: { field: '(request)', code: 'not_found', message: 'No origins' } },
              { status: 404 },
            ),
      ),
    );
    renderChips(`/?origin=${ORIGIN}&independent=true`);
    expect(await screen.findByRole('button', { name: `Remove filter Origin: ${ORIGIN}` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter Independently corroborated' })).toBeInTheDocument();
    cleanup();
    available = true;
    const { params } = renderChips(`/?origin=${ORIGIN}&independent=true`);
    await user.click(await screen.findByRole('button', { name: 'Remove filter Origin: NIS closed-door briefing' }));
    await waitFor(() => expect(params().getAll('origin')).toEqual([]));
    expect(params().get('independent')).toBe('true');
  });

  it('renders filter text from the URL as text', () => {
    renderChips(`/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(
      screen.getByRole('button', { name: 'Remove filter Search: “<img src=x onerror=alert(1)>”' }),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
