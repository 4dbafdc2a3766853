import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';

/** Two retries: three attempts in all before the dashboard shows the error. */
export const MAX_RETRIES = 2;
const MAX_RETRY_DELAY_MS = 10_000;

/** Retries only what may pass on a second try (network faults, time-outs, 5xx), never a 4xx or a contract break. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && error instanceof ApiError && error.retryable;
}

/** Waits as long as the server asked (Retry-After, at most 10 s), else 1 s, then 2 s. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterMs !== null) return Math.min(error.retryAfterMs, MAX_RETRY_DELAY_MS);
  return Math.min(1000 * 2 ** (failureCount - 1), MAX_RETRY_DELAY_MS);
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, retry: shouldRetry, retryDelay },
    },
  });
}
