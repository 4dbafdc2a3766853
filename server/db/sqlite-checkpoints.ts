import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

const WORKER = new URL('./checkpoint-worker.mjs', import.meta.url);

/** SQLite's own threshold for a checkpoint at a commit (pages of WAL), restored when the thread stops. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/**
 * Pages of WAL past which a commit checkpoints on the writing connection after all: only when the thread has fallen
 * that far behind (about 40 MB).
 */
const BACKSTOP_PAGES = 10_000;

/** The thread checkpoints at most this often, a while after the commits that asked for it. */
const CHECKPOINT_EVERY_MS = 1000;

/** How long a closing store waits for the thread to close its connection. */
const CLOSE_WITHIN_MS = 5000;

/**
 * The WAL checkpoints of the SQLite file `file`, written by a thread of its own after commits rather than by the commit
 * that crossed SQLite's threshold (1,000 pages): that commit copied the WAL into the database file and synced it before
 * it returned. At 1,000,000 SYNTHETIC claims one new claim in about 30 did so, and took 18–23 ms where the others took 9
 * (docs/benchmarks.md, thirtieth pass). The writing connection `db` checkpoints itself only past BACKSTOP_PAGES, or as
 * SQLite does when the thread stops. The thread starts with the first commit, so a store that only reads has none.
 */
export function sqliteCheckpoints(db: Database.Database, file: string) {
  let worker: Worker | null = null;
  let stopped = false;
  const stop = (error: unknown) => {
    if (stopped) return;
    stopped = true;
    console.error('The checkpoint thread stopped; commits checkpoint the WAL themselves:', error);
    if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
  };
  let exited: Promise<unknown> = Promise.resolve();
  const start = () => {
    db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    const started = new Worker(WORKER, { workerData: { file, everyMs: CHECKPOINT_EVERY_MS } });
    started.unref();
    started.on('error', stop);
    exited = new Promise((resolve) => started.once('exit', resolve));
    return started;
  };
  return {
    /** A transaction committed: the thread checkpoints soon. */
    committed(): void {
      if (stopped) return;
      worker ??= start();
      worker.postMessage('wrote');
    },
    /** Closes the thread's connection (before the store's own) and waits for it to end. */
    async close(): Promise<void> {
      const closing = worker;
      stopped = true;
      worker = null;
      if (!closing) return;
      closing.postMessage('close');
      const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), CLOSE_WITHIN_MS).unref());
      if ((await Promise.race([exited, late])) === 'late') await closing.terminate();
    },
  };
}
