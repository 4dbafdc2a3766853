import { ApiError, parseRetryAfter } from './api-error';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  it.each([
    ['2', 2000],
    [' 120 ', 120_000],
    ['Mon, 23 Nov 2026 10:00:05 GMT', 5000],
    ['Mon, 23 Nov 2026 09:00:00 GMT', 0],
    ['soon', null],
    ['', null],
    [null, null],
  ])('%s -> %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('ApiError.retryable', () => {
  it.each([
    [new ApiError('network', 'x'), true],
    [new ApiError('offline', 'x'), true],
    [new ApiError('timeout', 'x'), true],
    [new ApiError('http', 'x', 503), true],
    [new ApiError('http', 'x', 500), true],
    [new ApiError('http', 'x', 404), false],
    [new ApiError('http', 'x', 400), false],
    [new ApiError('invalid-response', 'x'), false],
  ])('%s', (error, expected) => {
    expect(error.retryable).toBe(expected);
  });
});
