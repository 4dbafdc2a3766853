import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './app-shell';
import { paths } from './paths';
import { DashboardLayout } from './routes/dashboard-layout';
import { DashboardRoute } from './routes/dashboard-route';
import { TableRoute } from './routes/table-route';
import { CompareRoute } from './routes/compare-route';
import { NotFoundRoute } from './routes/not-found-route';

/** The route tree, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
    {
      Component: AppShell,
      children: [
        {
          Component: DashboardLayout,
          children: [
            { path: paths.charts, Component: DashboardRoute },
            { path: paths.table, Component: TableRoute },
            { path: paths.compare, Component: CompareRoute },
          ],
        },
        { path: '*', Component: NotFoundRoute },
      ],
    },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
