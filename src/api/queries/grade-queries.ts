import { queryOptions } from '@tanstack/react-query';
import { GradeCountsResponseSchema } from '@/contract/grade-counts';
import { apiGet } from '../api-client';
import { claimQueries } from './claim-queries';

/** How many claims have each grade (GET /api/claims/grades), as known on `asof` when given. */
export const gradeQueries = {
  counts: (asof: string | undefined) =>
    queryOptions({
      // Under the claim lists: a write that invalidates them (a grade or state change, an edit) refreshes these too.
      queryKey: [...claimQueries.lists(), 'grades', asof ?? ''] as const,
      queryFn: ({ signal }) =>
        apiGet('/claims/grades', GradeCountsResponseSchema, {
          params: new URLSearchParams(asof ? { asof } : {}),
          signal,
        }),
    }),
};
