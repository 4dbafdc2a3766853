import { HttpResponse } from 'msw';
import type { ApiErrorBody } from '../src/contract/responses';

/** An error answer in the contract's shape: `{ error: { field, code, message, issues? } }`. */
export const errorResponse = (
  status: number,
  code: string,
  message: string,
  issues?: ApiErrorBody['error']['issues'],
  headers?: Record<string, string>,
  field = '(request)',
) =>
  HttpResponse.json<ApiErrorBody>(
    { error: { field, code, message, ...(issues ? { issues } : {}) } },
    { status, headers },
  );
