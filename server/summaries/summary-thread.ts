import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { NumberedChart } from '../../src/contract/summarize-claims';
import type { StoreLocation } from '../db/open-store';
import type { SummaryReply, SummaryTask, SummaryThreadData } from './summary-task';

/*
 * A second thread for a server's summaries (issue 15). A summary's charts are independent: at 1,000,000 claims a search
 * for one digit keeps half of them, and one thread took 39–47 ms to summarise them, of a 50 ms budget. The thread
 * (summary-worker.ts) holds a view of its own and summarises half of the charts while the main thread summarises the
 * others. It costs a second view's memory and its reading, so a server starts it only for views of `from` claims or
 * more, on a machine of more than one core.
 */

export interface SummaryThread {
  /**
   * Asks the thread for its share of the summary answering `search` on the view of `version` (of `claims` claims):
   * its charts, or null when it declined or failed (the main thread then summarises them). Null at once, without
   * asking, when the view is too small, or the thread is busy or stopped: one summary at a time is shared.
   */
  ask(version: string, search: string, claims: number): Promise<NumberedChart[] | null> | null;
  /** Starts the thread (reading a view of its own) when a view of `claims` claims is large enough, if not started. */
  prepare(claims: number): void;
  /** How many summaries were shared, declined, and asked while the thread was busy. */
  stats(): { shared: number; declined: number; busy: number };
  close(): Promise<void>;
}

const WORKER = new URL('./summary-worker-start.mjs', import.meta.url);

export function summaryThread(
  location: StoreLocation,
  options: { from: number; searchIndexFrom: number },
): SummaryThread {
  let worker: Worker | null = null;
  let stopped = false;
  let next = 0;
  let pending: { id: number; settle: (charts: NumberedChart[] | null) => void } | null = null;
  const counts = { shared: 0, declined: 0, busy: 0 };
  const settle = (charts: NumberedChart[] | null) => {
    const waiting = pending;
    if (!waiting) return;
    pending = null;
    if (charts) counts.shared += 1;
    else counts.declined += 1;
    waiting.settle(charts);
  };
  const start = (claims: number) => {
    console.log(`Summary thread: reading a view of ${claims} claims of its own, for half of each summary's charts.`);
    const data: SummaryThreadData = { location, searchIndexFrom: options.searchIndexFrom };
    const started = new Worker(WORKER, { workerData: data });
    started.unref();
    started.on('message', (reply: SummaryReply) => {
      if (reply.id === pending?.id) settle('charts' in reply ? reply.charts : null);
    });
    started.on('error', (error) => {
      console.error('The summary thread stopped:', error);
      stopped = true;
      settle(null);
    });
    started.on('exit', () => {
      stopped = true;
      settle(null);
    });
    return started;
  };
  const wanted = (claims: number) => !stopped && options.from > 0 && claims >= options.from;
  return {
    prepare(claims) {
      if (wanted(claims)) worker ??= start(claims);
    },
    ask(version, search, claims) {
      if (!wanted(claims)) return null;
      if (pending) {
        counts.busy += 1;
        return null;
      }
      worker ??= start(claims);
      const id = (next += 1);
      const task: SummaryTask = { id, version, search };
      const answer = new Promise<NumberedChart[] | null>((resolve) => {
        pending = { id, settle: resolve };
      });
      worker.postMessage(task);
      return answer;
    },
    stats: () => ({ ...counts }),
    async close() {
      stopped = true;
      settle(null);
      await worker?.terminate();
    },
  };
}

/** Whether this machine can run a summary thread beside the server's: more than one core. */
export const summaryThreadsPossible = () => availableParallelism() > 1;
