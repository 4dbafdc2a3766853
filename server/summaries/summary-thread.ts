import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StoreLocation } from '../db/open-store';
import type { FromThread, SerialisedChart, SummaryThreadData, ToThread } from './summary-task';

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
   * its charts, or null when it declined, failed or was late (the main thread then summarises them). Null at once,
   * without asking, when the view is too small, the thread's view is of another version (it is told to bring it up
   * to date, and asked again once it has), or it is busy: one summary at a time is shared.
   */
  ask(version: string, search: string, claims: number): Promise<SerialisedChart[] | null> | null;
  /** Starts the thread (reading a view of its own) when a view of `claims` claims is large enough, if not started. */
  prepare(claims: number): void;
  /** How many summaries were shared, declined or late, not asked while the thread was behind, and while it was busy. */
  stats(): { shared: number; declined: number; late: number; behind: number; busy: number };
  close(): Promise<void>;
}

const WORKER = new URL('./summary-worker-start.mjs', import.meta.url);

/**
 * How long a summary waits for the thread's share before it summarises those charts itself: its share of 1,000,000
 * claims takes it about 25 ms. The thread's reading a view (seconds of work at a time) is never waited for: it is
 * asked only once it said its view is of the version asked for.
 */
const LATE_MS = 250;

export function summaryThread(
  location: StoreLocation,
  options: { from: number; searchIndexFrom: number },
): SummaryThread {
  let worker: Worker | null = null;
  let stopped = false;
  let next = 0;
  /** The version of the thread's view, as it last said; and the version it was last told to bring it up to, since. */
  let threadVersion: string | null = null;
  let refreshAskedFor: string | null = null;
  let pending: { id: number; settle: (charts: SerialisedChart[] | null) => void; timer: NodeJS.Timeout } | null = null;
  const counts = { shared: 0, declined: 0, late: 0, behind: 0, busy: 0 };
  const settle = (charts: SerialisedChart[] | null, outcome: 'shared' | 'declined' | 'late') => {
    const waiting = pending;
    if (!waiting) return;
    pending = null;
    clearTimeout(waiting.timer);
    counts[outcome] += 1;
    waiting.settle(charts);
  };
  const start = (claims: number) => {
    console.log(`Summary thread: reading a view of ${claims} claims of its own, for half of each summary's charts.`);
    const data: SummaryThreadData = { location, searchIndexFrom: options.searchIndexFrom };
    const started = new Worker(WORKER, { workerData: data });
    started.unref();
    started.on('message', (message: FromThread) => {
      if (message.kind === 'ready') {
        threadVersion = message.version;
        refreshAskedFor = null;
      } else if (message.id === pending?.id)
        settle(message.kind === 'charts' ? message.charts : null, message.kind === 'charts' ? 'shared' : 'declined');
    });
    started.on('error', (error) => {
      console.error('The summary thread stopped:', error);
      stopped = true;
      settle(null, 'declined');
    });
    started.on('exit', () => {
      stopped = true;
      settle(null, 'declined');
    });
    return started;
  };
  const wanted = (claims: number) => !stopped && options.from > 0 && claims >= options.from;
  const tell = (message: ToThread) => worker?.postMessage(message);
  return {
    prepare(claims) {
      if (wanted(claims)) worker ??= start(claims);
    },
    ask(version, search, claims) {
      if (!wanted(claims)) return null;
      worker ??= start(claims);
      if (threadVersion !== version) {
        counts.behind += 1;
        // Told once per version of this thread's: it may be reading its first view still, or be reading this one.
        if (threadVersion !== null && refreshAskedFor !== version) {
          refreshAskedFor = version;
          tell({ kind: 'refresh' });
        }
        return null;
      }
      if (pending) {
        counts.busy += 1;
        return null;
      }
      const id = (next += 1);
      const answer = new Promise<SerialisedChart[] | null>((resolve) => {
        const timer = setTimeout(() => settle(null, 'late'), LATE_MS);
        timer.unref();
        pending = { id, settle: resolve, timer };
      });
      tell({ kind: 'summary', id, version, search });
      return answer;
    },
    stats: () => ({ ...counts }),
    async close() {
      stopped = true;
      settle(null, 'declined');
      await worker?.terminate();
    },
  };
}

/** Whether this machine can run a summary thread beside the server's: more than one core. */
export const summaryThreadsPossible = () => availableParallelism() > 1;
