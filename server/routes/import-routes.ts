import { Hono } from 'hono';
import { z } from 'zod';
import type { ClaimStore } from '../store/claim-store';
import { requireRole, type AuthVariables } from '../auth/require-role';
import { runImport } from '../import/run-import';
import { issuesFromZod } from '../../src/contract/issues-from-zod';
import { apiError } from './api-error';
import { jsonAnswer } from './json-answer';

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');
export const ImportQuerySchema = z.object({
  mode: z.enum(['all-or-nothing', 'per-row']).default('all-or-nothing'),
  dryRun: flag,
  overwrite: flag,
  acceptAboveCeiling: flag,
});

/** POST /api/imports: JSON claims, research notes or CSV; answers with a per-row report. */
export function importRoutes(store: ClaimStore) {
  return new Hono<{ Variables: AuthVariables }>().post('/imports', requireRole('analyst', 'admin'), async (c) => {
    const query = ImportQuerySchema.safeParse(c.req.query());
    if (!query.success)
      return apiError(c, 400, 'invalid_query', 'Invalid import options.', issuesFromZod(query.error, c.req.query()));
    const body = await c.req.text();
    if (body.trim() === '')
      return apiError(c, 400, 'empty_body', 'Send the file to import as the request body.', undefined, '(file)');
    const outcome = await runImport(store, c.req.header('content-type') ?? '', body, {
      ...query.data,
      by: c.get('user')?.name ?? 'import',
    });
    if (!outcome.ok)
      return apiError(c, 400, outcome.issue.code, outcome.issue.message, [outcome.issue], outcome.issue.field);
    const { report } = outcome;
    // A refused all-or-nothing import is 422; a dry run is a report, always 200.
    const status = !report.dryRun && report.counts.refused > 0 && !report.committed ? 422 : 200;
    return jsonAnswer(c, report, status);
  });
}
