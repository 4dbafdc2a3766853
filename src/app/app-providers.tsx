import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { RenderHints } from '@/contract/server-render';
import { RenderHintsProvider } from '@/lib/render-hints';

/** What every render of the app sits in, on the server and in the browser. */
export function AppProviders({
  queryClient,
  hints,
  children,
}: {
  queryClient: QueryClient;
  hints: RenderHints | null;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <RenderHintsProvider value={hints}>{children}</RenderHintsProvider>
    </QueryClientProvider>
  );
}
