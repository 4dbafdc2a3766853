import { cleanup, render, screen } from '@testing-library/react';
import { en } from '@/i18n/catalogues/en';
import { activateLocale } from '@/i18n/locale-store';
import { DataText } from './data-text';
import { QueryState } from './query-state';
import { RejectedRecordsNotice } from './rejected-records-notice';

// Unmounted before English is back: a mounted component would re-render outside act().
afterEach(() => {
  cleanup();
  activateLocale('en', en);
});

const failed = {
  isPending: false,
  isError: true,
  error: new Error('HTTP 500 from /api/claims'),
  refetch: () => Promise.resolve(null as never),
  data: undefined,
  failureCount: 1,
  failureReason: null,
  fetchStatus: 'idle',
} as const;

describe('the shared UI parts in Korean', () => {
  beforeEach(async () => activateLocale('ko', (await import('@/i18n/catalogues/ko')).ko));

  it('says a load failed in Korean, naming what failed, with the server’s words as they are', () => {
    render(<QueryState query={failed} what="claims" />);
    expect(screen.getByRole('alert')).toHaveTextContent('주장 데이터를 불러오지 못했습니다');
    expect(screen.getByRole('alert')).toHaveTextContent('HTTP 500 from /api/claims');
    expect(screen.getByRole('button', { name: '다시 시도' })).toBeInTheDocument();
  });

  it('shows a name it does not know as given', () => {
    render(<QueryState query={failed} what="출처 병합" />);
    expect(screen.getByRole('alert')).toHaveTextContent('출처 병합 데이터를 불러오지 못했습니다');
  });
});

describe('the shared UI parts in Ukrainian', () => {
  beforeEach(async () => activateLocale('uk', (await import('@/i18n/catalogues/uk')).uk));

  it('counts hidden characters with the right plural form', () => {
    render(<DataText text={'a\u202Eb\u202Cc\u200D'} />);
    expect(screen.getByText(/містить 3 приховані символи: U\+202E, U\+202C, U\+200D/)).toBeInTheDocument();
  });

  it('counts records set aside', () => {
    render(<RejectedRecordsNotice what="claims" rejected={[{ index: 4, id: null, reason: 'bad date' }]} />);
    expect(screen.getByText(/1 запис даних тверджень відкладено/)).toBeInTheDocument();
    expect(screen.getByText(/Запис №5: bad date/)).toBeInTheDocument();
  });
});
