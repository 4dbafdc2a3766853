import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { BriefingListResponseSchema, BriefingSchema } from '@/contract/briefing-schema';

export const briefingQueries = {
  all: () => ['briefings'] as const,
  list: () =>
    queryOptions({
      queryKey: [...briefingQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiGet('/briefings', BriefingListResponseSchema, { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...briefingQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiGet(`/briefings/${encodeURIComponent(id)}`, BriefingSchema, { signal }),
    }),
};
