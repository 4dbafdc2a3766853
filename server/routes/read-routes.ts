import { Hono } from 'hono';
import { claimFiltersToParams, filterProblemIssues, parseClaimFilters } from '../../src/contract/claim-filter-params';
import { buildOpenApiDocument } from '../../src/contract/openapi';
import { canonicalSourceParams } from '../../src/contract/sources/resolve-source';
import { withSourceIds } from '../../src/contract/sources/resolve-claim-sources';
import { derivedClaim } from '../../src/contract/origins/origin-answers';
import { selectWithOrigins } from '../../src/contract/origins/select-with-origins';
import type { Claim } from '../../src/contract/claim-schema';
import type { ClaimStore } from '../store/claim-store';
import type { AuthVariables } from '../auth/require-role';
import { apiError } from './api-error';
import type { ClaimListCache } from './claim-list-cache';

/** The read side of the contract, with the same filter schema and semantics as the mock API. */
export function readRoutes(store: ClaimStore, cache: ClaimListCache) {
  return new Hono<{ Variables: AuthVariables }>()
    .get('/claims', (c) => {
      const { filters, problems } = parseClaimFilters(new URL(c.req.url).searchParams);
      if (problems.length > 0) {
        return apiError(
          c,
          400,
          'invalid_filters',
          'Some filter parameters are invalid.',
          filterProblemIssues(problems),
        );
      }
      // Old links name the organisation as written: select by entity id. A claim stored without
      // one (edited through a form that does not send it) is matched by what its organisation resolves to.
      const registry = filters.source.length > 0 ? store.listSources() : [];
      if (filters.source.length > 0) filters.source = canonicalSourceParams(filters.source, registry);
      const linked = (claims: Claim[]) => (filters.source.length > 0 ? withSourceIds(claims, registry).claims : claims);
      const body = cache.answer(claimFiltersToParams(filters).toString(), (view) => ({
        // The stored claims are derived again only for an answer as known on `asof`.
        claims: selectWithOrigins(filters.asof ? linked(view.raw) : view.raw, linked(view.claims), view, filters),
        total: view.claims.length,
      }));
      return c.body(body, 200, { 'content-type': 'application/json' });
    })
    .get('/claims/:id', (c) => {
      const claim = derivedClaim(cache.view(), c.req.param('id'));
      return claim ? c.json(claim) : apiError(c, 404, 'not_found', `No claim has the id "${c.req.param('id')}".`);
    })
    .get('/metrics', (c) => c.json({ metrics: store.listMetrics() }))
    .get('/events', (c) => c.json({ events: store.listEvents() }))
    .get('/openapi.json', (c) => c.json(buildOpenApiDocument()))
    .get('/session', (c) => c.json({ writes: true, user: c.get('user') }));
}
