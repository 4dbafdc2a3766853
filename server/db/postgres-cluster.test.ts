// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBinDir, startPostgresCluster, type PostgresCluster } from './postgres-cluster';

const run = promisify(execFile);
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations-postgres/', import.meta.url));
const SQLITE_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** psql on one database over TCP: unaligned, tuples only, stopping at the first error. */
async function psql(cluster: PostgresCluster, database: string, args: string[]): Promise<string> {
  const connection = ['-h', '127.0.0.1', '-p', String(cluster.port), '-U', 'postgres', '-d', database];
  const { stdout } = await run(join(postgresBinDir(), 'psql'), [
    ...connection,
    '-v',
    'ON_ERROR_STOP=1',
    '-tA',
    ...args,
  ]);
  return stdout.trim();
}

/** The psql error of a statement that must fail (its stderr), or a test failure when it succeeds. */
async function psqlError(cluster: PostgresCluster, database: string, sql: string): Promise<string> {
  const error: unknown = await psql(cluster, database, ['-c', sql]).then(
    () => new Error(`expected to fail: ${sql}`),
    (failure: unknown) => failure,
  );
  expect(error).toHaveProperty('stderr');
  return String((error as { stderr: unknown }).stderr);
}

describe('a throwaway PostgreSQL cluster', { timeout: 60_000 }, () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('creates databases that each answer', async () => {
    const first = await cluster.createDatabase();
    const second = await cluster.createDatabase('claimwatch_second');
    expect(first).toMatch(new RegExp(`^postgres://postgres@127\\.0\\.0\\.1:${cluster.port}/cw_[0-9a-f]+$`));
    expect(second).toBe(`postgres://postgres@127.0.0.1:${cluster.port}/claimwatch_second`);
    for (const url of [first, second]) {
      expect(await psql(cluster, new URL(url).pathname.slice(1), ['-c', 'select 1'])).toBe('1');
    }
  });

  it('applies the PostgreSQL migrations, the twins of the SQLite ones, in order', async () => {
    const files = readdirSync(MIGRATIONS_DIR).sort();
    expect(files).toEqual(readdirSync(SQLITE_MIGRATIONS_DIR).sort());
    const database = new URL(await cluster.createDatabase()).pathname.slice(1);
    for (const file of files) await psql(cluster, database, ['-1', '-f', join(MIGRATIONS_DIR, file)]);

    expect(await psql(cluster, database, ['-c', 'SELECT length(epoch), n FROM store_version'])).toBe('32|0');
    await psql(cluster, database, [
      '-c',
      `INSERT INTO claims VALUES ('C1', '{}', 'now', 'now');
       INSERT INTO verification_changes (claim_id, to_state, rationale, recorded_at) VALUES ('C1', 'x', 'r', 'now');
       INSERT INTO source_merges (from_id, from_name, into_id, rationale, "by", at) VALUES ('a', 'A', 'b', 'r', 'me', 'now');
       INSERT INTO origin_decisions (action, claim_ids, rationale, at) VALUES ('confirm', '["C1"]', 'r', 'now');
       INSERT INTO grade_changes (claim_id, at, reliability, credibility, rationale, recorded_at)
         VALUES ('C1', '2025-01-01', 'B', 2, 'r', 'now');`,
    ]);
    expect(await psqlError(cluster, database, 'UPDATE grade_changes SET credibility = 1')).toContain(
      'grade history is append-only',
    );
    expect(await psqlError(cluster, database, "UPDATE verification_changes SET rationale = 'edited'")).toContain(
      'verification history is append-only',
    );
    expect(await psqlError(cluster, database, 'DELETE FROM source_merges')).toContain('source merges are append-only');
    expect(await psqlError(cluster, database, 'DELETE FROM origin_decisions')).toContain(
      'origin decisions are append-only',
    );
    const badToken = "INSERT INTO api_tokens (name, role, token_hash, created_at) VALUES ('t', 'root', 'h', 'now')";
    expect(await psqlError(cluster, database, badToken)).toContain('api_tokens_role_check');
  });

  it('stops and deletes its folder', async () => {
    const { dataDir } = cluster;
    expect(existsSync(dataDir)).toBe(true);
    await cluster.stop();
    expect(existsSync(dataDir)).toBe(false);
  });
});
