import { afterAll, afterEach, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetSchema } from '../../src/contract/dataset-schema';
import { openStore } from '../db/open-store';
import { registerEnvTokens } from '../auth/tokens';
import { createApp } from '../app';
import type { ServerConfig } from '../config';
import type { SqlEngine } from '../store/sql-driver';
import { createTestDatabase, dropTestDatabase } from './test-postgres';

export const TOKENS = {
  analyst: 'analyst-secret-token-0001',
  admin: 'admin-secret-token-00001',
  viewer: 'viewer-secret-token-0001',
} as const;

export interface TestServerOptions extends Partial<
  Pick<ServerConfig, 'CLAIMWATCH_READS' | 'CLAIMWATCH_BODY_LIMIT' | 'CLAIMWATCH_SEARCH_INDEX_FROM'>
> {
  /** SQLite (a file in a fresh folder, the default) or a fresh database on the run's PostgreSQL cluster. */
  engine?: SqlEngine;
  /** Reopen a SQLite folder a server used before (a restart). */
  dataDir?: string;
  /** Reopen a PostgreSQL database a server used before (a restart). */
  databaseUrl?: string;
}

/** A real server on a real database (SQLite file or PostgreSQL), seeded with the default dataset. */
export async function startTestServer(options: TestServerOptions = {}) {
  const postgres = options.engine === 'postgres' || options.databaseUrl !== undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'claimwatch-'));
  const databaseUrl = postgres ? (options.databaseUrl ?? (await createTestDatabase())) : undefined;
  const store = await openStore({ CLAIMWATCH_DATA_DIR: dataDir, CLAIMWATCH_DATABASE_URL: databaseUrl });
  if (await store.isEmpty())
    await store.seed(DatasetSchema.parse(JSON.parse(readFileSync('data/default-dataset.json', 'utf8'))));
  await registerEnvTokens(store, `ana:analyst:${TOKENS.analyst},adm:admin:${TOKENS.admin},vic:viewer:${TOKENS.viewer}`);
  const app = createApp(store, {
    CLAIMWATCH_READS: options.CLAIMWATCH_READS ?? 'open',
    CLAIMWATCH_BODY_LIMIT: options.CLAIMWATCH_BODY_LIMIT ?? 1024 * 1024,
    CLAIMWATCH_SEARCH_INDEX_FROM: options.CLAIMWATCH_SEARCH_INDEX_FROM,
  });
  const request = (path: string, init: RequestInit & { token?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    return app.request(path, { ...init, headers });
  };
  let closed = false;
  return {
    dataDir,
    databaseUrl,
    /** What reopens this server's data: pass to startTestServer for a restart. */
    reopen: { dataDir, databaseUrl } satisfies TestServerOptions,
    store,
    request,
    /** Closes the database; the data stays, so a restart on `reopen` sees every write. */
    close: async () => {
      if (closed) return;
      closed = true;
      await store.close();
    },
    remove: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl && options.databaseUrl === undefined) await dropTestDatabase(databaseUrl);
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * Test servers for a test file: `start()` opens one, and after each test every one opened is
 * closed (if the test did not) and its data removed.
 */
export function testServerPool() {
  const open: TestServer[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) {
      await s.close();
      await s.remove();
    }
  });
  return async (options?: TestServerOptions) => {
    const server = await startTestServer(options);
    open.push(server);
    return server;
  };
}

/** One test server for a whole describe block: started before its tests, closed and removed after. */
export function sharedTestServer(options?: TestServerOptions) {
  let server: TestServer | null = null;
  beforeAll(async () => {
    server = await startTestServer(options);
  });
  afterAll(async () => {
    await server?.close();
    await server?.remove();
  });
  return () => {
    if (!server) throw new Error('The shared test server starts in beforeAll: use it inside a test.');
    return server;
  };
}
