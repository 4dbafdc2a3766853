import { Worker } from 'node:worker_threads';

const WORKER = new URL('./checkpoint-worker.mjs', import.meta.url);

/** The thread checkpoints once this long has passed with no commit. */
const QUIET_MS = 200;

/** How long a closing store waits for the thread to close its connection. */
const CLOSE_WITHIN_MS = 5000;

/**
 * The WAL checkpoints of the SQLite file `file` at quiet moments, written by a thread of its own: QUIET_MS after the
 * last commit. SQLite checkpoints at the commit that takes the WAL past 1,000 pages, and that commit copies the WAL
 * into the database file and syncs it before it returns: at 1,000,000 SYNTHETIC claims one new claim in about 30 took
 * 18–23 ms where the others took 9 (docs/benchmarks.md, thirtieth pass). Emptied at each quiet moment, the WAL reaches
 * that threshold only in a run of writes with no pause, where SQLite's own checkpoint still does the work. (A thread
 * that checkpointed during such runs, once a second, made every kind of write slower on a 2-core machine.) The thread
 * starts with the first commit, so a store that only reads has none.
 */
export function sqliteCheckpoints(file: string) {
  let worker: Worker | null = null;
  let stopped = false;
  let exited: Promise<unknown> = Promise.resolve();
  const start = () => {
    const started = new Worker(WORKER, { workerData: { file, quietMs: QUIET_MS } });
    started.unref();
    started.on('error', (error) => {
      stopped = true;
      console.error('The checkpoint thread stopped; SQLite checkpoints at its commits alone:', error);
    });
    exited = new Promise((resolve) => started.once('exit', resolve));
    return started;
  };
  return {
    /** A transaction committed: the thread checkpoints once the writes pause. */
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
