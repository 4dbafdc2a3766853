import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './app-shell';
import { paths } from '@/config/paths';
import { loadPageMessages, type PageNamespace } from '@/i18n/page-messages';
import { DashboardLayout } from './routes/dashboard-layout';
import { DashboardRoute } from './routes/dashboard-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RouteError } from './routes/route-error';

/** A page's code, once its messages in the page's language have loaded too. */
async function withMessages<T>(namespace: PageNamespace, code: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([code, loadPageMessages(namespace)]);
  return loaded;
}

/** The route tree, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    Component: AppShell,
    ErrorBoundary: RouteError,
    children: [
      {
        Component: DashboardLayout,
        children: [
          {
            // A view that fails to load or render is replaced by an error; the filters and tabs stay.
            ErrorBoundary: RouteError,
            children: [
              { path: paths.charts, Component: DashboardRoute },
              // Secondary views load on demand, keeping the first paint's JavaScript small.
              {
                path: paths.table,
                lazy: async () => ({ Component: (await import('./routes/table-route')).TableRoute }),
              },
              {
                path: paths.compare,
                lazy: async () => ({
                  Component: (await withMessages('compare', import('./routes/compare-route'))).CompareRoute,
                }),
              },
              {
                path: paths.newClaim,
                lazy: async () => ({
                  Component: (await withMessages('editor', import('./routes/claim-editor-route'))).ClaimEditorRoute,
                }),
              },
              {
                path: '/claims/:id/edit',
                lazy: async () => ({
                  Component: (await withMessages('editor', import('./routes/claim-editor-route'))).ClaimEditorRoute,
                }),
              },
              {
                path: paths.briefing,
                lazy: async () => ({ Component: (await import('./routes/briefing-route')).BriefingRoute }),
              },
              {
                path: paths.import,
                lazy: async () => ({
                  Component: (await withMessages('import', import('./routes/import-route'))).ImportRoute,
                }),
              },
              {
                path: paths.sources,
                lazy: async () => ({
                  Component: (await withMessages('sources', import('./routes/sources-route'))).SourcesRoute,
                }),
              },
            ],
          },
        ],
      },
      {
        path: paths.methodology,
        lazy: async () => ({
          Component: (await withMessages('methodology', import('./routes/methodology-route'))).MethodologyRoute,
        }),
      },
      { path: '*', Component: NotFoundRoute },
    ],
  },
  // An embed in another site's page: the charts, their keys and sources, a link back; none of the dashboard's frame.
  {
    path: paths.embed,
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('./routes/embed-route')).EmbedRoute }),
  },
  // Presentation: full screen, none of the dashboard's frame or controls.
  {
    path: paths.present,
    ErrorBoundary: RouteError,
    // A slide may be a compare view: the compare page's messages come with the presentation.
    lazy: async () => ({ Component: (await withMessages('compare', import('./routes/present-route'))).PresentRoute }),
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
