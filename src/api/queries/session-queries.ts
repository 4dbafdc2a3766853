import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { SessionSchema } from '@/contract/responses';

/** Whether the API takes writes and who is signed in; keyed by token so signing in refetches it. */
export const sessionQueries = {
  current: (token: string | null) =>
    queryOptions({
      queryKey: ['session', token ? 'signed-in' : 'anonymous', token] as const,
      queryFn: ({ signal }) => apiGet('/session', SessionSchema, { signal }),
      staleTime: 5 * 60 * 1000,
      retry: false,
    }),
};
