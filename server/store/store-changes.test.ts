// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite, openStore } from '../db/open-store';
import { seedIfEmpty } from '../db/seed-default';
import { createTestDatabase, dropTestDatabase } from '../testing/test-postgres';
import type { ClaimStore } from './claim-store';
import { postgresDriver } from './postgres-driver';
import type { SqlDriver, SqlEngine } from './sql-driver';

/*
 * Every transaction that writes steps the store's version once and records what the step changed (store_changes), so
 * that a server behind reads only the claims named; the oldest steps are forgotten. On PostgreSQL the three are one
 * statement (store-changes.ts); these hold both engines to the same record.
 */

const ENGINES: SqlEngine[] = ['sqlite', 'postgres'];

describe.each(ENGINES)('the version’s steps on %s', (engine) => {
  let store: ClaimStore;
  let driver: SqlDriver;
  let dataDir = '';
  let databaseUrl: string | undefined;
  beforeAll(async () => {
    databaseUrl = engine === 'postgres' ? await createTestDatabase() : undefined;
    dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-steps-'));
    store = await openStore({ CLAIMWATCH_DATA_DIR: dataDir, CLAIMWATCH_DATABASE_URL: databaseUrl });
    await seedIfEmpty(store);
    // Another connection, to look at the rows themselves.
    driver = databaseUrl ? postgresDriver(databaseUrl, 1) : openSqlite(dataDir);
  });
  afterAll(async () => {
    await driver.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  const stepOf = (version: string) => Number(version.split('.')[1]);
  const change = (to: 'disputed_denied' | 'unverified') => ({
    date: '2025-01-01',
    to,
    rationale: 'SYNTHETIC: a test of the version’s record',
    by: 'tester',
  });
  const recordOf = async (step: number) =>
    (
      await driver.all<{ kind: string; claim_id: string | null }>(
        'SELECT kind, claim_id FROM store_changes WHERE n = ? ORDER BY kind, claim_id',
        [step],
      )
    ).map((r) => `${r.kind} ${r.claim_id ?? ''}`);

  it('steps once for a transaction of several writes, and records each claim it changed', async () => {
    const [first, second] = (await store.claims.list()).slice(0, 2).map((c) => c.id);
    if (!first || !second) throw new Error('the dataset has claims');
    const start = await store.version();
    await store.transaction(async (tx) => {
      await tx.claims.appendStateChange(first, change('disputed_denied'));
      await tx.claims.appendStateChange(second, change('disputed_denied'));
      // Twice the same claim: recorded once.
      await tx.claims.appendStateChange(first, change('unverified'));
    });
    const after = await store.changesSince(start);
    expect(stepOf(after?.version ?? '')).toBe(stepOf(start) + 1);
    expect(after?.version).toBe(await store.version());
    expect(after?.changes).toEqual([
      { kind: 'state', claimId: first },
      { kind: 'state', claimId: second },
    ]);
    // A write of its own (no transaction around it) is a step of its own.
    await store.claims.appendStateChange(second, change('unverified'));
    expect(await recordOf(stepOf(await store.version()))).toEqual([`state ${second}`]);
  });

  it('forgets the steps older than the last 1,000 when it steps again', async () => {
    const [claim] = (await store.claims.list()).map((c) => c.id);
    if (!claim) throw new Error('the dataset has claims');
    await store.claims.appendStateChange(claim, change('disputed_denied'));
    const kept = stepOf(await store.version());
    expect(await recordOf(kept)).toEqual([`state ${claim}`]);
    // 999 steps taken without a record (as by writes no longer remembered), then one more write: 1,000 steps after
    // `kept`, whose record goes; the one before it stays until the next.
    await driver.run('UPDATE store_version SET n = n + 998 WHERE id = 1');
    await store.claims.appendStateChange(claim, change('unverified'));
    expect(await recordOf(kept)).toEqual([`state ${claim}`]);
    await store.claims.appendStateChange(claim, change('disputed_denied'));
    expect(stepOf(await store.version())).toBe(kept + 1000);
    expect(await recordOf(kept)).toEqual([]);
    expect(await recordOf(kept + 1000)).toEqual([`state ${claim}`]);
    expect(await store.changesSince(`${(await store.version()).split('.')[0]}.${kept}`)).toBeNull();
  });
});
