import { http, HttpResponse } from 'msw';
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { withOrigins } from '@/contract/origins/with-origins';
import { makeClaim } from '@/testing/make-claim';
import { useClaimPanelActions } from '@/stores/claim-panel-store';
import { server } from '../../../mocks/node';
import { defaultMockDataset, replaceMockDataset } from '../../../mocks/mock-db';
import { renderClaimPanel } from './claim-panel.test-helpers';
import { OriginSection } from './origin-section';

// The default dataset as the APIs serve it: each claim with its origin and its support split by origin.
const dataset = defaultMockDataset();
const derived = withOrigins(dataset.claims, dataset.sources);

beforeEach(() => {
  replaceMockDataset({ ...dataset, claims: derived.claims });
  server.use(
    http.get('*/api/origins', () => HttpResponse.json({ origins: derived.origins, unknownOriginClaims: 0 })),
    http.get('*/api/origins/:id', ({ params }) => {
      const origin = derived.origins.find((o) => o.id === params.id);
      if (!origin)
        return HttpResponse.json(
          { error: { field: 'id', code: 'not_found', message: 'No such origin' } },
          { status: 404 },
        );
      return HttpResponse.json({ origin, claims: derived.claims.filter((c) => origin.claimIds.includes(c.id)) });
    }),
  );
});
afterEach(() => {
  const { result } = renderHook(() => useClaimPanelActions());
  act(() => result.current.panelClosed());
  replaceMockDataset(null);
});

const renderPanel = (id: string, url = '/?state=corroborated') => renderClaimPanel(id, url);

const section = (name: string) => screen.findByRole('region', { name });

describe('the claim panel: origin', () => {
  it('says how many outlets reported the one origin, and lists its other report, which opens in the panel', async () => {
    const user = userEvent.setup();
    renderPanel('C060');
    const origin = await section('Origin');
    expect(await within(origin).findByText('1 origin, reported by 2 outlets')).toBeInTheDocument();
    expect(within(origin).getByText('NIS closed-door briefing')).toBeInTheDocument();
    expect(within(origin).getByText('Intelligence briefing')).toBeInTheDocument();
    expect(within(origin).getByText('National Intelligence Service (NIS)')).toBeInTheDocument();
    expect(within(origin).getByText(/not confirmed by an analyst/)).toBeInTheDocument();
    const others = within(origin).getByRole('list', { name: 'Other reports of this origin' });
    const report = within(others).getByRole('button', { name: /^C089 — Christian Daily \(Korean\)/ });
    expect(within(others).queryByRole('button', { name: /^C060/ })).not.toBeInTheDocument();
    await user.click(report);
    expect(await screen.findByRole('heading', { name: /· C089$/ })).toBeInTheDocument();
  });

  it('links to the view of this origin alone, keeping the other filters', async () => {
    const user = userEvent.setup();
    const { router } = renderPanel('C060');
    await user.click(await screen.findByRole('button', { name: 'Show only this origin' }));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.getAll('origin')).toEqual(['kr-nis.2024-12-19.intelligence_briefing']);
    expect(params.get('state')).toBe('corroborated');
  });

  it('offers no analyst decision to a session that may not write (the mock API)', async () => {
    renderPanel('C060');
    await screen.findByText('1 origin, reported by 2 outlets');
    expect(screen.queryByRole('button', { name: 'Confirm grouping' })).not.toBeInTheDocument();
  });

  it('offers the decisions to an analyst', async () => {
    server.use(
      http.get('*/api/session', () => HttpResponse.json({ writes: true, user: { name: 'Ada', role: 'analyst' } })),
    );
    renderPanel('C060');
    const actions = await screen.findByRole('group', { name: 'Analyst decisions about this origin' });
    for (const name of ['Confirm grouping', 'Split this report out', 'Merge with another origin…'])
      expect(within(actions).getByRole('button', { name })).toBeInTheDocument();
  });

  it('says when the origin cannot be loaded', async () => {
    server.use(
      http.get('*/api/origins/:id', () =>
        HttpResponse.json({ error: { field: 'id', code: 'x', message: 'Gone' } }, { status: 404 }),
      ),
    );
    renderPanel('C060');
    expect(await screen.findByText('The origin could not be loaded')).toBeInTheDocument();
  });

  it('says an unknown origin is unknown, and guesses none', () => {
    render(<OriginSection claim={makeClaim({ originId: null })} onOpen={() => undefined} canDecide />);
    expect(screen.getByText('Origin unknown: the chain of citation names no known first source.')).toBeInTheDocument();
    expect(screen.queryByText(/reported by/)).not.toBeInTheDocument();
  });
});

describe('the claim panel: agreeing claims', () => {
  it('lists only independent support, with the verdict', async () => {
    renderPanel('C046');
    const agreeing = await section('Agreeing claims');
    expect(within(agreeing).getByText('Independently corroborated')).toBeInTheDocument();
    await waitFor(() => expect(agreeing).toHaveTextContent('(by 1 other origin)'));
    expect(
      within(agreeing)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([expect.stringMatching(/^C047 — /)]);
  });
});
