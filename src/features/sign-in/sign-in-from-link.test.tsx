import { http, HttpResponse } from 'msw';
import { act, render, renderHook, screen } from '@testing-library/react';
import { server } from '../../../mocks/node';
import { renderApp } from '@/testing/render-app';
import { useAuthActions, useAuthToken } from '@/stores/auth-store';
import { useSignInFromLink } from './sign-in-from-link';

const TOKEN = 'cw_link-token-0123456789abcdef';

function Probe() {
  useSignInFromLink();
  return <p>{useAuthToken() ?? 'signed out'}</p>;
}

const openAt = (address: string) => window.history.replaceState({ idx: 3, key: 'k' }, '', address);
const address = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

describe('signing in from a link', () => {
  afterEach(() => {
    const { signedOut } = renderHook(() => useAuthActions()).result.current;
    act(() => signedOut());
    openAt('/');
  });

  it('signs in with the token in the fragment, as the dialog does, and takes it out of the address bar', () => {
    openAt(`/table?metric=troops_in_russia#token=${TOKEN}`);
    render(<Probe />);
    expect(screen.getByText(TOKEN)).toBeInTheDocument();
    expect(sessionStorage.getItem('claimwatch.token')).toBe(TOKEN);
    expect(address()).toBe('/table?metric=troops_in_russia');
    expect(window.history.state).toEqual({ idx: 3, key: 'k' });
  });

  it('keeps the rest of a fragment', () => {
    openAt(`/#token=${TOKEN}&slide=2`);
    render(<Probe />);
    expect(screen.getByText(TOKEN)).toBeInTheDocument();
    expect(address()).toBe('/#slide=2');
  });

  it.each([
    ['no fragment', '/compare?metric=shells_shipped'],
    ['an empty fragment', '/#'],
    ['an in-page anchor', '/#main'],
    ['an empty token', '/#token='],
    ['a token too short to be one', '/#token=abc'],
    ['a token with spaces', '/#token=cw%20link%20token%20x'],
    ['two tokens', `/#token=${TOKEN}&token=${TOKEN}x`],
    ['broken percent-encoding', '/#token=%E0%A4%A'],
  ])('does nothing for %s', (_, link) => {
    openAt(link);
    render(<Probe />);
    expect(screen.getByText('signed out')).toBeInTheDocument();
    expect(sessionStorage.getItem('claimwatch.token')).toBeNull();
    expect(window.location.href).toBe(new URL(link, window.location.origin).href);
  });

  it(
    'signs the dashboard in as the analyst the link names: the write controls appear and the link is gone',
    { timeout: 60_000 },
    async () => {
      await import('./sign-in-control'); // the dashboard loads it lazily: load it now, not inside findByText's wait
      server.use(
        http.get('http://localhost/api/session', ({ request }) =>
          request.headers.get('authorization') === `Bearer ${TOKEN}`
            ? HttpResponse.json({ writes: true, user: { name: 'local analyst', role: 'analyst' } })
            : HttpResponse.json({ writes: true, user: null }),
        ),
      );
      openAt(`/#token=${TOKEN}`);
      renderApp('/');
      // The whole dashboard renders first: on a loaded two-core machine that takes seconds.
      expect(await screen.findByText(/Signed in as/, {}, { timeout: 40_000 })).toHaveTextContent(
        'Signed in as local analyst (analyst)',
      );
      expect(screen.getByRole('link', { name: 'Add claim' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Import' })).toBeInTheDocument();
      expect(window.location.hash).toBe('');
    },
  );
});
