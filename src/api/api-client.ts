import { z } from '@/contract/zod-mini';
import { ApiError, parseRetryAfter } from './api-error';

/**
 * What the client reads of an error answer: the contract's shape (ApiErrorBodySchema in responses.ts), read
 * leniently so that a proxy's or an older server's message (no field or code, issues with a
 * "path") is still shown to the user rather than lost.
 */
const ReadableErrorSchema = z.object({
  error: z.object({
    message: z.string(),
    issues: z.optional(
      z.array(z.object({ field: z.optional(z.string()), path: z.optional(z.string()), message: z.string() })),
    ),
  }),
});

let baseUrl = '/api';

/** Points the client at an API; "/api" (the mock or a same-origin server) by default. */
export function configureApiBase(url: string): void {
  baseUrl = url.replace(/\/+$/, '');
}

function urlFor(path: string, params?: URLSearchParams): string {
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

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { accept: 'application/json', ...(bearerToken ? { authorization: `Bearer ${bearerToken}` } : {}), ...extra };
}

let timeoutMs = 20_000;

/** How long a request may take before the dashboard gives up on it (20 s by default). */
export function configureApiTimeout(ms: number): void {
  timeoutMs = ms;
}

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** Aborts when the caller aborts or when the time limit passes; `timedOut` tells which. */
function withTimeout(signal: AbortSignal | undefined) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort();
  if (signal?.aborted) controller.abort();
  else signal?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    },
  };
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

async function getJson(
  path: string,
  params: URLSearchParams | undefined,
  signal?: AbortSignal,
  init: RequestInit = {},
): Promise<unknown> {
  const limit = withTimeout(signal);
  try {
    let response: Response;
    try {
      const contentType = init.headers instanceof Headers ? init.headers.get('content-type') : null;
      response = await fetch(urlFor(path, params), {
        ...init,
        signal: limit.signal,
        headers: headers(init.body ? { 'content-type': contentType ?? 'application/json' } : {}),
      });
    } catch (error) {
      if (limit.timedOut())
        throw new ApiError(
          'timeout',
          `The claims API did not answer ${path} within ${seconds(timeoutMs)}. It may be overloaded; the dashboard will try again.`,
        );
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      if (isOffline())
        throw new ApiError(
          'offline',
          `You are offline, so the claims API (${path}) cannot be reached. The dashboard will try again when the connection is back.`,
        );
      throw new ApiError(
        'network',
        `Could not reach the claims API (${path}): the connection failed. Check your connection; the dashboard will try again.`,
      );
    }
    const text = await readBody(response, path, limit.timedOut);
    const { body, syntaxError } = parseJson(text);
    if (!response.ok) {
      const parsed = ReadableErrorSchema.safeParse(body);
      const detail = parsed.success ? parsed.data.error.message : response.statusText || 'no details given';
      const fields = parsed.success
        ? (parsed.data.error.issues ?? []).map((i) => `${i.field ?? i.path ?? '(request)'}: ${i.message}`).join('; ')
        : '';
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      const wait = retryAfterMs !== null ? ` It asked to wait ${seconds(retryAfterMs)} before trying again.` : '';
      const said = `${detail}${fields ? ` (${fields})` : ''}`;
      throw new ApiError(
        'http',
        `The claims API answered ${response.status} for ${path}: ${said}${/[.!?]$/.test(said) ? '' : '.'}${wait}`,
        response.status,
        retryAfterMs,
      );
    }
    if (syntaxError !== null)
      throw new ApiError(
        'invalid-response',
        `The claims API sent a response to ${path} that is not valid JSON (${syntaxError}). Nothing from it was used.`,
      );
    return body;
  } finally {
    limit.done();
  }
}

async function readBody(response: Response, path: string, timedOut: () => boolean): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (timedOut())
      throw new ApiError(
        'timeout',
        `The claims API began answering ${path} but did not finish within ${seconds(timeoutMs)}.`,
      );
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', `The connection broke while the claims API was answering ${path}.`);
  }
}

function parseJson(text: string): { body: unknown; syntaxError: string | null } {
  if (text.trim() === '') return { body: undefined, syntaxError: 'the body is empty' };
  try {
    return { body: JSON.parse(text) as unknown, syntaxError: null };
  } catch (error) {
    return { body: undefined, syntaxError: error instanceof Error ? error.message.slice(0, 160) : 'unreadable' };
  }
}

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/** GET a resource and parse it with its schema; a mismatch is an error the UI shows. */
export async function apiGet<T>(
  path: string,
  schema: z.core.$ZodType<T>,
  options: { params?: URLSearchParams; signal?: AbortSignal } = {},
): Promise<T> {
  const body = await getJson(path, options.params, options.signal);
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    throw new ApiError(
      'invalid-response',
      `The claims API sent data for ${path} that does not match the contract: ${describeIssues(parsed.error)}`,
    );
  }
  return parsed.data;
}

async function sendAndParse<T>(
  path: string,
  schema: z.core.$ZodType<T>,
  init: RequestInit,
  params?: URLSearchParams,
): Promise<T> {
  const answer = await getJson(path, params, undefined, init);
  const parsed = z.safeParse(schema, answer);
  if (!parsed.success)
    throw new ApiError(
      'invalid-response',
      `The claims API answered ${path} with data that does not match the contract: ${describeIssues(parsed.error)}`,
    );
  return parsed.data;
}

/** POST/PUT/DELETE with a JSON body; the answer is parsed with its schema like any read. */
export function apiSend<T>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  schema: z.core.$ZodType<T>,
  body?: unknown,
  params?: URLSearchParams,
): Promise<T> {
  return sendAndParse(path, schema, body === undefined ? { method } : { method, body: JSON.stringify(body) }, params);
}

/** POSTs a file's text with its own content type (CSV or JSON uploads). */
export function apiUpload<T>(
  path: string,
  schema: z.core.$ZodType<T>,
  text: string,
  contentType: string,
  params?: URLSearchParams,
): Promise<T> {
  return sendAndParse(
    path,
    schema,
    { method: 'POST', body: text, headers: new Headers({ 'content-type': contentType }) },
    params,
  );
}

export interface RejectedRecord {
  index: number;
  id: string | null;
  reason: string;
}

/**
 * GET a list and parse each item on its own: valid items are kept, invalid ones are set aside
 * with the reason (never silently dropped), so one bad record cannot blank the page.
 */
export async function apiGetList<T, M>(
  path: string,
  options: {
    key: string;
    item: z.core.$ZodType<T>;
    meta: z.core.$ZodType<M>;
    params?: URLSearchParams;
    signal?: AbortSignal;
  },
): Promise<{ items: T[]; rejected: RejectedRecord[]; meta: M }> {
  const body = await getJson(path, options.params, options.signal);
  const list = z.object({ [options.key]: z.array(z.unknown()) }).safeParse(body);
  const meta = z.safeParse(options.meta, body);
  if (!list.success || !meta.success) {
    const error = list.success ? meta.error : list.error;
    throw new ApiError(
      'invalid-response',
      `The claims API sent a list for ${path} that does not match the contract: ${error ? describeIssues(error) : 'unknown shape'}`,
    );
  }
  const items: T[] = [];
  const rejected: RejectedRecord[] = [];
  (list.data[options.key] ?? []).forEach((raw, index) => {
    const parsed = z.safeParse(options.item, raw);
    if (parsed.success) items.push(parsed.data);
    else rejected.push({ index, id: idOf(raw), reason: describeIssues(parsed.error) });
  });
  return { items, rejected, meta: meta.data };
}

function idOf(raw: unknown): string | null {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return null;
}
