import { http, HttpResponse } from 'msw';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { server } from '../../../mocks/node';
import { ClaimFiltersSchema } from '@/contract/claim-filters';
import { activateLocale } from '@/i18n/locale-store';
import { en } from '@/i18n/catalogues/en';
import { makeClaim } from '@/testing/make-claim';
import { ExportButtons } from './export-buttons';

/** The buttons over `count` synthetic claims (test data, not reporting); downloads are caught, not saved. */
function renderButtons(count: number) {
  const saved = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  URL.createObjectURL = () => 'blob:export';
  URL.revokeObjectURL = () => undefined;
  onTestFinished(() => {
    Object.assign(URL, saved);
  });
  const claims = Array.from({ length: count }, (_, i) => makeClaim({ id: `SYN${i + 1}` }));
  const context = { claims, total: count, filters: ClaimFiltersSchema.parse({}), metricLabels: new Map() };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ExportButtons context={context} />
    </QueryClientProvider>,
  );
}

describe('ExportButtons', () => {
  it('says how many claims went out, one claim as one', async () => {
    renderButtons(1);
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(await screen.findByText('Exported 1 claim as JSON')).toBeInTheDocument();
  });

  it('speaks Ukrainian, with the plural form the count takes, and says when origin labels are missing', async () => {
    activateLocale('uk', (await import('@/i18n/catalogues/uk')).uk);
    onTestFinished(() => activateLocale('en', en));
    server.use(http.get('*/api/origins', () => HttpResponse.json({ error: 'down' }, { status: 500 })));
    renderButtons(5);
    await userEvent.click(screen.getByRole('button', { name: 'Експорт у CSV' }));
    expect(
      await screen.findByText(
        'Експортовано 5 тверджень у форматі CSV (назви першоджерел недоступні: лише їхні ідентифікатори)',
      ),
    ).toBeInTheDocument();
  });
});
