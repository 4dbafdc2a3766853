import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { en } from '@/i18n/catalogues/en';
import { activateLocale } from '@/i18n/locale-store';
import { renderApp } from '@/testing/render-app';

describe('the filters in Korean and Ukrainian', () => {
  afterEach(() => activateLocale('en', en));

  it('speaks Korean, and keeps lang= through filter changes and in the links to other views', async () => {
    activateLocale('ko', (await import('@/i18n/catalogues/ko')).ko);
    const user = userEvent.setup();
    const { router } = renderApp('/?lang=ko&state=unverified');
    const states = await screen.findByRole('group', { name: /검증 상태/ });
    expect(screen.getByRole('searchbox', { name: '주장 검색' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '모든 필터 지우기' })).toBeEnabled();
    // The chip says the filter in Korean, with the vocabulary's Korean term.
    const chips = screen.getByRole('region', { name: '적용 중인 필터' });
    expect(within(chips).getByText('상태: 미확인')).toBeInTheDocument();
    // lang= is a view parameter: never an ignored part of the link.
    expect(screen.queryByText(/Some parts of this link were ignored/)).not.toBeInTheDocument();

    await user.click(within(states).getByRole('checkbox', { name: '교차 확인' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).getAll('state')).toEqual(['corroborated', 'unverified']),
    );
    expect(new URLSearchParams(router.state.location.search).get('lang')).toBe('ko');

    const views = screen.getByRole('navigation', { name: '보기' });
    expect(within(views).getByRole('link', { name: '브리핑' })).toHaveAttribute('href', '/briefing?lang=ko');
    expect(within(views).getByRole('link', { name: '출처' })).toHaveAttribute('href', '/sources?lang=ko');

    await user.click(within(chips).getByRole('button', { name: '모두 지우기' }));
    await waitFor(() => expect(router.state.location.search).toBe('?lang=ko'));
  });

  it('writes Ukrainian counts with their plural forms', async () => {
    activateLocale('uk', (await import('@/i18n/catalogues/uk')).uk);
    renderApp('/?lang=uk&kind=estimate&state=unverified&state=corroborated');
    expect(await screen.findByText('(3 активні)')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Стан перевірки\s*\(вибрано 2\)/ })).toBeInTheDocument();
    expect(screen.getByText('Тип цифри: оцінка')).toBeInTheDocument();
  });
});
