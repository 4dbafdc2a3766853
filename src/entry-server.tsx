import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { dehydrate, type Query, type QueryClient } from '@tanstack/react-query';
import { configureApiTransport } from '@/api/api-connection';
import { createQueryClient } from '@/app/query-client';
import { routes } from '@/app/router';
import { AppProviders } from '@/app/app-providers';
import { pageStateJson, type PageState } from '@/app/render/page-state';
import { DESKTOP_PLOT_WIDTH, type RenderHints } from '@/contract/server-render';
import { localeOfSearch, type Locale } from '@/contract/locale';
import { activateLocale } from '@/i18n/locale-store';
import { loadCatalogue } from '@/i18n/load-catalogue';
import type { Catalogue } from '@/i18n/catalogues/en';

/*
 * The server's render of a page: the same route tree and components as the browser, with the data fetched from the
 * API in the same process. Rendered until no query is left to fetch (a view may ask for data only once other data
 * has come), at most a few passes; the cache it used travels in the page as JSON for the bundle to hydrate with.
 */

export interface RenderedPage {
  /** The markup of #root. */
  html: string;
  /** The page state, escaped for a <script type="application/json">. */
  stateJson: string;
  status: number;
}

const MAX_PASSES = 4;

/** Sends the app's API requests to the API itself (`send`: the server's fetch handler, or the mock's). */
export function sendApiRequestsTo(send: (request: Request) => Promise<Response>): void {
  configureApiTransport((input, init) => send(new Request(input, init)));
}

/** Server HTML still holding a Suspense boundary the render could not finish (React's markers for it). */
const unfinished = (html: string) => html.includes('<!--$!') || html.includes('<!--$?');

/**
 * The markup, with every lazy component's code in: renderToString leaves no inline script (the CSP allows none).
 * A component whose code is not loaded yet suspends once; its import finishes within a tick and the render is redone.
 */
async function renderToHtml(element: ReactNode, locale: Locale, messages: Partial<Catalogue>): Promise<string> {
  // Renders of other addresses run between these passes: each pass sets its own language first (renderToString
  // is synchronous, so none can change it midway).
  const render = () => {
    activateLocale(locale, messages);
    return renderToString(element);
  };
  let html = render();
  // Each lazy module loads once per process; a busy machine may take a while: up to about 2.5 s in all.
  for (let delay = 5; delay <= 1280 && unfinished(html); delay *= 2) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    html = render();
  }
  return html;
}

/** A query a component asked for with `enabled: false` waits for something the server will not do. */
const enabled = (query: Query): boolean => !('enabled' in query.options) || query.options.enabled !== false;

/** The queries a render asked for that have neither data nor an error yet. */
function waiting(client: QueryClient): Query[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.status === 'pending' && enabled(q));
}

/** Says on the server's log why a page is left to the browser, and leaves it (null). */
function skipped(url: string, why: string): null {
  console.warn(`Server render of ${url} skipped (the browser renders it): ${why}`);
  return null;
}

/**
 * Renders `url` (path and query) as the browser would show it at first. Null when the page cannot be rendered with
 * its data (the API refused or failed a read): the browser then renders it alone, as a page without a server would.
 */
export async function renderPage(url: string, hints: RenderHints): Promise<RenderedPage | null> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(url, 'http://localhost')));
  if (context instanceof Response) return null;
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createStaticRouter(handler.dataRoutes, context);
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient} hints={hints}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>
  );
  const locale = localeOfSearch(new URL(url, 'http://localhost').search);
  const messages = await loadCatalogue(locale);
  let html = await renderToHtml(app, locale, messages);
  for (let pass = 1; pass < MAX_PASSES; pass += 1) {
    const queries = waiting(queryClient);
    if (queries.length === 0) break;
    await Promise.all(queries.map((q) => q.fetch().catch(() => undefined)));
    const failed = queryClient
      .getQueryCache()
      .getAll()
      .find((q) => q.state.status === 'error');
    if (failed)
      return skipped(url, `the API failed ${JSON.stringify(failed.queryKey)}: ${failed.state.error?.message}`);
    html = await renderToHtml(app, locale, messages);
  }
  const still = waiting(queryClient);
  if (still.length > 0) return skipped(url, `queries still waiting: ${still.map((q) => JSON.stringify(q.queryKey))}`);
  if (unfinished(html)) return skipped(url, 'a lazy component had not loaded');
  const state: PageState = { url, plotWidth: hints.plotWidth, phone: hints.phone, queries: dehydrate(queryClient) };
  return { html, stateJson: pageStateJson(state), status: context.statusCode };
}

/**
 * The static demo's default view, rendered at build time with the default dataset through the mock API's own
 * handlers (msw in Node), for its index.html, at a desktop's plot width: a phone redraws its charts at its width.
 */
export async function prerenderWithMockApi(): Promise<RenderedPage | null> {
  if (import.meta.env.VITE_API_MOCKING === 'disabled') return null;
  const { server } = await import('../mocks/node');
  server.listen({ onUnhandledRequest: 'error' });
  try {
    configureApiTransport((input, init) => fetch(input, init));
    // Filters folded, as on a phone: on a wide screen they unfold in their own column, which moves nothing else;
    // unfolding above a phone's charts would push them all down.
    return await renderPage('/', { plotWidth: DESKTOP_PLOT_WIDTH, phone: true });
  } finally {
    server.close();
  }
}
