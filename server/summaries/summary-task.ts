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

/** What the main thread tells the summary thread. */
export type ToThread =
  | {
      kind: 'summary';
      id: number;
      /** The store's version whose view the main thread summarises: the thread answers only from the same. */
      version: string;
      /** The request's query string (`?q=…&period=…`), read as the route reads it. */
      search: string;
    }
  /** The main thread's view is of another version than the thread's: it brings its view up to date. */
  | { kind: 'refresh' };

/** What the summary thread answers. */
export type FromThread =
  /** Its view is now of this version: it is asked for summaries of this version only. */
  | { kind: 'ready'; version: string }
  /** Its charts serialised (UTF-8 bytes of JSON): bytes cross between threads as one copy, objects one by one. */
  | { kind: 'charts'; id: number; charts: SerialisedChart[] }
  /** Not answered: its view is of another version after all, or the summary failed. */
  | { kind: 'declined'; id: number; reason: string };

/** A chart's summary as UTF-8 bytes of JSON, and its place among the summary's charts. */
export interface SerialisedChart {
  index: number;
  json: Uint8Array;
}

const encoder = new TextEncoder();
const COMMA = Buffer.from(',');

/**
 * `charts` serialised one by one, each in bytes of its own (a small Buffer shares a pool, which a message to another
 * thread would copy whole).
 */
export const serialisedCharts = (charts: NumberedChart[]): SerialisedChart[] =>
  charts.map(({ index, summary }) => ({ index, json: encoder.encode(JSON.stringify(summary)) }));

/**
 * The answer of GET /api/claims/summary from its charts serialised in two shares, in UTF-8: as JSON.stringify would
 * write `{ charts, matched, total }` whole. The charts' bytes are copied once, into one buffer: the strings joined and
 * then measured in bytes took 6 ms of the main thread for a summary of 1,000,000 claims (227 KB). The cache reads it
 * as one string, and gzips these bytes (cached-answer.ts).
 */
export function summaryAnswerUtf8(charts: SerialisedChart[], matched: number, total: number): Buffer {
  const ordered = [...charts].sort((a, b) => a.index - b.index);
  const parts: Uint8Array[] = [Buffer.from('{"charts":[')];
  ordered.forEach(({ json }, k) => {
    if (k > 0) parts.push(COMMA);
    parts.push(json);
  });
  parts.push(Buffer.from(`],"matched":${JSON.stringify(matched)},"total":${JSON.stringify(total)}}`));
  return Buffer.concat(parts);
}

/** The share of the charts the thread summarises; the main thread summarises share 0. */
export const THREAD_SHARE = { part: 1, of: 2 } as const;
