// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ClaimListResponseSchema } from '../src/contract/responses';
import { ClaimSchema } from '../src/contract/claim-schema';
import { spawnServer, type SpawnedServer } from './testing/spawn-server';
import { createTestDatabase, dropTestDatabase } from './testing/test-postgres';
import { server as mockApi } from '../mocks/node';

const TOKEN = 'two-servers-analyst-token-0001';
const writeHeaders = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

/**
 * Two app servers, two processes, one PostgreSQL database: what a deployment behind a proxy does. They start together
 * on a new database (the migrations and the seed run once), a write through either is read through the other at
 * once, and neither answers from what it remembered before the other's write.
 */
describe('two servers on one PostgreSQL', { timeout: 90_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-two-'));
  let databaseUrl = '';
  let a: SpawnedServer;
  let b: SpawnedServer;
  // The test setup's mock API would answer every /api request in this process: talk to the real servers.
  beforeAll(async () => {
    mockApi.close();
    databaseUrl = await createTestDatabase();
    const env = {
      CLAIMWATCH_DATABASE_URL: databaseUrl,
      CLAIMWATCH_DATA_DIR: dataDir,
      CLAIMWATCH_TOKENS: `two:analyst:${TOKEN}`,
    };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    if (databaseUrl) await dropTestDatabase(databaseUrl);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const list = async (server: SpawnedServer, query: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/api/claims?${query}`, { headers });
    return { response, tag: response.headers.get('etag') };
  };
  const stateOf = async (server: SpawnedServer, id: string) =>
    ClaimSchema.parse(await (await fetch(`${server.url}/api/claims/${id}`)).json()).verification.state;

  it('applied each migration once and seeded once, though both started at the same moment', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const migrations = await client.query<{ version: string; n: string }>(
        'SELECT version, COUNT(*) AS n FROM schema_migrations GROUP BY version ORDER BY version',
      );
      expect(migrations.rows.length).toBeGreaterThanOrEqual(5);
      expect(migrations.rows.every((r) => Number(r.n) === 1)).toBe(true);
      const claims = await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM claims');
      const served = ClaimListResponseSchema.parse(await (await fetch(`${a.url}/api/claims?limit=1000`)).json());
      expect(Number(claims.rows[0]?.n)).toBe(served.total);
      expect(served.total).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it('gives the same entity tag on both, and a write through one is read through the other at once', async () => {
    const query = 'state=corroborated&state=officially_confirmed';
    const onA = await list(a, query);
    const onB = await list(b, query);
    expect(onA.tag).toBeTruthy();
    expect(onB.tag).toBe(onA.tag);
    expect((await list(b, query, { 'if-none-match': onA.tag ?? '' })).response.status).toBe(304);
    expect(await stateOf(b, 'C040')).not.toBe('officially_confirmed');

    const write = await fetch(`${a.url}/api/claims/C040/verification`, {
      method: 'POST',
      headers: writeHeaders,
      body: JSON.stringify({ to: 'officially_confirmed', rationale: 'Written through server A' }),
    });
    expect(write.status).toBe(200);

    // B remembered the list and the claim before the write: it must not serve either again.
    expect(await stateOf(b, 'C040')).toBe('officially_confirmed');
    const after = await list(b, query, { 'if-none-match': onA.tag ?? '' });
    expect(after.response.status).toBe(200);
    const claims = ClaimListResponseSchema.parse(await after.response.json()).claims;
    expect(claims.find((c) => c.id === 'C040')?.verification.state).toBe('officially_confirmed');
  });

  it('keeps one history when both servers change one claim at the same time', async () => {
    const states = ['single_source', 'corroborated', 'disputed_denied', 'unverified'] as const;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        fetch(`${(i % 2 === 0 ? a : b).url}/api/claims/C039/verification`, {
          method: 'POST',
          headers: writeHeaders,
          body: JSON.stringify({ to: states[i % states.length], rationale: `Concurrent change ${i}` }),
        }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array.from({ length: 12 }, () => 200));
    const { history } = ClaimSchema.parse(await (await fetch(`${b.url}/api/claims/C039`)).json()).verification;
    const concurrent = history.filter((c) => c.rationale.startsWith('Concurrent change'));
    expect(concurrent).toHaveLength(12);
    // Each change starts from the state the one before it left: no two read the same "from".
    for (let i = 1; i < history.length; i += 1) expect(history[i]?.from).toBe(history[i - 1]?.to);
  });
});
