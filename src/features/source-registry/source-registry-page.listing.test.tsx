import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/testing/render-app';
import { server } from '../../../mocks/node';
import { KREMLIN, MERGE, mockRegistry, table } from './source-registry-page.test-helpers';

const registry = mockRegistry(server);

describe('the Sources page', () => {
  it('lists every source entity with its id, country, type, aliases and a link to its claims', async () => {
    registry({ merges: [MERGE] });
    renderApp('/sources');
    expect(await screen.findByRole('heading', { level: 2, name: 'Sources' }, { timeout: 5000 })).toBeInTheDocument();
    const rows = within(await table()).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const nis = within(rows[1] as HTMLElement);
    expect(nis.getByRole('rowheader')).toHaveTextContent('National Intelligence Service (NIS)kr-nis');
    expect(nis.getByRole('cell', { name: 'South Korean intelligence; NIS, per Yonhap' })).toBeInTheDocument();
    expect(nis.getByText('South Korea')).toBeInTheDocument();
    expect(nis.getByText('Intelligence service')).toBeInTheDocument();
    expect(nis.getByRole('link', { name: '12 claims by National Intelligence Service (NIS)' })).toHaveAttribute(
      'href',
      '/?source=kr-nis',
    );
    // Visitors read the registry; merging is for analysts.
    expect(screen.queryByRole('form', { name: 'Merge two sources' })).not.toBeInTheDocument();
    expect(screen.getByText(/Analysts signed in to the project’s server can merge/)).toBeInTheDocument();
    expect(await screen.findByText('GUR')).toBeInTheDocument();
    expect(screen.getByText(/Two transliterations of one agency/)).toBeInTheDocument();
  });

  it('folds a long list of other spellings after three', async () => {
    const user = userEvent.setup();
    registry();
    server.use(
      http.get('*/api/sources', () =>
        HttpResponse.json({ sources: [{ ...KREMLIN, aliases: ['a1', 'a2', 'a3', 'a4', 'a5'] }] }),
      ),
    );
    renderApp('/sources');
    const cell = within(await table()).getByRole('cell', { name: /^a1; a2; a3/ });
    expect(within(cell).getByText('a4; a5')).not.toBeVisible();
    await user.click(within(cell).getByText('and 2 more'));
    expect(within(cell).getByText('a4; a5')).toBeVisible();
  });

  it('is reached from the dashboard’s views', async () => {
    const user = userEvent.setup();
    registry();
    const { router } = renderApp('/import');
    await user.click(await screen.findByRole('link', { name: 'Sources' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sources'));
    expect(await table()).toBeInTheDocument();
  });

  it('says a server without merges in words and keeps the page', async () => {
    registry({ merges: 501 });
    renderApp('/sources');
    expect(await screen.findByText('This server keeps no record of merges')).toBeInTheDocument();
    expect(screen.getByText(/Merging sources needs the real server/)).toBeInTheDocument();
    expect(await table()).toBeInTheDocument();
  });
});
