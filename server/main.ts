import { loadConfig } from './config';
import { startServer } from './start-server';

/** Starts the claims API on SQLite; with CLAIMWATCH_STATIC_DIR it also serves the built dashboard (npm start). */
const config = loadConfig();
const running = await startServer(config).catch((error: unknown) => {
  const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
  console.error(
    inUse
      ? `Port ${config.PORT} on ${config.HOST} is already in use (is Claimwatch running already?). Stop that process, or start with PORT=<another port>.`
      : error,
  );
  process.exit(1);
});
const shutdown = () => {
  running.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
