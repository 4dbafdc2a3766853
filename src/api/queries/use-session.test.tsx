import { http, HttpResponse } from 'msw';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Session } from '@/contract/responses';
import { server } from '../../../mocks/node';
import { useSession } from './use-session';

function sessionOf(session: Session) {
  server.use(http.get('*/api/session', () => HttpResponse.json(session)));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => useSession(), { wrapper });
}

describe('useSession', () => {
  it.each<[string, Session, boolean]>([
    ['the read-only mock API', { writes: false, user: null }, false],
    ['a reader of a server that takes writes', { writes: true, user: null }, false],
    ['a viewer', { writes: true, user: { name: 'Vi', role: 'viewer' } }, false],
    ['an analyst', { writes: true, user: { name: 'Ada', role: 'analyst' } }, true],
    ['an admin', { writes: true, user: { name: 'Root', role: 'admin' } }, true],
    ['an analyst of an API that takes no writes', { writes: false, user: { name: 'Ada', role: 'analyst' } }, false],
  ])('%s: canWrite is %s', async (_, session, canWrite) => {
    const { result } = sessionOf(session);
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    expect(result.current).toMatchObject({ writes: session.writes, user: session.user, canWrite });
  });

  it('may not write before the session is known', () => {
    const { result } = sessionOf({ writes: true, user: { name: 'Ada', role: 'analyst' } });
    expect(result.current.canWrite).toBe(false);
  });
});
