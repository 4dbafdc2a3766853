import { Hono } from 'hono';
import { BriefingIdSchema, BriefingSchema } from '../../src/contract/briefing-schema';
import type { ClaimStore } from '../store/claim-store';
import { requireRole, type AuthVariables } from '../auth/require-role';
import { issuesFromZod } from '../../src/contract/issues-from-zod';
import { apiError } from './api-error';
import { jsonAnswer } from './json-answer';
import { revalidated } from './read-etag';

/** Briefings: read like claims, written by analysts and admins (same auth rules). */
export function briefingRoutes(store: ClaimStore) {
  return new Hono<{ Variables: AuthVariables }>()
    .get(
      '/briefings',
      async (c) => (await revalidated(c, store)) ?? jsonAnswer(c, { briefings: await store.briefings.list() }),
    )
    .get('/briefings/:id', async (c) => {
      const unchanged = await revalidated(c, store);
      if (unchanged) return unchanged;
      const briefing = await store.briefings.get(c.req.param('id'));
      return briefing
        ? jsonAnswer(c, briefing)
        : apiError(c, 404, 'not_found', `No briefing has the id "${c.req.param('id')}".`);
    })
    .put('/briefings/:id', requireRole('analyst', 'admin'), async (c) => {
      const id = BriefingIdSchema.safeParse(c.req.param('id'));
      if (!id.success)
        return apiError(c, 400, 'invalid_id', 'Invalid briefing id.', issuesFromZod(id.error, c.req.param('id')));
      const raw: unknown = await c.req.json().catch(() => undefined);
      const body = BriefingSchema.safeParse(raw);
      if (!body.success)
        return apiError(
          c,
          400,
          'invalid_body',
          'The briefing does not match the contract.',
          issuesFromZod(body.error, raw),
        );
      await store.briefings.save(id.data, body.data, c.get('user')?.name ?? 'unknown');
      return jsonAnswer(c, await store.briefings.get(id.data));
    });
}
