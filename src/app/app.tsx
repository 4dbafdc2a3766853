import { useEffect, useState } from 'react';
import { hydrate, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { useAuthActions } from '@/stores/auth-store';
import { useThemeActions } from '@/stores/theme-store';
import { createQueryClient } from './query-client';
import { createRouter } from './router';
import { AppProviders } from './app-providers';
import type { PageState } from './render/page-state';
import { queriesAsServedAt } from './render/page-queries';
import { replayEarlyInput } from './render/replay-early-input';

/** The performance mark set once the app has rendered or hydrated its first view and handles input. */
export const INTERACTIVE_MARK = 'claimwatch:interactive';

/**
 * A query client holding the data of the server's page, if any, as fetched at `servedAt` (the page's data is current
 * when it is served: see queriesAsServedAt). Null keeps the times of the render: data the page may not agree with.
 */
export function createPageQueryClient(pageState: PageState | null, servedAt: number | null = Date.now()): QueryClient {
  const client = createQueryClient();
  if (pageState)
    hydrate(client, servedAt === null ? pageState.queries : queriesAsServedAt(pageState.queries, servedAt));
  return client;
}

interface AppProps {
  /** When it hydrates a page the server rendered: the data and hints it used. */
  pageState?: PageState | null;
  /** Made before rendering (in tasks of their own when hydrating: main.tsx), else made here. */
  queryClient?: QueryClient;
  router?: ReturnType<typeof createRouter>;
}

/** The app in the browser. */
export function App({ pageState = null, ...made }: AppProps) {
  const [queryClient] = useState(() => made.queryClient ?? createPageQueryClient(pageState));
  const [router] = useState(() => made.router ?? createRouter());
  const [hints] = useState(() => (pageState ? { plotWidth: pageState.plotWidth, phone: pageState.phone } : null));
  const { tokenRestored } = useAuthActions();
  const { choiceRestored } = useThemeActions();
  // Runs after every component's own effects of the first commit: hydration is over, the tab's own state shows.
  useEffect(() => {
    tokenRestored();
    choiceRestored();
    // For tests and benchmarks: the page is interactive from here (`<html data-interactive>`, a performance mark).
    document.documentElement.dataset.interactive = 'true';
    performance.mark(INTERACTIVE_MARK, { detail: { hydrated: pageState !== null } });
    // What the reader did before the app took over (the loader recorded it) now reaches the app.
    void replayEarlyInput();
  }, [tokenRestored, choiceRestored, pageState]);
  return (
    <AppProviders queryClient={queryClient} hints={hints}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
