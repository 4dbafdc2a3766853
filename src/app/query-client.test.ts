import { ApiError } from '@/api/api-error';
import { retryDelay, shouldRetry } from './query-client';

describe('the retry policy', () => {
  it('retries network faults and 5xx twice, never 4xx or contract breaks', () => {
    expect(shouldRetry(0, new ApiError('http', 'x', 503))).toBe(true);
    expect(shouldRetry(1, new ApiError('timeout', 'x'))).toBe(true);
    expect(shouldRetry(2, new ApiError('network', 'x'))).toBe(false);
    expect(shouldRetry(0, new ApiError('http', 'x', 404))).toBe(false);
    expect(shouldRetry(0, new ApiError('invalid-response', 'x'))).toBe(false);
    expect(shouldRetry(0, new TypeError('bug'))).toBe(false);
  });

  it('waits as long as Retry-After asks, capped at 10 s, else backs off', () => {
    expect(retryDelay(1, new ApiError('http', 'x', 503, 2000))).toBe(2000);
    expect(retryDelay(1, new ApiError('http', 'x', 503, 60_000))).toBe(10_000);
    expect(retryDelay(1, new ApiError('network', 'x'))).toBe(1000);
    expect(retryDelay(2, new ApiError('network', 'x'))).toBe(2000);
  });
});
