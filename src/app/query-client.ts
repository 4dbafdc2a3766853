import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';

/** Retries only what may pass on a second try (network faults, 5xx), never a 4xx or a contract break. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) => failureCount < 2 && error instanceof ApiError && (error.kind === 'network' || (error.status ?? 0) >= 500),
      },
    },
  });
}
