import { cleanup, render, screen } from '@testing-library/react';
import { en } from '@/i18n/catalogues/en';
import { activateLocale } from '@/i18n/locale-store';
import { makeClaim } from '@/testing/make-claim';
import { ReplayChangeList } from './replay-change-list';

// Unmounted before English is back: a mounted component would re-render outside act().
afterEach(() => {
  cleanup();
  activateLocale('en', en);
});

describe('the replay’s list of changes in Korean', () => {
  it('says what is new and what changed state, with the states in Korean', async () => {
    activateLocale('ko', (await import('@/i18n/catalogues/ko')).ko);
    const added = Array.from({ length: 7 }, (_, i) => makeClaim({ id: `N${i}` }));
    const changed = makeClaim({ id: 'C1', verification: { ...makeClaim().verification, state: 'corroborated' } });
    render(<ReplayChangeList changes={{ added, changed: [{ claim: changed, from: 'unverified' }] }} />);
    expect(screen.getAllByText('신규:')).toHaveLength(6);
    expect(screen.getByText('외 2건')).toBeInTheDocument();
  });
});
