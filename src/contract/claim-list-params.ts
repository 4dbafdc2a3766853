import { parseClaimFilters, type FilterProblem } from './claim-filter-params';
import type { ClaimFilters } from './claim-filters';
import { ClaimIdSchema } from './claim-id-schema';
import { DEFAULT_LIMIT, MAX_LIMIT, readCursor } from './claim-pages';
import { readWholeNumber } from './query-number';

/** At most this many ids in one GET /api/claims?id=…: a panel's linked claims, never the whole store. */
export const MAX_IDS = 1000;

/**
 * Reads GET /api/claims' query: the filters; `id` (repeatable, or comma-separated), which keeps only the claims
 * with those ids (sorted and once); `limit` and `cursor`, the page (claim-pages.ts). These are the API's alone:
 * the page's links do not take them.
 */
export function parseClaimListParams(params: URLSearchParams): {
  filters: ClaimFilters;
  ids: string[] | null;
  limit: number;
  cursor: ReturnType<typeof readCursor>;
  problems: FilterProblem[];
} {
  const { filters, problems } = parseClaimFilters(params, ['id', 'limit', 'cursor']);
  const { limit, cursor } = readPage(params, problems);
  return { filters, ids: readIds(params, problems), limit, cursor, problems };
}

function readPage(params: URLSearchParams, problems: FilterProblem[]) {
  const limit = readWholeNumber(
    params,
    'limit',
    { min: 1, max: MAX_LIMIT, digits: 4, fallback: DEFAULT_LIMIT },
    problems,
  );
  let cursor: ReturnType<typeof readCursor> = null;
  const cursors = params.getAll('cursor');
  if (cursors.length > 0) {
    cursor = cursors.length === 1 ? readCursor(cursors[0] ?? '') : null;
    if (!cursor)
      problems.push({
        param: 'cursor',
        value: cursors.join(',').slice(0, 80),
        reason: 'Not a cursor this API gave (use nextCursor from the page before)',
      });
  }
  return { limit, cursor };
}

function readIds(params: URLSearchParams, problems: FilterProblem[]): string[] | null {
  if (!params.has('id')) return null;
  const ids = new Set<string>();
  for (const value of params.getAll('id').flatMap((v) => v.split(','))) {
    if (value === '') continue;
    const ok = ClaimIdSchema.safeParse(value);
    if (ok.success) ids.add(value);
    else problems.push({ param: 'id', value, reason: ok.error.issues[0]?.message ?? 'Invalid claim id' });
  }
  if (ids.size > MAX_IDS)
    problems.push({ param: 'id', value: `${ids.size} ids`, reason: `At most ${MAX_IDS} ids in one request` });
  return [...ids].sort();
}

/** The claims whose ids are listed (all of them when `ids` is null), in their order. */
export function keepIds<T extends { id: string }>(claims: T[], ids: readonly string[] | null): T[] {
  if (ids === null) return claims;
  const wanted = new Set(ids);
  return claims.filter((claim) => wanted.has(claim.id));
}
