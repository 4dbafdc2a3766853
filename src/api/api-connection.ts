/* Where the client sends its requests, and as whom: the API's base address and the analyst's token. */

let baseUrl = '/api';

/** Points the client at an API; "/api" (the mock or a same-origin server) by default. */
export function configureApiBase(url: string): void {
  baseUrl = url.replace(/\/+$/, '');
}

/** The full address of an API path and its query. */
export function urlFor(path: string, params?: URLSearchParams): string {
  const query = params && params.size > 0 ? `?${params.toString()}` : '';
  const base = baseUrl.startsWith('http')
    ? baseUrl
    : new URL(baseUrl, globalThis.location?.origin ?? 'http://localhost').href;
  return `${base}${path}${query}`;
}

let bearerToken: string | null = null;

/** The analyst's token, sent with every request while signed in. */
export function setBearerToken(token: string | null): void {
  bearerToken = token;
}

/** The headers of every request: JSON accepted, and the analyst's token while signed in. */
export function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { accept: 'application/json', ...(bearerToken ? { authorization: `Bearer ${bearerToken}` } : {}), ...extra };
}
