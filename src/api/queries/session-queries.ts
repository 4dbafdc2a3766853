import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { SessionSchema } from '@/contract/responses';

/**
 * Whether the API takes writes and who is signed in. Keyed by the number of the tab's current
 * sign-in (null when signed out), never by its token: every sign-in fetches the session again,
 * and a query key (devtools, logs, persisted caches) holds no secret.
 */
export const sessionQueries = {
  current: (signIn: number | null) =>
    queryOptions({
      queryKey: ['session', signIn === null ? 'anonymous' : 'signed-in', signIn] as const,
      queryFn: ({ signal }) => apiGet('/session', SessionSchema, { signal }),
      staleTime: 5 * 60 * 1000,
      retry: false,
    }),
};
