import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SourceSummary } from '@/contract/responses';
import type { SourceMerge } from '@/contract/source-schema';
import { renderApp } from '@/testing/render-app';
import { server } from '../../../mocks/node';

// A small registry (test data, not reporting).
const NIS: SourceSummary = {
  id: 'kr-nis',
  name: 'National Intelligence Service (NIS)',
  aliases: ['South Korean intelligence', 'NIS, per Yonhap'],
  type: 'intelligence_service',
  country: 'KR',
  claimCount: 12,
};
const NIS_COPY: SourceSummary = {
  id: 'kr-nis-korea',
  name: 'NIS Korea',
  aliases: [],
  type: 'intelligence_service',
  country: 'KR',
  claimCount: 2,
};
const KREMLIN: SourceSummary = {
  id: 'kremlin',
  name: 'Kremlin',
  aliases: [],
  type: 'government',
  country: 'RU',
  claimCount: 3,
};
const MERGE: SourceMerge = {
  from: 'ua-gur',
  fromName: 'GUR',
  into: 'ua-hur',
  rationale: 'Two transliterations of one agency',
  by: 'ana',
  at: '2025-02-03T10:00:00Z',
};

function registry(options: { analyst?: boolean; merges?: SourceMerge[] | 501 } = {}) {
  let sources = [NIS, NIS_COPY, KREMLIN];
  server.use(
    http.get('*/api/sources', () => HttpResponse.json({ sources })),
    http.get('*/api/sources/merges', () =>
      options.merges === 501
        ? HttpResponse.json(
            { error: { field: '', code: 'not_implemented', message: 'Merging sources needs the real server' } },
            { status: 501 },
          )
        : HttpResponse.json({ merges: options.merges ?? [] }),
    ),
    http.get('*/api/session', () =>
      HttpResponse.json(
        options.analyst ? { writes: true, user: { name: 'ana', role: 'analyst' } } : { writes: false, user: null },
      ),
    ),
  );
  return {
    /** The server's answer to a merge: 501 like the mock API, or the record (and the merged registry). */
    mergeAnswers(status: 200 | 501) {
      server.use(
        http.post('*/api/sources/merge', () => {
          if (status === 501)
            return HttpResponse.json(
              { error: { field: '', code: 'not_implemented', message: 'Merging sources needs the real server' } },
              { status: 501 },
            );
          sources = [{ ...NIS, aliases: [...NIS.aliases, 'NIS Korea'], claimCount: 14 }, KREMLIN];
          return HttpResponse.json({
            from: 'kr-nis-korea',
            fromName: 'NIS Korea',
            into: 'kr-nis',
            rationale: 'Same agency',
            by: 'ana',
            at: '2025-03-01T09:00:00Z',
          } satisfies SourceMerge);
        }),
      );
    },
  };
}

// The page's code loads on demand: the first look waits longer than the default second.
const table = () => screen.findByRole('table', { name: /^\d+ sources and their other spellings$/ }, { timeout: 5000 });

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

  it('checks the merge form before anything is sent', async () => {
    const user = userEvent.setup();
    registry({ analyst: true });
    renderApp('/sources');
    const form = await screen.findByRole('form', { name: 'Merge two sources' }, { timeout: 5000 });
    await user.click(within(form).getByRole('button', { name: 'Review the merge' }));
    expect(within(form).getByRole('combobox', { name: 'Merge this source' })).toHaveAccessibleDescription(
      'Choose the source to merge.',
    );
    expect(within(form).getByRole('combobox', { name: 'Merge this source' })).toHaveFocus();
    expect(within(form).getByRole('combobox', { name: 'into this source' })).toHaveAccessibleDescription(
      'Choose the source to merge it into.',
    );
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Merge this source' }), 'kr-nis-korea');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'into this source' }), 'kr-nis');
    const why = within(form).getByRole('textbox', { name: /Why they are one source/ });
    await user.type(why, 'ab');
    await user.click(within(form).getByRole('button', { name: 'Review the merge' }));
    expect(why).toHaveAccessibleDescription(/at least 3 characters/);
    expect(why).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).queryByRole('button', { name: 'Confirm the merge' })).not.toBeInTheDocument();
  });

  it('shows the 501 of a server that cannot merge as a notice, and the page stays', async () => {
    const user = userEvent.setup();
    registry({ analyst: true }).mergeAnswers(501);
    renderApp('/sources');
    await user.click(within(await table()).getByRole('button', { name: 'Merge… NIS Korea into another source' }));
    const form = screen.getByRole('form', { name: 'Merge two sources' });
    expect(within(form).getByRole('combobox', { name: 'Merge this source' })).toHaveValue('kr-nis-korea');
    expect(within(form).getByRole('combobox', { name: 'into this source' })).toHaveFocus();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'into this source' }), 'kr-nis');
    await user.type(within(form).getByRole('textbox', { name: /Why they are one source/ }), 'Same agency');
    await user.click(within(form).getByRole('button', { name: 'Review the merge' }));
    expect(within(form).getByText('Merge “NIS Korea” into “National Intelligence Service (NIS)”?')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Confirm the merge' }));
    expect(await within(form).findByText('This server cannot merge sources')).toBeInTheDocument();
    expect(within(form).getByText(/Merging sources needs the real server/)).toBeInTheDocument();
    expect(within(await table()).getAllByRole('row')).toHaveLength(4);
  });

  it('merges on confirmation and shows the registry as the server now has it', async () => {
    const user = userEvent.setup();
    registry({ analyst: true }).mergeAnswers(200);
    renderApp('/sources');
    const form = await screen.findByRole('form', { name: 'Merge two sources' }, { timeout: 5000 });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Merge this source' }), 'kr-nis-korea');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'into this source' }), 'kr-nis');
    await user.type(within(form).getByRole('textbox', { name: /Why they are one source/ }), 'Same agency');
    await user.click(within(form).getByRole('button', { name: 'Review the merge' }));
    await user.click(within(form).getByRole('button', { name: 'Confirm the merge' }));
    expect(
      await within(form).findByText('Merged “NIS Korea” into “National Intelligence Service (NIS)”.'),
    ).toBeInTheDocument();
    await waitFor(async () => expect(within(await table()).getAllByRole('row')).toHaveLength(3));
    expect(
      within(await table()).getByRole('link', { name: '14 claims by National Intelligence Service (NIS)' }),
    ).toBeInTheDocument();
  });
});
