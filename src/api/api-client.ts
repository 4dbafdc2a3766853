import { z } from '@/contract/zod-mini';
import { ApiError } from './api-error';
import { getJson } from './api-request';
import { headers, send, urlFor } from './api-connection';
import { formatIssues } from '@/contract/issue-schema';

/**
 * The first three mismatches, in the contract's one wording (a long list helps nobody on a banner).
 * Only a bad answer needs the wording rules, so they load then, not with the page.
 */
async function describeIssues(error: z.core.$ZodError, value: unknown): Promise<string> {
  const { issuesFromZod } = await import('@/contract/issues-from-zod');
  return formatIssues(issuesFromZod({ issues: error.issues.slice(0, 3) }, value, { whole: '(root)' }));
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
      `The claims API sent data for ${path} that does not match the contract: ${await describeIssues(parsed.error, body)}`,
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
      `The claims API answered ${path} with data that does not match the contract: ${await describeIssues(parsed.error, answer)}`,
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
    /** Whether the items are wanted, from what the answer says of itself: when not, they are neither checked nor kept. */
    itemsWanted?: (meta: M) => boolean;
  },
): Promise<{ items: T[]; rejected: RejectedRecord[]; meta: M }> {
  const body = await getJson(path, options.params, options.signal);
  const list = z.object({ [options.key]: z.array(z.unknown()) }).safeParse(body);
  const meta = z.safeParse(options.meta, body);
  if (!list.success || !meta.success) {
    const error = list.success ? meta.error : list.error;
    throw new ApiError(
      'invalid-response',
      `The claims API sent a list for ${path} that does not match the contract: ${error ? await describeIssues(error, body) : 'unknown shape'}`,
    );
  }
  const items: T[] = [];
  const rejected: RejectedRecord[] = [];
  if (options.itemsWanted?.(meta.data) === false) return { items, rejected, meta: meta.data };
  const entries = list.data[options.key] ?? [];
  for (const [index, raw] of entries.entries()) {
    const parsed = z.safeParse(options.item, raw);
    if (parsed.success) items.push(parsed.data);
    else rejected.push({ index, id: idOf(raw), reason: await describeIssues(parsed.error, raw) });
  }
  return { items, rejected, meta: meta.data };
}

function idOf(raw: unknown): string | null {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return null;
}

/**
 * A file the API makes (GET /api/claims/export), as it came: no time limit, for the server streams a file of any
 * size. Every failure is an ApiError with the server's message where it gave one.
 */
export async function apiGetFile(path: string, params: URLSearchParams): Promise<Blob> {
  let response: Response;
  try {
    response = await send(urlFor(path, params), { headers: headers({ accept: '*/*' }) });
  } catch (error) {
    throw new ApiError(
      'network',
      `The API could not be reached: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const said = z.object({ error: z.object({ message: z.string() }) }).safeParse(body);
    throw new ApiError(
      'http',
      `The API refused the export (HTTP ${response.status})${said.success ? `: ${said.data.error.message}` : ''}`,
      response.status,
    );
  }
  return response.blob();
}
