import { http, HttpResponse } from 'msw';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../../mocks/node';
import { renderApp } from '@/testing/render-app';
import type { ImportReport } from '@/contract/write-schemas';
import { activateLocale } from '@/i18n/locale-store';
import { en } from '@/i18n/catalogues/en';

/** A server that takes writes, answering imports with a fixed synthetic report (test data, not reporting). */
function writableServer(requests: string[]) {
  server.use(
    http.get('*/api/session', () => HttpResponse.json({ writes: true, user: { name: 'ana', role: 'analyst' } })),
    http.post('*/api/imports', async ({ request }) => {
      const url = new URL(request.url);
      requests.push(
        `${url.searchParams.get('mode')}:${url.searchParams.get('dryRun')}:${request.headers.get('content-type')}:${(await request.text()).split('\n')[0]}`,
      );
      const dryRun = url.searchParams.get('dryRun') === 'true';
      const perRow = url.searchParams.get('mode') === 'per-row';
      const committed = !dryRun && perRow;
      const report: ImportReport = {
        format: 'csv',
        mode: perRow ? 'per-row' : 'all-or-nothing',
        dryRun,
        overwrite: url.searchParams.get('overwrite') === 'true',
        committed,
        counts: {
          created: committed ? 2 : 0,
          updated: 0,
          unchanged: 0,
          refused: 1,
          would_create: committed ? 0 : 2,
          would_update: 0,
          warned: 1,
        },
        rows: [
          {
            row: 1,
            line: 2,
            id: 'SYN1',
            status: committed ? 'created' : 'would_create',
            issues: [],
            warnings: [],
            diff: [],
          },
          {
            row: 2,
            line: 3,
            id: 'SYN2',
            status: 'refused',
            issues: [
              { field: 'value', code: 'number_as_text', message: '"11.000" is text: write the number as digits only' },
            ],
            warnings: [],
            diff: [],
          },
          {
            row: 3,
            line: 5,
            id: 'SYN3',
            status: committed ? 'created' : 'would_create',
            issues: [],
            warnings: [
              {
                field: 'qualifier',
                code: 'unrecognised_qualifier',
                message: 'Qualifier "give or take" is not one Claimwatch recognises',
              },
            ],
            diff: [],
          },
        ],
      };
      return HttpResponse.json(report);
    }),
  );
}

describe('ImportPage', () => {
  it('checks every row before anything is written, then commits the valid rows per row', async () => {
    const user = userEvent.setup();
    const requests: string[] = [];
    writableServer(requests);
    renderApp('/import');
    const input = await screen.findByLabelText(/Choose or drop/);
    await user.upload(input, new File(['id,metric\nSYN1,troops_in_russia\n'], 'claims.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Check before importing')).toBeInTheDocument();
    expect(screen.getByText(/write the number as digits only/)).toBeInTheDocument();
    expect(screen.getByText(/"give or take" is not one Claimwatch recognises/)).toBeInTheDocument();
    expect(screen.getByText('(line 5)')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'With warnings' }));
    expect(screen.queryByText(/write the number as digits only/)).not.toBeInTheDocument();
    expect(screen.getByText('SYN3')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'All rows' }));
    expect(screen.getByRole('button', { name: /Commit import/ })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /valid rows/ }));
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /Commit import/ })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: /Commit import/ }));
    expect(await screen.findByRole('heading', { name: 'Imported' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Review the claims with warnings/ })).toHaveAttribute(
      'href',
      '/table?warning=any',
    );
    expect(requests).toEqual([
      'all-or-nothing:true:text/csv:id,metric',
      'per-row:true:text/csv:id,metric',
      'per-row:true:text/csv:id,metric',
      'per-row:false:text/csv:id,metric',
    ]);
  });

  it('speaks Ukrainian: the choices, the report and its counts translated, the API’s issues as it words them', async () => {
    activateLocale('uk', (await import('@/i18n/catalogues/uk')).uk);
    onTestFinished(() => activateLocale('en', en));
    const user = userEvent.setup();
    writableServer([]);
    renderApp('/import');
    expect(await screen.findByRole('heading', { name: 'Імпорт тверджень' })).toBeInTheDocument();
    expect(screen.getByText('data/research', { selector: 'code' })).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText(/Виберіть або перетягніть/),
      new File(['id,metric\nSYN1,troops_in_russia\n'], 'claims.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByRole('heading', { name: 'Перевірка перед імпортом' })).toBeInTheDocument();
    expect(
      screen.getByText('буде створено: 2, буде оновлено: 0, без змін: 0, відхилено: 1, з попередженнями: 1'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Підтвердити імпорт (нових: 2, оновлених: 0)' })).toBeDisabled();
    expect(screen.getByText('(рядок файлу 5)')).toBeInTheDocument();
    expect(screen.getAllByText('Буде створено')).toHaveLength(2);
    expect(screen.getByText(/write the number as digits only/)).toHaveAttribute('lang', 'en');
    await user.click(screen.getByRole('radio', { name: 'Відхилені' }));
    expect(screen.getByRole('table', { name: 'Рядки імпорту: відхилені' })).toBeInTheDocument();
    expect(screen.getByText('Відхилено', { selector: 'td' })).toBeInTheDocument();
  });

  it('refuses a file that is neither CSV nor JSON without sending it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const requests: string[] = [];
    writableServer(requests);
    renderApp('/import');
    await user.upload(
      await screen.findByLabelText(/Choose or drop/),
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
    );
    expect(await screen.findByText(/neither .csv nor .json/)).toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('tells a visitor of the read-only mock API that imports need a signed-in analyst', async () => {
    renderApp('/import');
    expect(await screen.findByText('Sign in as an analyst to import claims')).toBeInTheDocument();
  });
});
