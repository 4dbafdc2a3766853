import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { defaultMockDataset, replaceMockDataset } from '../../../mocks/mock-db';
import { FilterPanel } from './filter-panel';
import { ActiveFilterChips } from './active-filter-chips';
import { useClaimFilters } from './use-claim-filters';

function Harness() {
  const { filters, setFilters } = useClaimFilters();
  return (
    <>
      <ActiveFilterChips />
      <FilterPanel filters={filters} onChange={setFilters} />
    </>
  );
}

function renderPanel(url: string) {
  const router = createMemoryRouter([{ path: '/', element: <Harness /> }], { initialEntries: [url] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const params = () => new URLSearchParams(router.state.location.search);
  const group = () => screen.getByRole('group', { name: 'Archived sources' });
  return { params, group, user: userEvent.setup() };
}

afterEach(() => replaceMockDataset(null));

describe('the "no archived copy" filter', () => {
  it('counts the claims whose address has no archived copy, writes archive=none, and shows a chip', async () => {
    // SYNTHETIC: one shipped claim given a made-up capture, so the count is one less than all.
    const base = defaultMockDataset();
    const [first, ...rest] = base.claims;
    if (!first) throw new Error('the default dataset has claims');
    const archives = [{ url: 'https://archive.example/x', capturedOn: '2025-03-12', sha256: null }];
    replaceMockDataset({ ...base, claims: [{ ...first, source: { ...first.source, archives } }, ...rest] });
    const { params, group, user } = renderPanel('/?state=corroborated');
    const box = await within(group()).findByRole('checkbox', { name: `No archived copy (${rest.length} claims)` });
    expect(box).toHaveAccessibleDescription('The source address has no archived copy recorded yet');
    await user.click(box);
    await waitFor(() => expect(params().get('archive')).toBe('none'));
    expect(params().get('state')).toBe('corroborated');
    const chip = screen.getByRole('button', { name: 'Remove filter No archived copy' });
    await user.click(chip);
    await waitFor(() => expect(params().has('archive')).toBe(false));
    expect(within(group()).getByRole('checkbox', { name: /^No archived copy/ })).not.toBeChecked();
  });
});
