import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { signInLink } from '../server/start-message';
import { startCluster, type Cluster } from './cluster/start-cluster';
import { reportFailure, runUntilSignal } from './run-until-signal';

const USAGE = 'Usage: npm run cluster -- [N]   (N app servers, 1 to 8; 2 when left out)';
const DASHBOARD = 'dist-api';

/** N from the first argument that is not a flag: 2 when there is none; a usage error for anything but 1 to 8. */
function parseServers(args: string[]): number {
  const given = args.find((arg) => !arg.startsWith('-'));
  if (given === undefined) return 2;
  const servers = Number(given);
  if (!/^\d+$/.test(given) || servers < 1 || servers > 8)
    throw new Error(`Expected 1 to 8 app servers, not "${given}".\n${USAGE}`);
  return servers;
}

/** What to open and what to try, once everything answers. */
function describe(cluster: Cluster, token: string, dashboard: boolean): string {
  const proxy = cluster.proxyUrl;
  const database = new URL(cluster.databaseUrl);
  const count = cluster.serverUrls.length;
  return [
    `PostgreSQL ${cluster.postgresVersion} on ${database.host}, database claimwatch (throwaway: deleted on exit)`,
    `${count} app server${count === 1 ? '' : 's'}: ${cluster.serverUrls.join(', ')}`,
    `Proxy (round robin): ${proxy}  ← open this`,
    dashboard
      ? `Analyst token: ${token}   (sign in: ${signInLink(proxy, token)})`
      : `Analyst token: ${token}   (send it as "Authorization: Bearer <token>")`,
    `Try: curl -i '${proxy}/api/claims?limit=1'   (X-Claimwatch-Upstream says which server answered)`,
    'Ctrl-C stops everything.',
  ].join('\n');
}

/**
 * `npm run cluster [-- N]`: the scale-out deployment on one machine, to try it: a throwaway PostgreSQL, N app servers
 * on it and a round-robin proxy in front (scripts/cluster/start-cluster.ts), with a fresh analyst token that every
 * server accepts. It lives as long as this process: Ctrl-C (or SIGTERM) stops it all and deletes its data.
 */
async function main(): Promise<void> {
  const servers = parseServers(process.argv.slice(2));
  const dashboard = existsSync(resolve(DASHBOARD, 'index.html'));
  console.log(
    dashboard
      ? `Serving the built dashboard from ${DASHBOARD}/ (rebuild it with: npm run build:api).`
      : `No built dashboard in ${DASHBOARD}/: the servers answer the API only. Build it with: npm run build:api`,
  );
  // Random per run: the database is new every time, so nothing outlives it.
  const token = `cw-cluster-${randomBytes(24).toString('base64url')}`;
  console.log(`Starting PostgreSQL and ${servers} app server${servers === 1 ? '' : 's'}…`);
  const starting = startCluster({
    servers,
    tokens: `cluster:analyst:${token}`,
    ...(dashboard ? { staticDir: resolve(DASHBOARD) } : {}),
  });
  await runUntilSignal(starting, async (cluster) => `\n${describe(cluster, token, dashboard)}`);
}

main().catch(reportFailure);
