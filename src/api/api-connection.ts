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

type Transport = (input: string, init: RequestInit) => Promise<Response>;
let transport: Transport = (input, init) => fetch(input, init);
let ready: Promise<unknown> = Promise.resolve();

/** How requests travel: the browser's fetch by default; a server render hands them to the API in the same process. */
export function configureApiTransport(send: Transport): void {
  transport = send;
}

/** Requests wait for this first (the static demo's mock worker, which starts after the first paint). */
export function configureApiReady(waitFor: Promise<unknown>): void {
  ready = waitFor.catch(() => undefined);
}

/** Sends one request once the API is ready. */
export async function send(input: string, init: RequestInit): Promise<Response> {
  await ready;
  return transport(input, init);
}
