/** A failed API call, with a message fit to show a user. */
export class ApiError extends Error {
  readonly status: number | null;
  readonly kind: 'network' | 'http' | 'invalid-response';

  constructor(kind: ApiError['kind'], message: string, status: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
  }
}
