/** What went wrong with an API call, as far as the dashboard can tell. */
export type ApiErrorKind = 'network' | 'offline' | 'timeout' | 'http' | 'invalid-response';

/** A failed API call, with a message fit to show a user. */
export class ApiError extends Error {
  readonly status: number | null;
  readonly kind: ApiErrorKind;
  /** How long the server asked us to wait before trying again (Retry-After), if it said. */
  readonly retryAfterMs: number | null;

  constructor(kind: ApiErrorKind, message: string, status: number | null = null, retryAfterMs: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }

  /** Faults that may pass on a second try: the network, a time-out, a 5xx. Never a 4xx or a contract break. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'offline' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}

/** Retry-After as seconds or an HTTP date, in milliseconds from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
