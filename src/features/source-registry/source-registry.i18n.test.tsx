import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { SourceSummary } from '@/contract/responses';
import { en } from '@/i18n/catalogues/en';
import { activateLocale } from '@/i18n/locale-store';
import { checkMergeDraft } from './merge-draft';
import { SourceTable } from './source-table';

// A small registry (test data, not reporting).
const source = (id: string, name: string, claimCount: number): SourceSummary => ({
  id,
  name,
  aliases: [],
  type: 'government',
  country: 'RU',
  claimCount,
});
const SOURCES = [source('kremlin', 'Kremlin', 3), source('mod', 'Ministry of Defence', 0)];

function renderTable(sources: SourceSummary[]) {
  const element = <SourceTable sources={sources} claimsHref={(id) => `/?source=${id}`} onMerge={() => undefined} />;
  render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

afterEach(() => activateLocale('en', en));

describe('the source registry in Korean', () => {
  beforeEach(async () => activateLocale('ko', (await import('@/i18n/catalogues/ko')).ko));

  it('names the table, its columns and links in Korean, names as written', () => {
    renderTable(SOURCES);
    const table = screen.getByRole('table', { name: '출처 2곳과 다른 표기' });
    for (const name of ['출처 및 ID', '다른 표기', '국가', '유형', '주장', '병합'])
      expect(within(table).getByRole('columnheader', { name })).toBeInTheDocument();
    // (The name a screen reader is given; jsdom trims the space inside the hidden part.)
    const link = within(table).getByRole('link', { name: /^Kremlin의 ?주장 3건$/ });
    expect(link).toHaveAttribute('href', '/?source=kremlin');
    expect(link).toHaveTextContent('Kremlin의 주장 3건');
    expect(within(table).getByRole('button', { name: '병합… Kremlin을(를) 다른 출처로' })).toBeInTheDocument();
    expect(within(table).getByText('없음')).toBeInTheDocument();
    expect(within(table).getAllByText('러시아')).toHaveLength(2);
  });

  it('says what is wrong with a merge in Korean', () => {
    expect(checkMergeDraft({ from: '', into: '', rationale: '' }).errors).toMatchObject({
      from: '병합할 출처를 고르십시오.',
      into: '병합 대상 출처를 고르십시오.',
      rationale: '하나의 출처인 이유를 적으십시오(3자 이상).',
    });
  });
});

describe('the source registry in Ukrainian', () => {
  it('counts sources with the plural form the number takes', async () => {
    activateLocale('uk', (await import('@/i18n/catalogues/uk')).uk);
    renderTable(SOURCES.slice(0, 1));
    expect(screen.getByRole('table', { name: '1 джерело та його інші написання' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '3 твердження від Kremlin' })).toBeInTheDocument();
  });
});
