import { Hono } from 'hono';
import { SourceMergeRequestSchema } from '../../src/contract/source-schema';
import { sourceSummaries } from '../../src/contract/source-summaries';
import { issue } from '../../src/contract/issue-schema';
import { SourceMergeError, type ClaimStore } from '../store/claim-store';
import { requireRole, type AuthVariables } from '../auth/require-role';
import { issuesFromZod } from '../../src/contract/issues-from-zod';
import { apiError } from './api-error';
import { jsonAnswer } from './json-answer';
import type { ClaimListCache } from './claim-list-cache';
import { sendAnswer } from './cached-answer';
import { revalidated } from './read-etag';

/** The source registry: entities with claim counts, the merges made, and merging (analyst or admin). */
export function sourceRoutes(store: ClaimStore, cache: ClaimListCache) {
  return new Hono<{ Variables: AuthVariables }>()
    .get(
      '/sources',
      async (c) =>
        (await revalidated(c, store)) ??
        sendAnswer(
          c,
          await cache.answer('sources', (view) => ({ sources: sourceSummaries(view.claims, view.registry) })),
        ),
    )
    .get(
      '/sources/merges',
      async (c) => (await revalidated(c, store)) ?? jsonAnswer(c, { merges: await store.sources.listMerges() }),
    )
    .post('/sources/merge', requireRole('analyst', 'admin'), async (c) => {
      const raw: unknown = await c.req.json().catch(() => undefined);
      if (raw === undefined) return apiError(c, 400, 'invalid_json', 'The request body must be JSON.');
      const parsed = SourceMergeRequestSchema.safeParse(raw);
      if (!parsed.success)
        return apiError(
          c,
          400,
          'invalid_body',
          'The merge request does not match the contract.',
          issuesFromZod(parsed.error),
        );
      try {
        return jsonAnswer(c, await store.sources.merge(parsed.data, c.get('user')?.name ?? 'unknown'));
      } catch (error) {
        if (!(error instanceof SourceMergeError)) throw error;
        return apiError(
          c,
          error.code === 'same_source' ? 400 : 404,
          error.code,
          error.message,
          [issue(error.field, error.code, error.message)],
          error.field,
        );
      }
    });
}
