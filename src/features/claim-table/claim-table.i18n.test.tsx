import { render, screen, within } from '@testing-library/react';
import { en } from '@/i18n/catalogues/en';
import { activateLocale } from '@/i18n/locale-store';
import { makeClaim } from '@/testing/make-claim';
import { ClaimTable } from './claim-table';

// Synthetic claims (test data, not reporting).
const claims = ['SYN1', 'SYN2'].map((id) => makeClaim({ id }));

afterEach(() => activateLocale('en', en));

describe('ClaimTable in Ukrainian', () => {
  it('names its columns, sort order and row buttons in Ukrainian', async () => {
    activateLocale('uk', (await import('@/i18n/catalogues/uk')).uk);
    render(
      <ClaimTable
        claims={claims}
        metricLabels={new Map()}
        order={{ key: 'figure', direction: 'desc' }}
        onSort={() => undefined}
        onOpen={() => undefined}
      />,
    );
    const table = screen.getByRole('table', {
      name: 'Відфільтровані твердження, упорядковані за стовпцем «Цифра» за спаданням',
    });
    expect(within(table).getByRole('columnheader', { name: /Цифра/ })).toHaveAttribute('aria-sort', 'descending');
    for (const name of ['Дата твердження', 'Показник', 'Тип', 'Хто сказав', 'Стан', 'Видання'])
      expect(within(table).getByRole('button', { name })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Відкрити SYN2' })).toBeInTheDocument();
    expect(within(table).getAllByText('Одне джерело', { selector: 'td' })).toHaveLength(2);
  });
});
