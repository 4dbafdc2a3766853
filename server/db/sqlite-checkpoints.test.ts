// @vitest-environment node
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SqlDriver } from '../store/sql-driver';
import { openSqlite } from './open-store';
import { sqliteCheckpoints } from './sqlite-checkpoints';

/* A SQLite store's WAL checkpointed by a thread of its own, not by the commit that crossed SQLite's threshold. */

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimwatch-checkpoints-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Rows enough for some 1,500 pages of WAL: past SQLite's own threshold (1,000), short of the backstop. */
async function writeRows(driver: SqlDriver): Promise<void> {
  await driver.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  await driver.transaction(async (tx) => {
    for (let i = 0; i < 1500; i += 1) await tx.run('INSERT INTO filler (text) VALUES (?)', ['x'.repeat(3500)]);
  });
}

const autocheckpoint = async (driver: SqlDriver) =>
  (await driver.get<{ wal_autocheckpoint: number }>('PRAGMA wal_autocheckpoint'))?.wal_autocheckpoint;

describe('WAL checkpoints on a thread of their own', () => {
  it('leave a commit past 1,000 pages unsynced into the file, and copy it there soon after', async () => {
    const dir = folder();
    const driver = openSqlite(dir);
    try {
      await writeRows(driver);
      // The writing connection checkpoints only far past SQLite's threshold.
      expect(await autocheckpoint(driver)).toBe(10_000);
      // The thread copies the WAL's pages into the database file: it grows to hold the rows.
      await vi.waitFor(() => expect(statSync(join(dir, 'claimwatch.sqlite')).size).toBeGreaterThan(1500 * 3500), {
        timeout: 10_000,
        interval: 50,
      });
    } finally {
      await driver.close();
    }
    // Closed with the store: the rows are there for the next connection.
    const reopened = openSqlite(dir);
    try {
      expect(await reopened.get('SELECT count(*) AS n FROM filler')).toEqual({ n: 1500 });
    } finally {
      await reopened.close();
    }
  });

  it('start no thread for a store that only reads', async () => {
    const driver = openSqlite(folder());
    try {
      expect(await driver.get('SELECT 1 AS one')).toEqual({ one: 1 });
      expect(await autocheckpoint(driver)).toBe(1000);
    } finally {
      await driver.close();
    }
  });

  it('hand checkpoints back to the commits when the thread stops', async () => {
    const dir = folder();
    const db = new Database(join(dir, 'claimwatch.sqlite'));
    db.pragma('journal_mode = WAL');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A file the thread cannot open: it stops at once.
    const checkpoints = sqliteCheckpoints(db, join(dir, 'missing', 'claimwatch.sqlite'));
    try {
      checkpoints.committed();
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
      await vi.waitFor(() => expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000), {
        timeout: 10_000,
      });
      expect(errors).toHaveBeenCalledWith(
        'The checkpoint thread stopped; commits checkpoint the WAL themselves:',
        expect.anything(),
      );
    } finally {
      errors.mockRestore();
      await checkpoints.close();
      db.close();
    }
  });
});
