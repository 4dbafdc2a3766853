import { parseClaimFilters, type FilterProblem } from './claim-filter-params';
import type { ClaimFilters } from './claim-filters';
import { ClaimIdSchema } from './claim-id-schema';

/** At most this many ids in one GET /api/claims?id=…: a panel's linked claims, never the whole store. */
export const MAX_IDS = 1000;

/**
 * Reads GET /api/claims' query: the filters, and `id` (repeatable, or comma-separated), which keeps only the
 * claims with those ids. `id` is the API's alone: the page's links do not take it. Ids come back sorted and once.
 */
export function parseClaimListParams(params: URLSearchParams): {
  filters: ClaimFilters;
  ids: string[] | null;
  problems: FilterProblem[];
} {
  const { filters, problems } = parseClaimFilters(params, ['id']);
  if (!params.has('id')) return { filters, ids: null, problems };
  const ids = new Set<string>();
  for (const value of params.getAll('id').flatMap((v) => v.split(','))) {
    if (value === '') continue;
    const ok = ClaimIdSchema.safeParse(value);
    if (ok.success) ids.add(value);
    else problems.push({ param: 'id', value, reason: ok.error.issues[0]?.message ?? 'Invalid claim id' });
  }
  if (ids.size > MAX_IDS)
    problems.push({ param: 'id', value: `${ids.size} ids`, reason: `At most ${MAX_IDS} ids in one request` });
  return { filters, ids: [...ids].sort(), problems };
}

/** The claims whose ids are listed (all of them when `ids` is null), in their order. */
export function keepIds<T extends { id: string }>(claims: T[], ids: readonly string[] | null): T[] {
  if (ids === null) return claims;
  const wanted = new Set(ids);
  return claims.filter((claim) => wanted.has(claim.id));
}
