import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SourceSummary } from '@/contract/responses';
import { renderApp } from '@/testing/render-app';
import { server } from '../../../mocks/node';

// A registry of source entities (test data, not reporting): the NIS once, however reports spell it.
const SOURCES: SourceSummary[] = [
  {
    id: 'kr-nis',
    name: 'National Intelligence Service (NIS)',
    aliases: ['South Korean intelligence (NIS, per outlets)', 'NIS, per Yonhap'],
    type: 'intelligence_service',
    country: 'KR',
    claimCount: 12,
  },
  {
    id: 'ua-hur',
    name: 'Defence Intelligence of Ukraine (HUR)',
    aliases: ['GUR', 'Ukrainian military intelligence'],
    type: 'intelligence_service',
    country: 'UA',
    claimCount: 7,
  },
  {
    id: 'fr-dgse',
    name: 'Direction générale de la Sécurité extérieure',
    aliases: ['DGSE'],
    type: 'intelligence_service',
    country: 'FR',
    claimCount: 2,
  },
  { id: 'kremlin', name: 'Kremlin', aliases: ['Dmitry Peskov'], type: 'government', country: 'RU', claimCount: 3 },
];

// The filter panel is beside every view; the import view (a notice for visitors) renders fastest, with no charts.
const LIGHT = '/import';
const withSources = () => server.use(http.get('*/api/sources', () => HttpResponse.json({ sources: SOURCES })));
// "Source", or "Source (1 selected)"; not "Source type" nor "Source country". The dashboard takes a while to load.
const sourceGroup = () => screen.findByRole('group', { name: /^Source\s*(\(\d+ selected\))?$/ }, { timeout: 5000 });
const checkboxNames = (group: HTMLElement) =>
  within(group)
    .queryAllByRole('checkbox')
    .map((box) => box.getAttribute('aria-label'));
const sourceParams = (router: ReturnType<typeof renderApp>['router']) =>
  new URLSearchParams(router.state.location.search).getAll('source');

describe('the source filter', () => {
  it('lists each source entity once, by name, and checking one puts its id in the URL', async () => {
    const user = userEvent.setup();
    withSources();
    const { router } = renderApp(LIGHT);
    const group = await sourceGroup();
    await within(group).findByRole('checkbox', { name: 'National Intelligence Service (NIS) (12 claims)' });
    expect(checkboxNames(group).filter((name) => name?.includes('NIS'))).toEqual([
      'National Intelligence Service (NIS) (12 claims)',
    ]);
    await user.click(within(group).getByRole('checkbox', { name: 'National Intelligence Service (NIS) (12 claims)' }));
    await waitFor(() => expect(sourceParams(router)).toEqual(['kr-nis']));
  });

  it('narrows the list by name or alias, ignoring case and accents, and keeps checked sources listed', async () => {
    const user = userEvent.setup();
    withSources();
    renderApp(`${LIGHT}?source=kremlin`);
    const group = await sourceGroup();
    await within(group).findByRole('checkbox', { name: 'Kremlin (3 claims)' });
    const search = within(group).getByRole('searchbox', { name: 'Find a source' });

    await user.type(search, 'securite');
    expect(checkboxNames(group)).toEqual([
      'Direction générale de la Sécurité extérieure (2 claims)',
      'Kremlin (3 claims)',
    ]);
    expect(within(group).getByRole('checkbox', { name: 'Kremlin (3 claims)' })).toBeChecked();
    expect(within(group).getByRole('status')).toHaveTextContent('1 of 4 sources match');

    await user.clear(search);
    await user.type(search, 'YONHAP');
    const nis = within(group).getByRole('checkbox', { name: 'National Intelligence Service (NIS) (12 claims)' });
    expect(nis).toHaveAccessibleDescription('also: NIS, per Yonhap');
    expect(within(group).getByText('also: NIS, per Yonhap')).toBeVisible();
  });

  it('says when nothing matches, and clears the search with its button or Escape', async () => {
    const user = userEvent.setup();
    withSources();
    renderApp(LIGHT);
    const group = await sourceGroup();
    await within(group).findByRole('checkbox', { name: 'Kremlin (3 claims)' });
    const search = within(group).getByRole('searchbox', { name: 'Find a source' });
    await user.type(search, 'nobody');
    expect(within(group).getByText('No source matches “nobody”')).toBeInTheDocument();
    expect(within(group).queryAllByRole('checkbox')).toEqual([]);
    await user.click(within(group).getByRole('button', { name: 'Clear the source search' }));
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(within(group).getAllByRole('checkbox')).toHaveLength(SOURCES.length);
    await user.type(search, 'gur{Escape}');
    expect(search).toHaveValue('');
  });

  it('rewrites an old link that names a source to its id, replacing the history entry', async () => {
    withSources();
    const { router } = renderApp(
      `${LIGHT}?source=${encodeURIComponent('National Intelligence Service (NIS)')}&source=GUR&state=unverified`,
    );
    await waitFor(() => expect(sourceParams(router)).toEqual(['kr-nis', 'ua-hur']));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(new URLSearchParams(router.state.location.search).getAll('state')).toEqual(['unverified']);
    const group = await sourceGroup();
    await waitFor(() =>
      expect(
        within(group).getByRole('checkbox', { name: 'National Intelligence Service (NIS) (12 claims)' }),
      ).toBeChecked(),
    );
    expect(await screen.findByRole('button', { name: 'Remove filter Sources: NIS, HUR' })).toBeInTheDocument();
  });
});
