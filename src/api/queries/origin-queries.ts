import { useCallback } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../api-client';
import { OriginListResponseSchema, OriginResponseSchema } from '@/contract/responses';
import type { OriginConfirmRequest, OriginMergeRequest, OriginSplitRequest } from '@/contract/origins/origin-schema';

/** Origins change with claims and with analysts' decisions: fresh for as long as the claim list. */
export const originQueries = {
  all: () => ['origins'] as const,
  list: () =>
    queryOptions({
      queryKey: ['origins', 'list'] as const,
      queryFn: ({ signal }) => apiGet('/origins', OriginListResponseSchema, { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['origins', 'detail', id] as const,
      queryFn: ({ signal }) => apiGet(`/origins/${encodeURIComponent(id)}`, OriginResponseSchema, { signal }),
    }),
};

/** The analyst's decisions (real API): each answers with the origin as it now stands. */
export const originDecisions = {
  merge: (body: OriginMergeRequest) => apiSend('POST', '/origins/merge', OriginResponseSchema, body),
  split: (id: string, body: OriginSplitRequest) =>
    apiSend('POST', `/origins/${encodeURIComponent(id)}/split`, OriginResponseSchema, body),
  confirm: (id: string, body: OriginConfirmRequest) =>
    apiSend('POST', `/origins/${encodeURIComponent(id)}/confirm`, OriginResponseSchema, body),
};

/**
 * A function naming each origin id by its label, for filter chips and summaries. The origins are
 * asked for only when `ids` holds some (an origin filter is on); until they load, or if they fail, it names none.
 */
export function useOriginLabel(ids: readonly string[]): (id: string) => string | undefined {
  const { data } = useQuery({ ...originQueries.list(), enabled: ids.length > 0 });
  return useCallback((id: string) => data?.origins.find((o) => o.id === id)?.label, [data]);
}
