import type { Context } from 'hono';
import { z } from 'zod';
import type { Issue } from '../../src/contract/issue-schema';
import { issuesFromZod } from '../../src/contract/issues-from-zod';
import type { AuthVariables } from '../auth/require-role';
import { apiError } from './api-error';

type Ctx = Context<{ Variables: AuthVariables }>;

/**
 * A JSON request body read with a contract schema, or the 400 answer: invalid_json, or
 * invalid_body with the issues (and `message(issues)` for a message more specific than the default).
 */
export async function parseBody<T>(
  c: Ctx,
  schema: z.core.$ZodType<T>,
  message: (issues: Issue[]) => string = () => 'The request body does not match the contract.',
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  const raw: unknown = await c.req.json().catch(() => undefined);
  if (raw === undefined)
    return { ok: false, response: await apiError(c, 400, 'invalid_json', 'The request body must be JSON.') };
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = issuesFromZod(parsed.error, raw);
  return { ok: false, response: await apiError(c, 400, 'invalid_body', message(issues), issues) };
}
