import { queryOptions } from '@tanstack/react-query';
import { z } from '@/contract/zod-mini';
import { apiGet, apiGetList } from '../api-client';
import { MetricSchema } from '@/contract/metric-schema';
import { EventSchema } from '@/contract/event-schema';
import { SourceListResponseSchema } from '@/contract/responses';

const NoMeta = z.object({});

/** Metrics, events and sources change rarely: they stay fresh for ten minutes. */
const REFERENCE_STALE_MS = 10 * 60 * 1000;

export const metricQueries = {
  list: () =>
    queryOptions({
      queryKey: ['metrics', 'list'] as const,
      queryFn: async ({ signal }) => {
        const { items, rejected } = await apiGetList('/metrics', {
          key: 'metrics',
          item: MetricSchema,
          meta: NoMeta,
          signal,
        });
        return { metrics: items, rejected };
      },
      staleTime: REFERENCE_STALE_MS,
    }),
};

export const eventQueries = {
  list: () =>
    queryOptions({
      queryKey: ['events', 'list'] as const,
      queryFn: async ({ signal }) => {
        const { items, rejected } = await apiGetList('/events', {
          key: 'events',
          item: EventSchema,
          meta: NoMeta,
          signal,
        });
        return { events: items, rejected };
      },
      staleTime: REFERENCE_STALE_MS,
    }),
};

export const sourceQueries = {
  list: () =>
    queryOptions({
      queryKey: ['sources', 'list'] as const,
      queryFn: ({ signal }) => apiGet('/sources', SourceListResponseSchema, { signal }),
      staleTime: REFERENCE_STALE_MS,
    }),
};
