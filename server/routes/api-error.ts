import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiErrorBody } from '../../src/api/responses';

/** Every error answer has the contract's shape: a code, a message for people, and field issues where they apply. */
export function apiError(c: Context, status: ContentfulStatusCode, code: string, message: string, issues?: ApiErrorBody['error']['issues']) {
  return c.json<ApiErrorBody>({ error: { code, message, ...(issues ? { issues } : {}) } }, status);
}

export function zodIssues(error: z.core.$ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
}
