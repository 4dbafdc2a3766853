import { readFileSync } from 'node:fs';
import { DatasetSchema } from '../../src/contract/dataset-schema';
import type { SpawnedServer } from '../../server/testing/spawn-server';
import { newClaimBody } from '../../server/testing/new-claim-body';

/*
 * The timed requests of the API benchmarks at scale (api-scale.ts, api-turns.ts): cold reads of each kind, state
 * changes, edits and new claims, each write followed by the first read after it; and a table's row of their p50s and
 * p99s.
 */

/** The default dataset: the seeding's base (api-scale.ts), and the metrics the dashboard's filters name. */
export const DEFAULT_DATASET = DatasetSchema.parse(JSON.parse(readFileSync('data/default-dataset.json', 'utf8')));
const TOKEN = 'api-scale-analyst-token-0001';
const STATES = ['single_source', 'corroborated', 'unverified', 'disputed_denied'] as const;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
/**
 * The `i`-th of the dashboard's own filters, each different (so no answer is cached): a metric (or none), a
 * verification state, and a date range whose end moves a day each time. The columns answer these (ADR 013).
 */
export function dashboardFilters(i: number): string {
  const params = new URLSearchParams();
  if (i % 3 !== 0) params.set('metric', DEFAULT_DATASET.metrics[i % DEFAULT_DATASET.metrics.length]?.id ?? '');
  params.append('state', STATES[i % STATES.length] ?? 'unverified');
  if (i % 2 === 0) params.set('from', `${2022 + (i % 3)}-0${1 + (i % 9)}-01`);
  params.set('to', `2026-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`);
  return params.toString();
}

const ms = (n: number) => (Number.isFinite(n) ? Math.round(n) : '—');

/** How long a read may wait for its answer in all: the first read after a start at 1,000,000 claims takes minutes. */
const ANSWER_WITHIN_MS = 30 * 60_000;

/**
 * The answer to `run`, asked again when the connection fails: a kept-alive connection the server closed while its
 * event loop was held (deriving the view on SQLite), or fetch's own five-minute wait for headers (the first read
 * after a start on PostgreSQL at 1,000,000 claims). The server goes on deriving meanwhile; the time counts from the
 * first try.
 */
async function answerOf(run: () => Promise<Response>, started: number): Promise<Response> {
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (performance.now() - started > ANSWER_WITHIN_MS) throw error;
      // A server that refuses at once (stopped) is not asked in a tight loop.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function timed(run: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const answer = await answerOf(run, started);
  await answer.arrayBuffer();
  if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
  return performance.now() - started;
}

/**
 * How many of each kind of request a timed run asks: cold reads of each kind, state changes, edits (each of another
 * claim) and new claims, each write followed by the first read after it. A p99 of fewer than 100 times is the slowest
 * of them (percentile); from 100, the slowest 1% are left out. The new claims are fewer: each waits NEW_CLAIM_IDLE_MS
 * first.
 */
export interface TimedCounts {
  reads: number;
  writes: number;
  edits: number;
  newClaims: number;
}

export const TIMED_COUNTS: TimedCounts = { reads: 200, writes: 200, edits: 200, newClaims: 100 };

/** The most reads of each kind dashboardFilters can tell apart: its date range's end runs through September. */
const MOST_READS = 252;
/**
 * Idle before each new claim, as an analyst's next claim finds the server. A new claim's view update makes about 100 MB
 * of new columns at 1,000,000 claims, and V8 collects the whole heap for it: given idle time it does so then; back to
 * back, the next request pays for it (new claims took 400–2,600 ms so, 29–47 ms with 3 s between; twenty-fifth pass).
 */
const NEW_CLAIM_IDLE_MS = 3000;

/** The body of PUT /api/claims/:id that says what `claim` (as GET answered it) says, with this verification note. */
export function editOf(claim: Record<string, unknown>, note: string) {
  const content: Record<string, unknown> = { ...claim };
  // Set by the server (the id is in the address; origin and corroboration are derived), not part of an edit.
  for (const key of ['id', 'originId', 'corroboration']) delete content[key];
  const verification: Record<string, unknown> = { ...(claim.verification as Record<string, unknown>), note };
  // A state changes only through a state change, with its history.
  delete verification.state;
  delete verification.history;
  return { ...content, verification };
}

/** How long after the first read a server's summary thread is looked for: its line may come after the answer. */
const SUMMARY_THREAD_LINE_MS = 2000;

/**
 * Waits while a server's summary thread (CLAIMWATCH_SUMMARY_THREAD_FROM), started with its first view, reads the claims
 * again: timed reads do not share the machine with it. Whether the server has one, from what it `printed`. The server
 * prints that it starts one before it answers the first read, but its output and the answer come on two pipes, read
 * in either order: the line is waited for a while before the server is taken to have none.
 */
export async function untilSummaryThreadReady(printed: (text: string) => boolean): Promise<boolean> {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const lookedFor = Date.now() + SUMMARY_THREAD_LINE_MS;
  while (!printed('Summary thread: reading') && Date.now() < lookedFor) await pause(100);
  while (printed('Summary thread: reading') && !printed('Summary thread: ready')) await pause(1000);
  return printed('Summary thread: ready');
}

/**
 * Summaries asked but not timed before the timed reads, of filters none of them asks (one letter each): a server idle
 * for a minute (its thread reading) has had V8 shrink its young generation, and collects it every read until it has
 * grown again.
 */
export const SETTLING_SUMMARIES = [...'abcdefghij'].map((letter) => `/api/claims/summary?q=${letter}`);

/** The columns of a table of timed runs (rowOf). */
export const API_SCALE_COLUMNS = [
  'engine',
  'claims',
  'seeded (s)',
  'first read (ms)',
  'summary p50',
  'summary p99',
  'filters summary p50',
  'filters summary p99',
  'limit=100 p50',
  'limit=100 p99',
  'write p50',
  'write p99',
  'read after write',
  'edit p50',
  'edit p99',
  'read after edit',
  'new claim p50',
  'new claim p99',
  'read after new claim',
];

/** What one server answered in the timed requests: each kind's times (ms), in the order asked. */
export interface TimedRun {
  first: number;
  summary: number[];
  filtered: number[];
  list: number[];
  writes: number[];
  readAfterWrite: number[];
  edits: number[];
  readAfterEdit: number[];
  added: number[];
  readAfterNew: number[];
}

/**
 * The timed requests to a server just started on seeded claims (timedRunNote says what they are): its first read, then
 * cold reads of each kind, state changes, edits and new claims, as many as `counts` says, each write followed by the
 * first read after it.
 */
export async function timedRun(
  server: Pick<SpawnedServer, 'url' | 'printed'>,
  counts: TimedCounts = TIMED_COUNTS,
  /** Run after the first read (and the summary thread's), before anything else is timed (api-turns.ts: a vacuum). */
  afterFirstRead: () => Promise<void> = async () => undefined,
): Promise<TimedRun> {
  if (counts.reads > MOST_READS) throw new Error(`at most ${MOST_READS} reads of each kind are each of another filter`);
  const get = (path: string) => () => fetch(`${server.url}${path}`);
  const first = await timed(get('/api/claims?limit=100'));
  const threaded = await untilSummaryThreadReady(server.printed);
  await afterFirstRead();
  if (threaded) for (const path of SETTLING_SUMMARIES) await (await fetch(`${server.url}${path}`)).arrayBuffer();
  // A different text filter each time: no answer is in the cache.
  const summary: number[] = [];
  const filtered: number[] = [];
  const list: number[] = [];
  for (let i = 0; i < counts.reads; i += 1) {
    summary.push(await timed(get(`/api/claims/summary?q=${i}&samples=5`)));
    filtered.push(await timed(get(`/api/claims/summary?${dashboardFilters(i)}&samples=5`)));
    list.push(await timed(get(`/api/claims?limit=100&q=${i + 1000}`)));
  }
  const writes: number[] = [];
  const readAfterWrite: number[] = [];
  // Each write of a kind to another claim, while there are claims enough (a page holds at most 1,000).
  const listed = Math.min(1000, Math.max(counts.writes, counts.edits, counts.newClaims));
  const ids =
    listed === 0
      ? []
      : ((await (await fetch(`${server.url}/api/claims?limit=${listed}`)).json()) as { claims: { id: string }[] })
          .claims;
  const idOf = (i: number) => ids[i % ids.length]?.id ?? '';
  for (let i = 0; i < (ids.length > 0 ? counts.writes : 0); i += 1) {
    const id = idOf(i);
    // A settled server, as an analyst finds it: the view of the last write derived (not timed).
    await (await fetch(`${server.url}/api/claims?limit=1`)).arrayBuffer();
    writes.push(
      await timed(() =>
        fetch(`${server.url}/api/claims/${encodeURIComponent(id)}/verification`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({ to: STATES[i % STATES.length], rationale: `Benchmark write ${i}` }),
        }),
      ),
    );
    readAfterWrite.push(await timed(get('/api/claims?limit=100')));
  }
  // Edits: what a claim says changes (here its verification note). The claim is read alone, answered derived
  // alone from the view before, and the claims near it are derived again after the answer (ADR 013).
  const edits: number[] = [];
  const readAfterEdit: number[] = [];
  for (let i = 0; i < (ids.length > 0 ? counts.edits : 0); i += 1) {
    const id = encodeURIComponent(idOf(i));
    const claim = (await (await fetch(`${server.url}/api/claims/${id}`)).json()) as Record<string, unknown>;
    await (await fetch(`${server.url}/api/claims?limit=1`)).arrayBuffer();
    edits.push(
      await timed(() =>
        fetch(`${server.url}/api/claims/${id}`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify(editOf(claim, `Benchmark edit ${i}`)),
        }),
      ),
    );
    readAfterEdit.push(await timed(get('/api/claims?limit=100')));
  }
  // New claims: a SYNTHETIC copy of a listed claim under a new id, answered from the view before it and
  // inserted into the view after the answer (ADR 013); the read after it waits for that.
  const added: number[] = [];
  const readAfterNew: number[] = [];
  for (let i = 0; i < (ids.length > 0 ? counts.newClaims : 0); i += 1) {
    const id = encodeURIComponent(idOf(ids.length - 1 - (i % ids.length)));
    const claim = (await (await fetch(`${server.url}/api/claims/${id}`)).json()) as Record<string, unknown>;
    await (await fetch(`${server.url}/api/claims?limit=1`)).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, NEW_CLAIM_IDLE_MS));
    added.push(
      await timed(() =>
        fetch(`${server.url}/api/claims`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify(
            newClaimBody({ ...claim, id: `${String(claim.id)}-BENCH-NEW-${i}` }, 'Benchmark new claim (SYNTHETIC)'),
          ),
        }),
      ),
    );
    readAfterNew.push(await timed(get('/api/claims?limit=100')));
  }
  return { first, summary, filtered, list, writes, readAfterWrite, edits, readAfterEdit, added, readAfterNew };
}

/** A row of the table: `label` (the engine), the claims, the seeding's seconds, and the run's p50s and p99s. */
export function rowOf(label: string, count: number, seedSeconds: number, run: TimedRun): (string | number)[] {
  return [
    label,
    count.toLocaleString('en-GB'),
    // NaN: a store seeded before (api-turns.ts --seeded=), whose seeding was not timed here.
    Number.isFinite(seedSeconds) ? seedSeconds.toFixed(0) : 'before',
    ms(run.first),
    ms(percentile(run.summary, 50)),
    ms(percentile(run.summary, 99)),
    ms(percentile(run.filtered, 50)),
    ms(percentile(run.filtered, 99)),
    ms(percentile(run.list, 50)),
    ms(percentile(run.list, 99)),
    ms(percentile(run.writes, 50)),
    ms(percentile(run.writes, 99)),
    ms(percentile(run.readAfterWrite, 50)),
    ms(percentile(run.edits, 50)),
    ms(percentile(run.edits, 99)),
    ms(percentile(run.readAfterEdit, 50)),
    ms(percentile(run.added, 50)),
    ms(percentile(run.added, 99)),
    ms(percentile(run.readAfterNew, 50)),
  ];
}

/** What a timed run of `counts` asks, for a table's notes. */
export const timedRunNote = (counts: TimedCounts) =>
  `Sequential requests on loopback; ${counts.reads} cold reads of each kind: \`summary\` with a different number of one to three digits as \`q\` each time (no trigram index serves it: every claim's text is read), \`filters summary\` with a different set of the dashboard's own filters each time (a metric or none, a state, a date range: answered from the columns), \`limit=100\` with a different four-digit \`q\`; ${counts.writes} writes (state changes, each of another claim) each on a settled server, and the first list read after each (it waits for the view to be brought up to date); then ${counts.edits} edits (PUT of a claim with a new verification note; answered with the claim derived alone from the view before it, so the first list read after it waits for the view to be brought up to date) and that read (its median); then ${counts.newClaims} new claims (POST of a copy of a listed claim under a new id, each ${NEW_CLAIM_IDLE_MS / 1000} s after the read before it; answered from the view before it, then inserted into the view in its place, which the read after it waits for) and that read (its median). SYNTHETIC claims (seeded generator), not real reporting. PostgreSQL is a throwaway cluster with fsync off, its tables vacuumed and analysed after the seeding (not timed), as after any bulk load. A p99 of fewer than 100 times is the slowest of them; of 100 or more, the slowest 1% are left out.`;
