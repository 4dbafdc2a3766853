import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody } from '../../src/contract/responses';
import type { Issue } from '../../src/contract/issue-schema';

/**
 * Every error answer has the contract's one issue shape: the field it concerns ("(request)" when
 * it is the whole request), a code, a message for people, and the field issues where they apply.
 */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues?: Issue[],
  field = '(request)',
) {
  return c.json<ApiErrorBody>({ error: { field, code, message, ...(issues ? { issues } : {}) } }, status);
}
