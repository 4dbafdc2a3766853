import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { parseSummaryParams } from '../../src/contract/claim-summary';
import { rememberedColumns } from '../../src/contract/claim-columns';
import { summarizeShare } from '../../src/contract/summarize-claims';
import { beginReading } from '../../src/contract/recycled-arrays';
import { openStore } from '../db/open-store';
import { createClaimListCache, type ClaimView } from '../routes/claim-list-cache';
import { selection } from '../routes/claim-selection';
import { serialisedCharts, THREAD_SHARE, type FromThread, type SummaryThreadData, type ToThread } from './summary-task';

/*
 * A server's second thread for summaries (issue 15; summary-thread.ts starts it). It holds a view of the store of its
 * own, read and kept up to date as a second server on the same database would keep its own (claim-list-cache.ts), and
 * summarises the second share of a summary's charts when its view is of the version the main thread's is; else it
 * declines at once (the main thread summarises every chart) and brings its view up to date.
 */

const { location, searchIndexFrom } = workerData as SummaryThreadData;
if (!parentPort) throw new Error('summary-worker.ts runs as a worker thread');
const port: MessagePort = parentPort;
const store = await openStore(location);
const cache = createClaimListCache(store);

/** The view held, and its version: only a view known to be of that version. */
let ready: { version: string; view: ClaimView } | null = null;
/**
 * Ends the reading of the view held: held from when it is made ready, so that its arrays are not recycled while a task
 * may still take it as `ready` (the cache retires it when it makes the next view, before `ready` is moved on).
 */
let endReadyReading: (() => void) | null = null;
let refreshing: Promise<void> | null = null;

/** Brings `ready` to the store's current version, once at a time (a view of 1,000,000 claims takes minutes). */
function refresh(): void {
  refreshing ??= (async () => {
    try {
      const started = performance.now();
      const first = ready === null;
      // A write while the view was made: it may be of either version, so it is not held as either; made again.
      for (let tries = 0; tries < 5; tries += 1) {
        const before = await cache.version();
        const view = await cache.view();
        if ((await cache.version()) !== before) continue;
        const reading = beginReading();
        ready = { version: before, view };
        endReadyReading?.();
        endReadyReading = reading;
        port.postMessage({ kind: 'ready', version: before } satisfies FromThread);
        if (first) {
          const seconds = ((performance.now() - started) / 1000).toFixed(0);
          console.log(`Summary thread: ready, ${view.claims.length} claims read in ${seconds} s.`);
        }
        return;
      }
    } catch (error) {
      console.error('The summary thread could not read the claims:', error);
    } finally {
      refreshing = null;
    }
  })();
}

type Task = Extract<ToThread, { kind: 'summary' }>;

async function answer(task: Task): Promise<FromThread> {
  const declined = (reason: string): FromThread => ({ kind: 'declined', id: task.id, reason });
  const held = ready;
  if (held?.version !== task.version) {
    refresh();
    return declined(held ? `its view is of version ${held.version}` : 'its view is being read');
  }
  const { filters, period, samples, problems } = parseSummaryParams(new URLSearchParams(task.search));
  if (problems.length > 0) return declined('the query has problems');
  const select = await selection(store, filters, searchIndexFrom);
  const [metrics, positionsNow] = await Promise.all([
    store.reference.listMetrics(),
    select.positions(held.view, held.version),
  ]);
  if (positionsNow === undefined) return declined('the claims must be read');
  const columns = rememberedColumns(held.view.claims);
  const charts = summarizeShare(columns, positionsNow(), metrics, { period, samples }, THREAD_SHARE);
  return { kind: 'charts', id: task.id, charts: serialisedCharts(charts) };
}

port.on('message', (message: ToThread) => {
  if (message.kind === 'refresh') return refresh();
  // A reader of its view until it has answered: a view retired meanwhile is not recycled under it.
  const done = beginReading();
  answer(message)
    .then(
      (reply) => port.postMessage(reply),
      (error: unknown) =>
        port.postMessage({ kind: 'declined', id: message.id, reason: String(error) } satisfies FromThread),
    )
    .finally(done);
});
refresh();
