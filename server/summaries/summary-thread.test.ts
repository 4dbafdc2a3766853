// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import type { SqlEngine } from '../store/sql-driver';
import { createClaimListCache } from '../routes/claim-list-cache';
import { readRoutes } from '../routes/read-routes';
import { testServerPool, type TestServer } from '../testing/test-server';
import { summaryThread, type SummaryThread } from './summary-thread';

/*
 * Summaries shared with a second thread (summary-thread.ts) answer exactly what one thread answers, on both engines:
 * a server's routes with a thread beside the same routes without, on one database seeded with the default dataset.
 */

const start = testServerPool();
const threads: SummaryThread[] = [];
afterEach(async () => {
  for (const thread of threads.splice(0)) await thread.close();
});

/** Summaries whose charts, selections, periods and samples differ: each is a new answer (none cached). */
const QUERIES = [
  '',
  'q=ur',
  'q=20',
  'q=kim%20jong',
  'q=zz',
  'state=corroborated&state=officially_confirmed',
  'metric=troops_in_russia',
  'kind=estimate&period=month&samples=2',
  'from=2024-10-01&to=2024-12-31&samples=0',
  'period=year&samples=20',
];

function routes(s: TestServer, thread?: SummaryThread) {
  return new Hono().route(
    '/',
    readRoutes(s.store, createClaimListCache(s.store), { searchIndexFrom: 20_000, summaryThread: thread }),
  );
}

const summary = async (app: Hono, query: string) => {
  const response = await app.request(`/claims/summary?${query}`);
  expect(response.status).toBe(200);
  // Compared as text: the shared answer is put together from JSON made in two threads, and must read byte for byte
  // as one thread's.
  return response.text();
};

/** Asks summaries no other asks (claims from a day before them all) until the thread has shared one. */
async function untilShared(app: Hono, thread: SummaryThread, asked: { n: number }) {
  const before = thread.stats().shared;
  for (let tries = 0; thread.stats().shared === before && tries < 600; tries += 1) {
    asked.n += 1;
    await summary(
      app,
      `from=1900-01-01&to=2100-01-01&samples=${asked.n % 21}&period=${['auto', 'week', 'month', 'quarter', 'year'][Math.floor(asked.n / 21) % 5]}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(thread.stats().shared).toBeGreaterThan(before);
}

describe.each<SqlEngine>(['sqlite', 'postgres'])('summaries shared with a second thread on %s', (engine) => {
  it('answer as one thread does, and after a write as well, from the write on', async () => {
    const s = await start({ engine });
    const thread = summaryThread(
      { CLAIMWATCH_DATA_DIR: s.dataDir, CLAIMWATCH_DATABASE_URL: s.databaseUrl },
      { from: 1, searchIndexFrom: 20_000 },
    );
    threads.push(thread);
    const shared = routes(s, thread);
    const alone = routes(s);
    const asked = { n: 0 };
    await untilShared(shared, thread, asked);
    const before = thread.stats().shared;
    for (const query of QUERIES) expect(await summary(shared, query)).toEqual(await summary(alone, query));
    // Each was shared: none was summarised by one thread alone.
    expect(thread.stats().shared - before).toBe(QUERIES.length);

    await s.store.claims.appendStateChange('C040', {
      date: '2025-01-01',
      to: 'disputed_denied',
      rationale: 'Summary thread test',
      by: 'test',
    });
    const behind = thread.stats().behind;
    // The first summary after the write: the thread's view is older, it is not asked (but told to catch up), and this
    // one summarises every chart.
    const afterWrite = await summary(shared, 'state=disputed_denied');
    expect(afterWrite).toEqual(await summary(alone, 'state=disputed_denied'));
    expect(afterWrite).toContain('C040');
    expect(thread.stats().behind).toBe(behind + 1);
    await untilShared(shared, thread, asked);
    for (const query of [...QUERIES, 'state=disputed_denied&samples=19'])
      expect(await summary(shared, query)).toEqual(await summary(alone, query));
    expect(thread.stats()).toMatchObject({ declined: 0, late: 0 });
    // A thread stopped: summaries are summarised by one thread, as before.
    await thread.close();
    expect(await summary(shared, 'q=troops&samples=4')).toEqual(await summary(alone, 'q=troops&samples=4'));
  }, 120_000);
});
