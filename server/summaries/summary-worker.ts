import { parentPort, workerData } from 'node:worker_threads';
import { parseSummaryParams } from '../../src/contract/claim-summary';
import { rememberedColumns } from '../../src/contract/claim-columns';
import { summarizeShare } from '../../src/contract/summarize-claims';
import { openStore } from '../db/open-store';
import { createClaimListCache, type ClaimView } from '../routes/claim-list-cache';
import { selection } from '../routes/claim-selection';
import { THREAD_SHARE, type SummaryReply, type SummaryTask, type SummaryThreadData } from './summary-task';

/*
 * A server's second thread for summaries (issue 15; summary-thread.ts starts it). It holds a view of the store of its
 * own, read and kept up to date as a second server on the same database would keep its own (claim-list-cache.ts), and
 * summarises the second share of a summary's charts when its view is of the version the main thread's is; else it
 * declines at once (the main thread summarises every chart) and brings its view up to date.
 */

const { location, searchIndexFrom } = workerData as SummaryThreadData;
const port = parentPort;
if (!port) throw new Error('summary-worker.ts runs as a worker thread');
const store = await openStore(location);
const cache = createClaimListCache(store);

/** The view held, and its version: only a view known to be of that version. */
let ready: { version: string; view: ClaimView } | null = null;
let refreshing: Promise<void> | null = null;

/** Brings `ready` to the store's current version, once at a time (a view of 1,000,000 claims takes minutes). */
function refresh(): void {
  refreshing ??= (async () => {
    try {
      const started = performance.now();
      const first = ready === null;
      const before = await cache.version();
      const view = await cache.view();
      // A write while the view was made: it may be of either version, so it is not held as either.
      if ((await cache.version()) === before) ready = { version: before, view };
      if (first && ready)
        console.log(
          `Summary thread: ready, ${view.claims.length} claims read in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
        );
    } catch (error) {
      console.error('The summary thread could not read the claims:', error);
    } finally {
      refreshing = null;
    }
  })();
}

async function answer(task: SummaryTask): Promise<SummaryReply> {
  const held = ready;
  if (held?.version !== task.version) {
    refresh();
    return { id: task.id, declined: held ? `its view is of version ${held.version}` : 'its view is being read' };
  }
  const { filters, period, samples, problems } = parseSummaryParams(new URLSearchParams(task.search));
  if (problems.length > 0) return { id: task.id, declined: 'the query has problems' };
  const select = await selection(store, filters, searchIndexFrom);
  const [metrics, positionsNow] = await Promise.all([
    store.reference.listMetrics(),
    select.positions(held.view, held.version),
  ]);
  if (positionsNow === undefined) return { id: task.id, declined: 'the claims must be read' };
  const columns = rememberedColumns(held.view.claims);
  return { id: task.id, charts: summarizeShare(columns, positionsNow(), metrics, { period, samples }, THREAD_SHARE) };
}

port.on('message', (task: SummaryTask) => {
  answer(task).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage({ id: task.id, declined: String(error) } satisfies SummaryReply),
  );
});
refresh();
