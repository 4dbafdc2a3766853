import { Hono } from 'hono';
import { claimFiltersToParams, parseClaimFilters } from '../../src/api/claim-filters';
import { selectClaims } from '../../src/api/select-claims';
import { buildOpenApiDocument } from '../../src/api/openapi';
import { sourceSummaries } from '../../src/api/source-summaries';
import type { ClaimStore } from '../store/claim-store';
import type { AuthVariables } from '../auth/require-role';
import { apiError } from './api-error';
import { createClaimListCache } from './claim-list-cache';

/** The read side of the contract, with the same filter schema and semantics as the mock API. */
export function readRoutes(store: ClaimStore) {
  const cache = createClaimListCache(store);
  return new Hono<{ Variables: AuthVariables }>()
    .get('/claims', (c) => {
      const { filters, problems } = parseClaimFilters(new URL(c.req.url).searchParams);
      if (problems.length > 0) {
        return apiError(c, 400, 'invalid_filters', 'Some filter parameters are invalid.', problems.map((p) => ({ path: p.param, message: `${p.reason} (got "${p.value}")` })));
      }
      const body = cache.answer(claimFiltersToParams(filters).toString(), (claims) => ({ claims: selectClaims(claims, filters), total: claims.length }));
      return c.body(body, 200, { 'content-type': 'application/json' });
    })
    .get('/claims/:id', (c) => {
      const claim = store.getClaim(c.req.param('id'));
      return claim ? c.json(claim) : apiError(c, 404, 'not_found', `No claim has the id "${c.req.param('id')}".`);
    })
    .get('/metrics', (c) => c.json({ metrics: store.listMetrics() }))
    .get('/events', (c) => c.json({ events: store.listEvents() }))
    .get('/sources', (c) => c.body(cache.answer('sources', (claims) => ({ sources: sourceSummaries(claims) })), 200, { 'content-type': 'application/json' }))
    .get('/openapi.json', (c) => c.json(buildOpenApiDocument()))
    .get('/session', (c) => c.json({ writes: true, user: c.get('user') }));
}
