import { Hono } from 'hono';
import { z } from 'zod';
import type { ClaimStore } from '../store/claim-store';
import { requireRole, type AuthVariables } from '../auth/require-role';
import { detectFormat, runImport } from '../import/run-import';
import { apiError, zodIssues } from './api-error';

const ImportQuerySchema = z.object({
  mode: z.enum(['all-or-nothing', 'per-row']).default('all-or-nothing'),
  dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

/** POST /api/imports: JSON claims, research notes or CSV; answers with a per-row report. */
export function importRoutes(store: ClaimStore) {
  return new Hono<{ Variables: AuthVariables }>().post('/imports', requireRole('analyst', 'admin'), async (c) => {
    const query = ImportQuerySchema.safeParse(c.req.query());
    if (!query.success) return apiError(c, 400, 'invalid_query', 'Invalid import options.', zodIssues(query.error));
    const body = await c.req.text();
    if (body.trim() === '') return apiError(c, 400, 'empty_body', 'Send the file to import as the request body.');
    const report = runImport(store, detectFormat(c.req.header('content-type') ?? '', body), body, { ...query.data, by: c.get('user')?.name ?? 'import' });
    // A refused all-or-nothing import is 422; a dry run is a report, always 200.
    const status = !report.dryRun && report.counts.rejected > 0 && !report.committed ? 422 : 200;
    return c.json(report, status);
  });
}
