import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { seedIfEmpty } from './db/seed-default';
import { loadConfig } from './config';
import { openDatabase } from './db/open-database';
import { createSqliteClaimStore } from './store/sqlite-claim-store';
import { registerEnvTokens } from './auth/tokens';
import { createApp } from './app';
import { staticSecurityHeaders } from './static-security-headers';

/** Starts the claims API on SQLite; with CLAIMWATCH_STATIC_DIR it also serves the built dashboard. */
const config = loadConfig();
const store = createSqliteClaimStore(openDatabase(config.CLAIMWATCH_DATA_DIR));
if (seedIfEmpty(store)) console.log('Seeded the database with the default dataset');
registerEnvTokens(store, config.CLAIMWATCH_TOKENS);

const app = new Hono();
// gzip every answer a client accepts it for: the dashboard's JavaScript shrinks to a third.
app.use('*', compress());
app.route('/', createApp(store, config));
if (config.CLAIMWATCH_STATIC_DIR) {
  const root = config.CLAIMWATCH_STATIC_DIR;
  app.use('/*', staticSecurityHeaders());
  // File names under assets/ carry a content hash: they never change, so browsers may keep them.
  app.use('/assets/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/*', serveStatic({ root }));
  app.get('*', serveStatic({ root, path: 'index.html' }));
}

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(
    `Claimwatch API on http://${info.address}:${info.port}/api${config.CLAIMWATCH_STATIC_DIR ? ' (dashboard at /)' : ''}`,
  );
});
const shutdown = () => {
  server.close();
  store.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
