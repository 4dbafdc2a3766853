import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgresCluster } from '../../server/db/postgres-cluster';
import { spawnServer, type SpawnedServer } from '../../server/testing/spawn-server';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';

export interface ClusterOptions {
  /** How many app servers (processes of server/main.ts) share the database. */
  servers: number;
  /** CLAIMWATCH_STATIC_DIR for every server: a built dashboard folder (dist-api). */
  staticDir?: string;
  /** CLAIMWATCH_TOKENS for every server: "name:role:secret,…". */
  tokens?: string;
}

export interface Cluster {
  /** Where the round-robin proxy listens: the one address users are meant to open. */
  proxyUrl: string;
  /** Each app server's own address, in the proxy's order (upstream 0 first). */
  serverUrls: string[];
  /** The `claimwatch` database every server uses. */
  databaseUrl: string;
  /** PostgreSQL's major version (15 for 15.x). */
  postgresVersion: number;
  /** Stops the proxy, the servers, then PostgreSQL, and removes the temporary folders, even when a step fails. */
  stop(): Promise<void>;
}

/** N servers compiling their TypeScript at once on a small, busy machine take a while. */
const START_TIMEOUT_MS = 60_000;

/** Runs every step in order whatever the ones before did, then throws the first failure. */
async function everyStep(steps: (() => Promise<unknown>)[]): Promise<void> {
  const failures: unknown[] = [];
  for (const step of steps) await step().catch((error: unknown) => failures.push(error));
  if (failures.length > 0) throw failures[0];
}

/** Waits for every promise, even after one failed, then throws the first failure; `kept` gets each value, in order. */
async function settleAll<T>(promises: Promise<T>[], kept: (value: T) => void = () => undefined): Promise<void> {
  const results = await Promise.allSettled(promises);
  for (const result of results) if (result.status === 'fulfilled') kept(result.value);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * The scale-out deployment of docs/deployment.md on one machine: a throwaway PostgreSQL cluster with a `claimwatch`
 * database, N app servers on it (each its own process and data folder), and a round-robin proxy in front. The servers
 * start at the same moment on the empty database, as a fresh deployment's servers do, so the migration and seed locks are
 * exercised on every run. A failed start stops whatever had started before throwing.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { servers: count, staticDir, tokens } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`a cluster needs a whole number of servers, not ${count}`);
  const postgres = await startPostgresCluster();
  const dataDirs: string[] = [];
  const servers: SpawnedServer[] = [];
  let proxy: RoundRobinProxy | undefined;
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= everyStep([
      async () => proxy?.close(),
      () => settleAll(servers.map((server) => server.stop())),
      () => postgres.stop(),
      () => settleAll(dataDirs.map((dir) => rm(dir, { recursive: true, force: true }))),
    ]));
  try {
    const databaseUrl = await postgres.createDatabase('claimwatch');
    // Set even when empty, so what the caller's own environment holds does not leak into the servers.
    const env = {
      CLAIMWATCH_DATABASE_URL: databaseUrl,
      CLAIMWATCH_TOKENS: tokens ?? '',
      CLAIMWATCH_STATIC_DIR: staticDir ?? '',
      // The proxy records each client's address in X-Forwarded-For: rate limits count clients, not the proxy.
      CLAIMWATCH_TRUST_PROXY: 'true',
    };
    const starts = Array.from({ length: count }, async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'claimwatch-cluster-'));
      dataDirs.push(dataDir);
      return spawnServer({ ...env, CLAIMWATCH_DATA_DIR: dataDir }, START_TIMEOUT_MS);
    });
    // Kept in start order once all have settled, so servers[i] is the proxy's upstream i; on a failure, those that did
    // start are stopped.
    await settleAll(starts, (server) => servers.push(server));
    proxy = await startRoundRobinProxy(servers.map((server) => server.url));
    return {
      proxyUrl: proxy.url,
      serverUrls: servers.map((server) => server.url),
      databaseUrl,
      postgresVersion: postgres.majorVersion,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
