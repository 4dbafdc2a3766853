import { describe, expect, it, vi } from 'vitest';
import { dehydrate, QueryObserver } from '@tanstack/react-query';
import { createQueryClient } from '../query-client';
import { createPageQueryClient } from '../app';
import type { PageState } from './page-state';

const LIST_KEY = ['claims', 'list', ''];
const TEN_MINUTES = 10 * 60_000;

/** A page the server rendered ten minutes ago (kept in its page cache since), with one list and one failed read. */
function pageRenderedLongAgo(): PageState {
  const server = createQueryClient();
  server.setQueryData(LIST_KEY, { claims: [], rejected: [], total: 0 }, { updatedAt: Date.now() - TEN_MINUTES });
  return { url: '/', plotWidth: 640, phone: false, queries: dehydrate(server) };
}

/** Mounts a component's view of the list, as the dashboard does, and says whether that asked the API again. */
function refetchesOnMount(client: ReturnType<typeof createPageQueryClient>): boolean {
  const queryFn = vi.fn(async () => ({ claims: [], rejected: [], total: 0 }));
  const observer = new QueryObserver(client, { queryKey: LIST_KEY, queryFn });
  const unsubscribe = observer.subscribe(() => undefined);
  unsubscribe();
  return queryFn.mock.calls.length > 0;
}

describe('createPageQueryClient', () => {
  it('holds the page’s data as fetched when the page was served: hydrating asks for none of it again', () => {
    const client = createPageQueryClient(pageRenderedLongAgo());
    expect(client.getQueryData(LIST_KEY)).toEqual({ claims: [], rejected: [], total: 0 });
    expect(refetchesOnMount(client)).toBe(false);
  });

  it('keeps the render’s own time when told the data may be out of date (a demo tab with a fault scenario)', () => {
    expect(refetchesOnMount(createPageQueryClient(pageRenderedLongAgo(), null))).toBe(true);
  });

  it('gives a query that had no data no time of data', () => {
    const state = pageRenderedLongAgo();
    const empty = { ...state.queries.queries[0]!, queryHash: '["other"]', queryKey: ['other'] };
    const withEmpty = {
      ...state,
      queries: {
        ...state.queries,
        queries: [...state.queries.queries, { ...empty, state: { ...empty.state, data: undefined, dataUpdatedAt: 0 } }],
      },
    };
    const client = createPageQueryClient(withEmpty, 1234);
    expect(client.getQueryState(['other'])?.dataUpdatedAt ?? 0).toBe(0);
    expect(client.getQueryState(LIST_KEY)?.dataUpdatedAt).toBe(1234);
  });
});
