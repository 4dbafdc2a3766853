import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockDataset } from '../../../mocks/mock-db';
import { renderApp } from '@/testing/render-app';

const marks = () => document.querySelectorAll('[data-claim-id]');
const showing = () => screen.findByText(/Showing \d+ of \d+ claims/);

describe('FilterPanel', () => {
  it('filters by verification state through the URL, and back undoes it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await showing();
    const states = screen.getByRole('group', { name: /Verification state/ });
    await user.click(within(states).getByRole('checkbox', { name: 'Corroborated' }));
    const expected = mockDataset().claims.filter((c) => c.verification.state === 'corroborated').length;
    await waitFor(() => expect(marks()).toHaveLength(expected));
    expect(router.state.location.search).toBe('?state=corroborated');
    expect(screen.getByText(`Showing ${expected} of ${mockDataset().claims.length} claims`)).toBeInTheDocument();
    await router.navigate(-1);
    await waitFor(() => expect(marks()).toHaveLength(mockDataset().claims.length));
  });

  it('keeps both filters when two are clicked before the page redraws', async () => {
    const { router } = renderApp('/');
    await showing();
    const state = within(screen.getByRole('group', { name: /Verification state/ })).getByRole('checkbox', {
      name: 'Corroborated',
    });
    const kind = within(screen.getByRole('group', { name: /Kind of figure/ })).getByRole('checkbox', {
      name: 'Estimate',
    });
    act(() => {
      fireEvent.click(state);
      fireEvent.click(kind);
    });
    await waitFor(() => expect(router.state.location.search).toBe('?state=corroborated&kind=estimate'));
  });

  it('filters by one source entity, by its id, showing as many claims as its count says', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await showing();
    const sources = await screen.findByRole('group', { name: /^Source$/ });
    const [option] = await within(sources).findAllByRole('checkbox');
    const count = Number(/\((\d+) claims\)$/.exec(option?.getAttribute('aria-label') ?? '')?.[1]);
    await user.click(option as HTMLElement);
    await waitFor(() => expect(marks()).toHaveLength(count));
    expect(new URLSearchParams(router.state.location.search).getAll('source')).toEqual([
      expect.stringMatching(/^[a-z0-9][a-z0-9-]*$/),
    ]);
  });

  it('rewrites an old link naming a source (any of its spellings) to the entity id, in place, and shows all its claims', async () => {
    const { router } = renderApp(`/?source=${encodeURIComponent('South Korean intelligence')}`);
    await waitFor(
      () => expect(new URLSearchParams(router.state.location.search).getAll('source')).toEqual(['kr-nis']),
      { timeout: 5000 },
    );
    expect(router.state.historyAction).toBe('REPLACE');
    await waitFor(() => expect(marks().length).toBeGreaterThanOrEqual(10));
  });

  it('searches text after typing stops and clears everything with one button', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?state=corroborated');
    await showing();
    await user.type(screen.getByRole('searchbox', { name: 'Search claims' }), 'Zelensky');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('Zelensky'));
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(marks()).toHaveLength(mockDataset().claims.length));
  });

  it('shows a past view with a banner when "as known on" is set', async () => {
    renderApp('/?asof=2024-10-20');
    await showing();
    expect(screen.getByText(/Past view: as known on 20 Oct 2024/)).toBeInTheDocument();
    const visible = [...marks()].map((m) => m.getAttribute('data-claim-id'));
    const later = mockDataset()
      .claims.filter((c) => !c.claimedOn || c.claimedOn > '2024-10-20')
      .map((c) => c.id);
    expect(visible.filter((id) => later.includes(id ?? ''))).toEqual([]);
    expect(visible.length).toBeGreaterThan(0);
  });
});
