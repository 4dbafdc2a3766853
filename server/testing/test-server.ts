import { afterEach } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetSchema } from '../../src/contract/dataset-schema';
import { openDatabase } from '../db/open-database';
import { createSqliteClaimStore } from '../store/sqlite-claim-store';
import { registerEnvTokens } from '../auth/tokens';
import { createApp } from '../app';
import type { ServerConfig } from '../config';

export const TOKENS = {
  analyst: 'analyst-secret-token-0001',
  admin: 'admin-secret-token-00001',
  viewer: 'viewer-secret-token-0001',
} as const;

/** A real server on a real SQLite file in a fresh temporary folder, seeded with the default dataset. */
export function startTestServer(
  options: Partial<Pick<ServerConfig, 'CLAIMWATCH_READS' | 'CLAIMWATCH_BODY_LIMIT'>> & { dataDir?: string } = {},
) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'claimwatch-'));
  const store = createSqliteClaimStore(openDatabase(dataDir));
  if (store.isEmpty()) store.seed(DatasetSchema.parse(JSON.parse(readFileSync('data/default-dataset.json', 'utf8'))));
  registerEnvTokens(store, `ana:analyst:${TOKENS.analyst},adm:admin:${TOKENS.admin},vic:viewer:${TOKENS.viewer}`);
  const app = createApp(store, {
    CLAIMWATCH_READS: options.CLAIMWATCH_READS ?? 'open',
    CLAIMWATCH_BODY_LIMIT: options.CLAIMWATCH_BODY_LIMIT ?? 1024 * 1024,
  });
  const request = (path: string, init: RequestInit & { token?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    return app.request(path, { ...init, headers });
  };
  return {
    dataDir,
    store,
    request,
    /** Closes the database; the folder stays, so a restart on the same dataDir sees every write. */
    close: () => store.close(),
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * Test servers for a test file: `start()` opens one, and after each test every one opened is
 * closed (if the test did not) and its folder removed.
 */
export function testServerPool() {
  const open: ReturnType<typeof startTestServer>[] = [];
  afterEach(() => {
    for (const s of open.splice(0)) {
      try {
        s.close();
      } catch {
        // closed by the test
      }
      s.remove();
    }
  });
  return (...args: Parameters<typeof startTestServer>) => {
    const server = startTestServer(...args);
    open.push(server);
    return server;
  };
}
