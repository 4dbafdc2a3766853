import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { FilterPanel } from './filter-panel';
import { useClaimFilters } from './use-claim-filters';

function Harness() {
  const { filters, setFilters } = useClaimFilters();
  return <FilterPanel filters={filters} onChange={setFilters} />;
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
  const group = () => screen.getByRole('group', { name: 'Corroboration' });
  return { params, group, user: userEvent.setup() };
}

describe('the corroboration filters', () => {
  it('write independent=true to the URL, and take it off again', async () => {
    const { params, group, user } = renderPanel('/?state=corroborated');
    const toggle = within(group()).getByRole('checkbox', { name: 'Independently corroborated' });
    expect(toggle).toHaveAccessibleDescription(/Another origin, of another organisation/);
    await user.click(toggle);
    await waitFor(() => expect(params().get('independent')).toBe('true'));
    expect(params().get('state')).toBe('corroborated');
    await user.click(within(group()).getByRole('checkbox', { name: 'Independently corroborated' }));
    await waitFor(() => expect(params().has('independent')).toBe(false));
  });

  it('write warning=corroborated_one_origin beside the import warnings, each kept apart', async () => {
    const { params, group, user } = renderPanel('/?warning=new_metric');
    await user.click(within(group()).getByRole('checkbox', { name: 'Corroborated by one origin only' }));
    await waitFor(() => expect(params().getAll('warning')).toEqual(['corroborated_one_origin', 'new_metric']));
    const imported = screen.getByRole('group', { name: /Import warnings/ });
    expect(within(imported).queryByRole('checkbox', { name: /one origin/ })).not.toBeInTheDocument();
    await user.click(within(imported).getByRole('button', { name: 'Clear import warnings' }));
    await waitFor(() => expect(params().getAll('warning')).toEqual(['corroborated_one_origin']));
    expect(within(group()).getByRole('checkbox', { name: 'Corroborated by one origin only' })).toBeChecked();
  });

  it('are cleared with every other filter', async () => {
    const { params, user } = renderPanel('/?independent=true&warning=corroborated_one_origin&origin=a.b');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect([...params().keys()]).toEqual([]));
  });
});
