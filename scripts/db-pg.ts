import { startPostgresCluster } from '../server/db/postgres-cluster';
import { reportFailure, runUntilSignal } from './run-until-signal';

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
  await runUntilSignal(startPostgresCluster({ port: parsePort(process.argv.slice(2)) }), async (cluster) => {
    const url = await cluster.createDatabase('claimwatch');
    const where = `127.0.0.1:${cluster.port} (data in ${cluster.dataDir}; deleted on exit)`;
    return [
      `PostgreSQL ${cluster.majorVersion} throwaway cluster on ${where}`,
      `CLAIMWATCH_DATABASE_URL=${url}`,
      `Run the server on it: CLAIMWATCH_DATABASE_URL=${url} npm start`,
      'Ctrl-C stops it.',
    ].join('\n');
  });
}

main().catch(reportFailure);
