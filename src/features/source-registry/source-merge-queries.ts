import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiGetList, apiSend } from '@/api/api-client';
import { claimQueries } from '@/api/queries/claim-queries';
import { sourceQueries } from '@/api/queries/reference-queries';
import { SourceMergeSchema, type SourceMergeRequest } from '@/contract/source-schema';
import { z } from '@/contract/zod-mini';

const NoMeta = z.object({});

/**
 * The recorded merges (GET /api/sources/merges, `{ merges: [...] }`), under the sources' key so
 * that invalidating the sources refreshes them too. Not retried: a server without merges (the mock
 * API answers 501) will not grow them on a second try, and the page offers "Try again".
 */
export const sourceMergeQueries = {
  all: () => ['sources', 'merges'] as const,
  list: () =>
    queryOptions({
      queryKey: [...sourceMergeQueries.all(), 'list'] as const,
      queryFn: async ({ signal }) => {
        const { items, rejected } = await apiGetList('/sources/merges', {
          key: 'merges',
          item: SourceMergeSchema,
          meta: NoMeta,
          signal,
        });
        return { merges: items, rejected };
      },
      retry: false,
    }),
};

/** POST /api/sources/merge; on success the sources, their merges and every claim view are refetched. */
export function useMergeSources() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SourceMergeRequest) => apiSend('POST', '/sources/merge', SourceMergeSchema, request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: sourceQueries.list().queryKey });
      void queryClient.invalidateQueries({ queryKey: sourceMergeQueries.all() });
      void queryClient.invalidateQueries({ queryKey: claimQueries.all() });
    },
  });
}
