import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { z } from '@/contract/zod-mini';
import { apiGet, apiGetList, type RejectedRecord } from '../api-client';
import { ClaimSchema, type Claim } from '@/contract/claim-schema';
import type { ClaimFilters } from '@/contract/claim-filters';
import { claimFiltersToParams } from '@/contract/claim-filter-params';
import { MAX_IDS } from '@/contract/claim-list-params';
import { ComparisonResponseSchema, type CompareWindow } from '@/contract/claim-comparison';
import { ClaimSummaryResponseSchema } from '@/contract/claim-summary';

/** A list of claims as the dashboard holds it: the valid records, those set aside with a reason, and the total. */
export type ClaimList = Awaited<ReturnType<ReturnType<typeof claimQueries.list>['queryFn'] & object>>;

const ListMetaSchema = z.object({
  total: z.number().check(z.int(), z.nonnegative()),
  // Absent from an API that answers in one page (it then holds every claim the filters keep).
  matched: z.optional(z.number().check(z.int(), z.nonnegative())),
  nextCursor: z.optional(z.nullable(z.string())),
});
type ListMeta = z.infer<typeof ListMetaSchema>;

/**
 * A filtered list of at most this many claims is loaded whole: the charts draw its claims, and a filter change
 * repaints from it at once. Above it the charts draw from the summary (GET /api/claims/summary) and the table
 * loads page by page as it scrolls: a hundred thousand claims are neither drawn one by one nor held in the page.
 */
export const LOAD_WHOLE_LIST_AT_MOST = 2000;

/** The page size of the table's pages when the list is not loaded whole. */
export const TABLE_PAGE_SIZE = 200;

/** At most this many pages for one list: a cursor that never ends is the API's fault, not a reason to loop. */
const MAX_PAGES = 10_000;

/** The page of GET /api/claims after `cursor` (the first when null), of `limit` claims (the API's default when absent). */
function fetchPage(
  params: URLSearchParams,
  cursor: string | null,
  signal: AbortSignal,
  limit?: number,
  itemsWanted?: (meta: ListMeta) => boolean,
) {
  const asked = new URLSearchParams(params);
  if (limit !== undefined) asked.set('limit', String(limit));
  if (cursor) asked.set('cursor', cursor);
  return apiGetList('/claims', {
    key: 'claims',
    item: ClaimSchema,
    meta: ListMetaSchema,
    params: asked,
    signal,
    itemsWanted,
  });
}

/**
 * Every page of GET /api/claims for `params`, following the API's cursors (claim-pages.ts), as one list: the valid
 * records, those set aside with a reason, the total and how many the filters keep. When the first page says that
 * more than `atMost` claims match, it stops there: `complete` is false and `claims` is empty (that page's claims are
 * not even checked: the charts draw from the summary, the table loads its own pages).
 */
async function allPages(params: URLSearchParams, signal: AbortSignal, atMost = Number.POSITIVE_INFINITY) {
  const claims: Claim[] = [];
  const rejected: RejectedRecord[] = [];
  let total = 0;
  let matched: number | null = null;
  let complete = true;
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await fetchPage(params, cursor, signal, undefined, (meta) => !tooMany(meta.matched, atMost));
    // A record's index counts from the first page's first record.
    const before = claims.length + rejected.length;
    for (const claim of answer.items) claims.push(claim);
    for (const record of answer.rejected) rejected.push({ ...record, index: before + record.index });
    total = answer.meta.total;
    matched ??= answer.meta.matched ?? null;
    cursor = answer.meta.nextCursor ?? null;
    if (!cursor) break;
    if (tooMany(matched, atMost)) {
      complete = false;
      break;
    }
  }
  return { claims, rejected, total, matched: complete ? claims.length + rejected.length : (matched ?? 0), complete };
}

const tooMany = (matched: number | null | undefined, atMost: number) =>
  matched !== null && matched !== undefined && matched > atMost;

/** One page of GET /api/claims (the table's infinite scroll). */
async function onePage(params: URLSearchParams, cursor: string | null, signal: AbortSignal) {
  const answer = await fetchPage(params, cursor, signal, TABLE_PAGE_SIZE);
  return {
    claims: answer.items,
    rejected: answer.rejected,
    total: answer.meta.total,
    matched: answer.meta.matched ?? answer.items.length + answer.rejected.length,
    nextCursor: answer.meta.nextCursor ?? null,
  };
}

/** Query options for claims, keyed from general to specific: all -> lists -> list(filters) -> detail(id). */
export const claimQueries = {
  all: () => ['claims'] as const,
  lists: () => [...claimQueries.all(), 'list'] as const,
  list: (filters: ClaimFilters) =>
    queryOptions({
      queryKey: [...claimQueries.lists(), claimFiltersToParams(filters).toString()] as const,
      // Deep-comparing thousands of claims with the previous list on every filter change costs more than it saves;
      // useClaimList keeps the drawn array itself when an answer holds the same claims.
      structuralSharing: false,
      queryFn: ({ signal }) => allPages(claimFiltersToParams(filters), signal, LOAD_WHOLE_LIST_AT_MOST),
    }),
  /** The filtered claims page by page, in the API's order (oldest first): the table of a list too long to load whole. */
  pages: (filters: ClaimFilters) => {
    const params = claimFiltersToParams(filters);
    return infiniteQueryOptions({
      queryKey: [...claimQueries.lists(), 'pages', params.toString()] as const,
      queryFn: ({ signal, pageParam }) => onePage(params, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
    });
  },
  /** What the charts draw for the filters when the list is too long to load whole: groups per chart (ADR 007). */
  summary: (filters: ClaimFilters) => {
    const params = claimFiltersToParams(filters);
    return queryOptions({
      queryKey: [...claimQueries.lists(), 'summary', params.toString()] as const,
      queryFn: ({ signal }) => apiGet('/claims/summary', ClaimSummaryResponseSchema, { params, signal }),
    });
  },
  /** The claims with these ids (a panel's linked claims), whatever the view's filters: one request, not the list. */
  byIds: (ids: readonly string[]) => {
    const sorted = [...new Set(ids)].sort().slice(0, MAX_IDS);
    return queryOptions({
      // Under lists(): a write that invalidates the lists refreshes these too.
      queryKey: [...claimQueries.lists(), 'by-ids', sorted.join(',')] as const,
      queryFn: ({ signal }) => allPages(new URLSearchParams(sorted.map((id) => ['id', id])), signal),
    });
  },
  /** The compare view's periods for the filters' metric (else the busiest), grouped by the API (GET /api/claims/compare). */
  compare: (filters: ClaimFilters, window: CompareWindow) => {
    const params = claimFiltersToParams(filters);
    params.set('window', window);
    return queryOptions({
      // Under lists(): a write that invalidates the lists refreshes this too.
      queryKey: [...claimQueries.lists(), 'compare', params.toString()] as const,
      queryFn: ({ signal }) => apiGet('/claims/compare', ComparisonResponseSchema, { params, signal }),
    });
  },
  details: () => [...claimQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...claimQueries.details(), id] as const,
      queryFn: ({ signal }) => apiGet(`/claims/${encodeURIComponent(id)}`, ClaimSchema, { signal }),
    }),
};
