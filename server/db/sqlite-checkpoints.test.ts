// @vitest-environment node
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSqlite } from './open-store';
import { sqliteCheckpoints } from './sqlite-checkpoints';

/* A SQLite store's WAL checkpointed at quiet moments by a thread of its own. */

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimwatch-checkpoints-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ROWS = 500;
const ROW_BYTES = 3500;

describe('WAL checkpoints at quiet moments', () => {
  it('copy a WAL short of SQLite’s own threshold into the database file once the writes pause', async () => {
    const dir = folder();
    const driver = openSqlite(dir);
    try {
      await driver.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
      // About 500 pages of WAL: SQLite itself checkpoints from 1,000.
      await driver.transaction(async (tx) => {
        for (let i = 0; i < ROWS; i += 1) await tx.run('INSERT INTO filler (text) VALUES (?)', ['x'.repeat(ROW_BYTES)]);
      });
      // The database file grows to hold the rows only when the WAL is copied into it.
      await vi.waitFor(() => expect(statSync(join(dir, 'claimwatch.sqlite')).size).toBeGreaterThan(ROWS * ROW_BYTES), {
        timeout: 10_000,
        interval: 50,
      });
    } finally {
      await driver.close();
    }
    // Closed with the store: the rows are there for the next connection.
    const reopened = openSqlite(dir);
    try {
      expect(await reopened.get('SELECT count(*) AS n FROM filler')).toEqual({ n: ROWS });
    } finally {
      await reopened.close();
    }
  });

  it('say so when the thread stops, and take no more commits to it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A file the thread cannot open: it stops at once.
    const checkpoints = sqliteCheckpoints(join(folder(), 'missing', 'claimwatch.sqlite'));
    try {
      checkpoints.committed();
      await vi.waitFor(
        () =>
          expect(errors).toHaveBeenCalledWith(
            'The checkpoint thread stopped; SQLite checkpoints at its commits alone:',
            expect.anything(),
          ),
        { timeout: 10_000 },
      );
      expect(() => checkpoints.committed()).not.toThrow();
    } finally {
      errors.mockRestore();
      await checkpoints.close();
    }
  });
});
