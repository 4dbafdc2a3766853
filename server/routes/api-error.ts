import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody } from '../../src/contract/responses';
import type { Issue } from '../../src/contract/issue-schema';
import { jsonAnswer } from './json-answer';

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
  const body: ApiErrorBody = { error: { field, code, message, ...(issues ? { issues } : {}) } };
  return jsonAnswer(c, body, status);
}
