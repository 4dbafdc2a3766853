import type { DehydratedState } from '@tanstack/react-query';

/**
 * The page's queries as fetched when the page was served. The server renders from the data as it is when it serves
 * the page (its page cache is keyed by the data's version; the demo's mock API starts from the very dataset the page
 * was prerendered with), so a page rendered minutes or a build ago holds current data. Left with the time of its
 * render, it would read as stale and be fetched again right after hydrating: one request, and every chart redrawn
 * in one long task.
 */
export function queriesAsServedAt(state: DehydratedState, servedAt: number): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      // A query without data (0) stays without.
      state: { ...query.state, dataUpdatedAt: query.state.dataUpdatedAt && servedAt },
    })),
  };
}
