import { startPostgresCluster } from '../server/db/postgres-cluster';

/** The port from `--port=N`, or undefined for a free one. */
function parsePort(args: string[]): number | undefined {
  const flag = args.find((arg) => arg.startsWith('--port='));
  if (!flag) return undefined;
  const port = Number(flag.slice('--port='.length));
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`not a port: ${flag}`);
  return port;
}

/**
 * `npm run db:pg [-- --port=N]`: a throwaway PostgreSQL cluster with an empty `claimwatch` database, for running
 * the server on PostgreSQL locally. It lives as long as this process: Ctrl-C (or SIGTERM) stops the server and
 * deletes its folder, so nothing is left behind between runs.
 */
async function main(): Promise<void> {
  const starting = startPostgresCluster({ port: parsePort(process.argv.slice(2)) });
  // Nothing else keeps Node's event loop alive while we wait for a signal.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  let stopping: Promise<void> | undefined;
  // Also reached by a Ctrl-C during start-up: the cluster is stopped once it is up (a failed start is reported below).
  const stop = () => {
    clearInterval(keepAlive);
    process.removeListener('SIGINT', shutDown).removeListener('SIGTERM', shutDown);
    return (stopping ??= starting.then(
      (cluster) => cluster.stop(),
      () => undefined,
    ));
  };
  const shutDown = () => void stop().then(() => console.log('\nStopped; data deleted.'), fail);
  process.once('SIGINT', shutDown).once('SIGTERM', shutDown);
  try {
    const cluster = await starting;
    const url = await cluster.createDatabase('claimwatch');
    if (stopping) return;
    const where = `127.0.0.1:${cluster.port} (data in ${cluster.dataDir}; deleted on exit)`;
    console.log(
      [
        `PostgreSQL ${cluster.majorVersion} throwaway cluster on ${where}`,
        `CLAIMWATCH_DATABASE_URL=${url}`,
        `Run the server on it: CLAIMWATCH_DATABASE_URL=${url} npm start`,
        'Ctrl-C stops it.',
      ].join('\n'),
    );
  } catch (error) {
    if (stopping) return; // a signal during start-up: the failure is the stop we asked for
    await stop().catch(() => undefined);
    throw error;
  }
}

function fail(error: unknown): void {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

main().catch(fail);
