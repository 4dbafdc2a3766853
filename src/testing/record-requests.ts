import type { SetupServer } from 'msw/node';

/**
 * Records the address of every request the mock API's Node server sees from here on, for a test to say what was
 * asked; `stop()` ends it. Give it the test's server (mocks/node.ts).
 */
export function recordRequests(server: SetupServer) {
  const urls: URL[] = [];
  const record = ({ request }: { request: Request }) => void urls.push(new URL(request.url));
  server.events.on('request:start', record);
  return {
    urls,
    /** The requests for one API path, e.g. "/api/claims". */
    to: (pathname: string) => urls.filter((url) => url.pathname === pathname),
    stop: () => server.events.removeListener('request:start', record),
  };
}
