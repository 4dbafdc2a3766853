import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DatasetSchema } from '../../src/contract/dataset-schema';
import { syntheticDataset } from '../../mocks/synthetic-claims';
import { openStore } from '../../server/db/open-store';
import { startPostgresCluster, type PostgresCluster } from '../../server/db/postgres-cluster';
import { spawnServer, type SpawnedServer } from '../../server/testing/spawn-server';
import { newClaimBody } from '../../server/testing/new-claim-body';
import type { SqlEngine } from '../../server/store/sql-driver';
import { formatSection, type BenchSection } from './bench-section';

const base = DatasetSchema.parse(JSON.parse(readFileSync('data/default-dataset.json', 'utf8')));
const TOKEN = 'api-scale-analyst-token-0001';
const STATES = ['single_source', 'corroborated', 'unverified', 'disputed_denied'] as const;

/** From this many claims a server is given a heap of LARGE_HEAP_MB. */
const LARGE = 300_000;
const LARGE_HEAP_MB = 16_384;

/** The young generation's semi-space a server above LARGE claims keeps (MB): V8's default grows from 1 MB to 16. */
const LARGE_SEMI_SPACE_MB = 64;

/**
 * How `node` is started for a server holding `count` claims: its view of every claim is in memory (ADR 013), more than
 * V8's default heap from about 500,000 claims. With that view each young-generation collection took 11–14 ms at
 * 1,000,000 claims; a semi-space of 64 MB made them 7 where they were 60 in the same reads (docs/benchmarks.md,
 * eleventh pass). Its minimum too: V8 grows the young generation only as objects survive it, and shrinks it after an
 * idle minute, so a server that keeps little collected a small one every few reads (sixteenth pass). No memory reducer:
 * after a full collection V8 waits for a quiet moment and then marks the heap again, up to three times, to give memory
 * back; with a view of 2 GB each such collection marked for 2–5 s in steps of up to 64 ms on the main thread, found
 * almost nothing (3 to 23 MB), and came during the timed reads (docs/benchmarks.md, twenty-third pass). Command-line
 * arguments, not NODE_OPTIONS: Node refuses `--min-semi-space-size` and `--no-memory-reducer` there.
 */
export const serverNodeArgs = (count: number): string[] =>
  count > LARGE
    ? [
        `--max-old-space-size=${LARGE_HEAP_MB}`,
        `--max-semi-space-size=${LARGE_SEMI_SPACE_MB}`,
        `--min-semi-space-size=${LARGE_SEMI_SPACE_MB}`,
        '--no-memory-reducer',
      ]
    : [];

/** The note a table of servers above LARGE claims carries. */
export const SERVER_HEAP_NOTE = `Above ${LARGE.toLocaleString('en-GB')} claims a server runs with a heap of ${LARGE_HEAP_MB / 1024} GiB (\`--max-old-space-size\`) and a semi-space of ${LARGE_SEMI_SPACE_MB} MB at least and at most (\`--min-semi-space-size\`, \`--max-semi-space-size\`), without V8's memory reducer (\`--no-memory-reducer\`).`;

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
  if (i % 3 !== 0) params.set('metric', base.metrics[i % base.metrics.length]?.id ?? '');
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

/** Edits asked of each server, each of another claim, each followed by the first read after it. */
const EDITS = 10;
/** New claims posted to each server, each followed by the first read after it. */
const NEW_CLAIMS = 5;
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

/**
 * Waits while a server's summary thread (CLAIMWATCH_SUMMARY_THREAD_FROM), started with its first view, reads the claims
 * again: timed reads do not share the machine with it. Whether the server has one, from what it `printed`.
 */
export async function untilSummaryThreadReady(printed: (text: string) => boolean): Promise<boolean> {
  while (printed('Summary thread: reading') && !printed('Summary thread: ready'))
    await new Promise((resolve) => setTimeout(resolve, 1000));
  return printed('Summary thread: ready');
}

/**
 * Summaries asked but not timed before the timed reads, of filters none of them asks (one letter each): a server idle
 * for a minute (its thread reading) has had V8 shrink its young generation, and collects it every read until it has
 * grown again.
 */
export const SETTLING_SUMMARIES = [...'abcdefghij'].map((letter) => `/api/claims/summary?q=${letter}`);

/** VACUUM (ANALYZE) of every table of the database at `url`. */
async function vacuumed(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE)');
  } finally {
    await client.end();
  }
}

/** `count` SYNTHETIC claims stored through the store, as an import would store them. */
export async function seeded(engine: SqlEngine, count: number, postgres: PostgresCluster | null) {
  const dataDir = mkdtempSync(join(tmpdir(), `claimwatch-scale-${engine}-`));
  const databaseUrl = postgres ? await postgres.createDatabase() : undefined;
  const started = performance.now();
  const store = await openStore({ CLAIMWATCH_DATA_DIR: dataDir, CLAIMWATCH_DATABASE_URL: databaseUrl });
  await store.seed(syntheticDataset(base, count));
  await store.close();
  const seedSeconds = (performance.now() - started) / 1000;
  // As after any bulk load into PostgreSQL: the tables vacuumed and their statistics read now, not by autovacuum
  // during the timed requests (on this machine's two cores, beside the server and the client). Not timed.
  if (databaseUrl) await vacuumed(databaseUrl);
  return { dataDir, databaseUrl, seedSeconds };
}

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
 * The timed requests to a server just started on seeded claims (see the notes of benchApiScale): its first read, then
 * `rounds` cold reads of each kind, state changes, edits and new claims, each followed by the first read after it.
 */
export async function timedRun(server: Pick<SpawnedServer, 'url' | 'printed'>, rounds = 30): Promise<TimedRun> {
  const get = (path: string) => () => fetch(`${server.url}${path}`);
  const first = await timed(get('/api/claims?limit=100'));
  if (await untilSummaryThreadReady(server.printed))
    for (const path of SETTLING_SUMMARIES) await (await fetch(`${server.url}${path}`)).arrayBuffer();
  // A different text filter each time: no answer is in the cache.
  const summary: number[] = [];
  const filtered: number[] = [];
  const list: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    summary.push(await timed(get(`/api/claims/summary?q=${i}&samples=5`)));
    filtered.push(await timed(get(`/api/claims/summary?${dashboardFilters(i)}&samples=5`)));
    list.push(await timed(get(`/api/claims?limit=100&q=${i + 1000}`)));
  }
  const writes: number[] = [];
  const readAfterWrite: number[] = [];
  const ids = ((await (await fetch(`${server.url}/api/claims?limit=20`)).json()) as { claims: { id: string }[] })
    .claims;
  for (let i = 0; i < Math.min(10, ids.length); i += 1) {
    const id = ids[i]?.id ?? '';
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
  for (let i = 0; i < Math.min(EDITS, ids.length); i += 1) {
    const id = encodeURIComponent(ids[i]?.id ?? '');
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
  for (let i = 0; i < Math.min(NEW_CLAIMS, ids.length); i += 1) {
    const id = encodeURIComponent(ids[ids.length - 1 - i]?.id ?? '');
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
    seedSeconds.toFixed(0),
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

/**
 * The API at scale on each engine, with SYNTHETIC claims: the first read after a start, reads with the cache cold for
 * their filter (a different filter each time), writes acknowledged, and the first read after a write.
 */
export async function benchApiScale(
  sizes = [10_000, 100_000],
  rounds = 30,
  engines: readonly SqlEngine[] = ['sqlite', 'postgres'],
): Promise<BenchSection> {
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  const postgres = engines.includes('postgres') ? await startPostgresCluster() : null;
  try {
    for (const engine of engines)
      for (const count of sizes) {
        const { dataDir, databaseUrl, seedSeconds } = await seeded(
          engine,
          count,
          engine === 'postgres' ? postgres : null,
        );
        const server = await spawnServer(
          {
            CLAIMWATCH_DATA_DIR: dataDir,
            CLAIMWATCH_DATABASE_URL: databaseUrl ?? '',
            CLAIMWATCH_TOKENS: `scale:analyst:${TOKEN}`,
            CLAIMWATCH_READS_PER_MINUTE: '0',
            CLAIMWATCH_WRITES_PER_MINUTE: '0',
          },
          120_000,
          serverNodeArgs(count),
        );
        try {
          rows.push(rowOf(engine, count, seedSeconds, await timedRun(server, rounds)));
        } finally {
          await server.stop();
          rmSync(dataDir, { recursive: true, force: true });
        }
      }
  } finally {
    await postgres?.stop();
  }
  notes.push(
    `Sequential requests on loopback; ${rounds} cold reads of each kind: \`summary\` with a different one- or two-digit \`q\` each time (no trigram index serves it: every claim's text is read), \`filters summary\` with a different set of the dashboard's own filters each time (a metric or none, a state, a date range: answered from the columns), \`limit=100\` with a different four-digit \`q\`; 10 writes (state changes) each on a settled server, and the first list read after each (it waits for the view to be brought up to date); then ${EDITS} edits (PUT of a claim with a new verification note; answered with the claim derived alone from the view before it, so the first list read after it waits for the view to be brought up to date) and that read (its median); then ${NEW_CLAIMS} new claims (POST of a copy of a listed claim under a new id, each ${NEW_CLAIM_IDLE_MS / 1000} s after the read before it; answered from the view before it, then inserted into the view in its place, which the read after it waits for) and that read (its median). SYNTHETIC claims (seeded generator), not real reporting. PostgreSQL is a throwaway cluster with fsync off, its tables vacuumed and analysed after the seeding (not timed), as after any bulk load.`,
    SERVER_HEAP_NOTE,
    'Budgets (issue 15, at 1,000,000 claims): summary p99 ≤ 50 ms cold, claims?limit=100 p99 ≤ 20 ms, a write acknowledged at p99 ≤ 20 ms. Each server still holds a view of every claim in memory (ADR 013): it derives it whole at a start (the first read); an edit that leaves every origin standing, and a new claim whose origins can be regrouped in place, are derived in place after their answer (the read after them waits for it).',
  );
  return {
    title: 'The API at scale: SQLite and PostgreSQL',
    columns: API_SCALE_COLUMNS,
    rows,
    notes,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const engines = process.argv
    .find((a) => a.startsWith('--engines='))
    ?.slice('--engines='.length)
    .split(',') as SqlEngine[] | undefined;
  const unknown = engines?.filter((e) => e !== 'sqlite' && e !== 'postgres') ?? [];
  if (unknown.length > 0) throw new Error(`unknown engine(s): ${unknown.join(', ')}; known: sqlite, postgres`);
  console.log(formatSection(await benchApiScale(sizes.length > 0 ? sizes : undefined, 30, engines)));
}
