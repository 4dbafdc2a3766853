import { matchRoutes, type RouteObject } from 'react-router';

/**
 * Loads the code of the lazy routes that match `location` and puts it on the route objects, so that the router's
 * first render (the one that hydrates the server's HTML) draws the route rather than waiting for its code.
 */
export async function preloadRouteCode(routes: RouteObject[], location: Location): Promise<void> {
  const matches = matchRoutes(routes, location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}
