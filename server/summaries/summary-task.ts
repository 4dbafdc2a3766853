import type { NumberedChart } from '../../src/contract/summarize-claims';
import type { StoreLocation } from '../db/open-store';

/*
 * What a server's summary thread (summary-worker.ts) is told and answers (issue 15): the second of two shares of a
 * summary's charts (chart-shares.ts), for a request's query on the view of one version of the store.
 */

/** What the thread is started with. */
export interface SummaryThreadData {
  location: StoreLocation;
  searchIndexFrom: number;
}

export interface SummaryTask {
  id: number;
  /** The store's version whose view the main thread summarises: the thread answers only from the same. */
  version: string;
  /** The request's query string (`?q=…&period=…`), read as the route reads it. */
  search: string;
}

export type SummaryReply =
  | { id: number; charts: NumberedChart[] }
  /** Not answered: the thread's view is of another version (it is being brought up to date), or it failed. */
  | { id: number; declined: string };

/** The share of the charts the thread summarises; the main thread summarises share 0. */
export const THREAD_SHARE = { part: 1, of: 2 } as const;
