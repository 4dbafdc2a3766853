import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { renderApp } from '@/testing/render-app';
import { polyfillDialog } from '@/testing/polyfill-dialog';
import { server } from '../../../mocks/node';
import { activateLocale } from '@/i18n/locale-store';
import { en } from '@/i18n/catalogues/en';

const TOKEN = 'cw-test-token-4f9a2c7e81';
const WRONG = 'cw-wrong-token-0000000000';

beforeAll(polyfillDialog);

/** A server that takes writes: no token is a reader, TOKEN an analyst, any other token is refused. */
function sessionServer() {
  server.use(
    http.get('*/api/session', ({ request }) => {
      const auth = request.headers.get('authorization');
      if (!auth) return HttpResponse.json({ writes: true, user: null });
      if (auth === `Bearer ${TOKEN}`)
        return HttpResponse.json({ writes: true, user: { name: 'Ada', role: 'analyst' } });
      return HttpResponse.json(
        { error: { field: '(request)', code: 'unauthorized', message: 'Token not accepted' } },
        { status: 401 },
      );
    }),
  );
}

const keysOf = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .getAll()
    .map((q) => JSON.stringify(q.queryKey));

async function signIn(token: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Analyst sign-in' }, { timeout: 10_000 }));
  const dialog = screen.getByRole('dialog', { name: 'Sign in to edit claims' });
  await user.type(within(dialog).getByLabelText('API token'), token);
  await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
  return { user, dialog };
}

describe('SignInControl', () => {
  it('signs in and out, the session fetched again each time, and no query key ever holds the token', async () => {
    sessionServer();
    const { queryClient } = renderApp('/briefing');
    const { user, dialog } = await signIn(TOKEN);

    expect(await screen.findByText(/Signed in as/)).toHaveTextContent('Signed in as Ada (analyst)');
    expect(dialog).not.toHaveAttribute('open');
    expect(screen.getByRole('link', { name: 'Add claim' })).toBeInTheDocument();
    const keys = keysOf(queryClient);
    expect(keys.some((key) => key.startsWith('["session"'))).toBe(true);
    expect(keys.filter((key) => key.includes(TOKEN))).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Analyst sign-in' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add claim' })).not.toBeInTheDocument();
    expect(keysOf(queryClient).filter((key) => key.includes(TOKEN))).toEqual([]);
  });

  it('says when a token is refused, keeps the dialog open, and keys nothing by that token either', async () => {
    sessionServer();
    const { queryClient } = renderApp('/briefing');
    const { dialog } = await signIn(WRONG);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('That token was not accepted by the API.');
    expect(dialog).toHaveAttribute('open');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Analyst sign-in' })).toBeInTheDocument());
    expect(keysOf(queryClient).filter((key) => key.includes(WRONG))).toEqual([]);
  });

  it('speaks Ukrainian, the analyst’s name shown as the API gives it and the role in words', async () => {
    activateLocale('uk', (await import('@/i18n/catalogues/uk')).uk);
    onTestFinished(() => activateLocale('en', en));
    sessionServer();
    renderApp('/briefing');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Вхід для аналітиків' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: 'Увійдіть, щоб редагувати твердження' });
    await user.type(within(dialog).getByLabelText('Токен API'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Увійти' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Вставте токен API повністю.');
    await user.clear(within(dialog).getByLabelText('Токен API'));
    await user.type(within(dialog).getByLabelText('Токен API'), TOKEN);
    await user.click(within(dialog).getByRole('button', { name: 'Увійти' }));
    expect(await screen.findByText(/Ви ввійшли як/)).toHaveTextContent('Ви ввійшли як Ada (аналітик)');
    expect(screen.getByText('Ada', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Вийти' })).toBeInTheDocument();
  });
});
