import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ClaimStore } from './store/claim-store';
import type { ServerConfig } from './config';
import { identify, requireRole, type AuthVariables } from './auth/require-role';
import { readRoutes } from './routes/read-routes';
import { writeRoutes } from './routes/write-routes';
import { importRoutes } from './routes/import-routes';
import { briefingRoutes } from './routes/briefing-routes';
import { sourceRoutes } from './routes/source-routes';
import { originRoutes } from './routes/origin-routes';
import { embedRoutes } from './routes/embed-routes';
import { createClaimListCache } from './routes/claim-list-cache';
import { apiError } from './routes/api-error';
import { codeFingerprint } from './routes/code-fingerprint';
import { clientAddress, rateLimit } from './routes/rate-limit';
import { summaryThread, summaryThreadsPossible } from './summaries/summary-thread';
import { beginReading } from '../src/contract/recycled-arrays';

/** What the API's behaviour depends on; the rate limits default to off (for tests and in-process use). */
export type AppConfig = Pick<ServerConfig, 'CLAIMWATCH_READS' | 'CLAIMWATCH_BODY_LIMIT'> &
  Partial<
    Pick<
      ServerConfig,
      | 'CLAIMWATCH_READS_PER_MINUTE'
      | 'CLAIMWATCH_WRITES_PER_MINUTE'
      | 'CLAIMWATCH_TRUST_PROXY'
      | 'CLAIMWATCH_CACHE_BYTES'
      | 'CLAIMWATCH_SEARCH_INDEX_FROM'
      | 'CLAIMWATCH_SUMMARY_THREAD_FROM'
      | 'CLAIMWATCH_DATA_DIR'
      | 'CLAIMWATCH_DATABASE_URL'
    >
  >;

/** The claims API: the same contract as the mock, plus authenticated writes and imports. */
export function createApp(store: ClaimStore, config: AppConfig) {
  const api = new Hono<{ Variables: AuthVariables }>();
  // Hashed now rather than on the first read, which would wait for it.
  codeFingerprint();
  // Each request a reader of the view it is answered from: the arrays of a view retired meanwhile are not recycled
  // until it has been answered (recycled-arrays.ts).
  api.use('*', async (_c, next) => {
    const done = beginReading();
    try {
      await next();
    } finally {
      done();
    }
  });
  api.use(
    '*',
    bodyLimit({
      maxSize: config.CLAIMWATCH_BODY_LIMIT,
      onError: (c) =>
        apiError(c, 413, 'too_large', `The request body is larger than ${config.CLAIMWATCH_BODY_LIMIT} bytes.`),
    }),
  );
  const trustProxy = config.CLAIMWATCH_TRUST_PROXY ?? false;
  // Before the token is read: a client guessing tokens is limited like any other writer.
  api.on(
    ['POST', 'PUT', 'PATCH', 'DELETE'],
    '*',
    rateLimit({
      what: 'writes',
      perMinute: config.CLAIMWATCH_WRITES_PER_MINUTE ?? 0,
      clientOf: (c) => clientAddress(c, trustProxy),
    }),
  );
  api.use('*', identify(store));
  // Anonymous reads only: a signed-in reader is known by name, and answerable for what it asks.
  api.on(
    'GET',
    '*',
    rateLimit({
      what: 'reads',
      perMinute: config.CLAIMWATCH_READS_PER_MINUTE ?? 0,
      clientOf: (c) => (c.get('user') ? null : clientAddress(c, trustProxy)),
    }),
  );
  if (config.CLAIMWATCH_READS === 'token') api.on('GET', '*', requireRole('viewer', 'analyst', 'admin'));
  // One view of the claims for every route: derived (origins, corroboration) once per change of the store.
  const claims = createClaimListCache(store, config.CLAIMWATCH_CACHE_BYTES);
  const searchIndexFrom = config.CLAIMWATCH_SEARCH_INDEX_FROM ?? 20_000;
  // A second thread for large summaries, reading the same database (a server's own config names it; a test's not).
  const threadFrom = config.CLAIMWATCH_SUMMARY_THREAD_FROM ?? 0;
  const summaries =
    threadFrom > 0 && config.CLAIMWATCH_DATA_DIR !== undefined && summaryThreadsPossible()
      ? summaryThread(
          { CLAIMWATCH_DATA_DIR: config.CLAIMWATCH_DATA_DIR, CLAIMWATCH_DATABASE_URL: config.CLAIMWATCH_DATABASE_URL },
          { from: threadFrom, searchIndexFrom },
        )
      : undefined;
  api.route('/', readRoutes(store, claims, { searchIndexFrom, summaryThread: summaries }));
  api.route('/', writeRoutes(store, claims));
  api.route('/', importRoutes(store));
  api.route('/', briefingRoutes(store));
  api.route('/', sourceRoutes(store, claims));
  api.route('/', originRoutes(store, claims));
  api.route('/', embedRoutes(store, trustProxy));
  // Last, for any path under /api no route answered. Not api.notFound: Hono calls only the outermost app's, so a
  // mounted app's never ran, and an unknown endpoint was answered "404 Not Found" in plain text.
  api.all('*', (c) =>
    apiError(c, 404, 'not_found', `No such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
  api.onError((error, c) => {
    if (error instanceof HTTPException) return apiError(c, error.status, 'http_error', error.message);
    console.error('Unhandled error', error);
    return apiError(c, 500, 'internal', 'The server failed to answer this request. It has been logged.');
  });
  return new Hono().route('/api', api);
}
