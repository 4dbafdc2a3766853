import { formatIssues } from '@/contract/issue-schema';
import { z } from '@/contract/zod-mini';
import { ApiError, parseRetryAfter } from './api-error';
import { headers, send, urlFor } from './api-connection';

/*
 * One request to the API: a time limit, every failure (offline, network, time-out, HTTP error with the server's
 * message and Retry-After, a body that is not JSON) as an ApiError with a message fit for users, else the JSON body.
 */

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

/** Sends one request and gives its JSON body; every failure is an ApiError, except the caller's own abort. */
export async function getJson(
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
      response = await send(urlFor(path, params), {
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
        ? formatIssues(
            (parsed.data.error.issues ?? []).map((i) => ({
              field: i.field ?? i.path ?? '(request)',
              code: 'invalid',
              message: i.message,
            })),
          )
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
