import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { ServerConfig } from './config';
import { seedIfEmpty } from './db/seed-default';
import { openStore } from './db/open-store';
import type { ClaimStore } from './store/claim-store';
import { registerEnvTokens } from './auth/tokens';
import { createFirstToken } from './auth/first-token';
import { createApp } from './app';
import { staticSecurityHeaders } from './static-security-headers';
import { pageRenderer } from './render/page-renderer';
import { dataLocation, originOf, startMessage } from './start-message';

const NOT_FOUND = 'Not Found';

/** The API, and with CLAIMWATCH_STATIC_DIR the built dashboard, on one Hono app. */
async function createServerApp(store: ClaimStore, config: ServerConfig): Promise<Hono> {
  const app = new Hono();
  // gzip every answer a client accepts it for: the dashboard's JavaScript shrinks to a third.
  app.use('*', compress());
  const api = createApp(store, config);
  app.route('/', api);
  // Hono's own 404 says no length: the compress middleware would stream its 13 bytes through a CompressionStream.
  app.notFound((c) =>
    c.body(NOT_FOUND, 404, { 'content-type': 'text/plain; charset=UTF-8', 'content-length': String(NOT_FOUND.length) }),
  );
  if (config.CLAIMWATCH_STATIC_DIR) {
    const root = config.CLAIMWATCH_STATIC_DIR;
    app.use('/*', staticSecurityHeaders(config.CLAIMWATCH_EMBED_ORIGINS));
    // Views are rendered here with their data (the build's server bundle), then hydrated by the browser.
    const pages = await pageRenderer(
      root,
      (request) => api.fetch(request),
      () => store.version(),
    );
    if (pages) app.use('/*', pages);
    else console.warn(`No server bundle beside ${root} (${root}-ssr): pages are rendered in the browser alone.`);
    // File names under assets/ carry a content hash: they never change, so browsers may keep them.
    app.use('/assets/*', async (c, next) => {
      await next();
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/*', serveStatic({ root }));
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  return app;
}

export interface RunningServer {
  origin: string;
  /** Stops listening and closes the database. */
  close: () => void;
}

/**
 * Opens the database (seeding an empty one), registers CLAIMWATCH_TOKENS, listens, makes the first start's analyst
 * token when no token exists, and prints where it is and how to sign in (`log`, console.log by default).
 */
export async function startServer(
  config: ServerConfig,
  log: (text: string) => void = console.log,
): Promise<RunningServer> {
  const store = await openStore(config);
  const seeded = await seedIfEmpty(store);
  await registerEnvTokens(store, config.CLAIMWATCH_TOKENS);
  return createServerApp(store, config).then(
    (app) =>
      new Promise((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
          const origin = originOf(info.address, info.port);
          const dashboard = Boolean(config.CLAIMWATCH_STATIC_DIR);
          const dataDir = dataLocation(config.CLAIMWATCH_DATA_DIR, config.CLAIMWATCH_DATABASE_URL);
          const close = () => {
            server.close();
            void store.close();
          };
          // Made once the server listens: a start that cannot (its port taken) must not make the token whose link
          // only a start prints, once.
          createFirstToken(store).then(
            (firstToken) => {
              log(startMessage({ origin, dashboard, dataDir, seeded, firstToken }));
              resolve({ origin, close });
            },
            (error: unknown) => {
              close();
              reject(error);
            },
          );
        });
        server.once('error', (error) => {
          void store.close();
          reject(error);
        });
      }),
  );
}
