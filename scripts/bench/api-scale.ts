import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { syntheticDataset } from '../../mocks/synthetic-claims';
import { openStore } from '../../server/db/open-store';
import { startPostgresCluster, type PostgresCluster } from '../../server/db/postgres-cluster';
import { spawnServer } from '../../server/testing/spawn-server';
import type { SqlEngine } from '../../server/store/sql-driver';
import { formatSection, type BenchSection } from './bench-section';
import {
  API_SCALE_COLUMNS,
  DEFAULT_DATASET,
  rowOf,
  TIMED_COUNTS,
  timedRun,
  timedRunNote,
  type TimedCounts,
} from './api-timed-run';

const TOKEN = 'api-scale-analyst-token-0001';

/** From this many claims a server is given a heap of LARGE_HEAP_MB. */
const LARGE = 300_000;
const LARGE_HEAP_MB = 16_384;

/** The young generation's semi-space a server above LARGE claims keeps (MB): V8's default grows from 1 MB to 16. */
const LARGE_SEMI_SPACE_MB = 64;

/** How far (in percent) a server above LARGE claims lets its heap grow past what a full collection kept before the next. */
const LARGE_HEAP_GROWING_PERCENT = 50;

/**
 * How `node` is started for a server holding `count` claims: its view of every claim is in memory (ADR 013), more than
 * V8's default heap from about 500,000 claims. With that view each young-generation collection took 11–14 ms at
 * 1,000,000 claims; a semi-space of 64 MB made them 7 where they were 60 in the same reads (docs/benchmarks.md,
 * eleventh pass). Its minimum too: V8 grows the young generation only as objects survive it, and shrinks it after an
 * idle minute, so a server that keeps little collected a small one every few reads (sixteenth pass). No memory reducer:
 * after a full collection V8 waits for a quiet moment and then marks the heap again, up to three times, to give memory
 * back; with a view of 2 GB each such collection marked for 2–5 s in steps of up to 64 ms on the main thread, found
 * almost nothing (3 to 23 MB), and came during the timed reads (docs/benchmarks.md, twenty-third pass). A heap that
 * grows by half before its next full collection: each marks the view's 2.3 GB, about 2.1–2.6 s of marking on the main
 * thread over 3 s in which every answer waits (edits of 100–640 ms), and V8 chose to start one after 12% of growth,
 * about 290 MB, 270 writes at 1,000,000 claims; after 50%, 1.1 GB, one came in 800 writes (twenty-ninth pass).
 * Command-line arguments, not NODE_OPTIONS: Node refuses `--min-semi-space-size` and `--no-memory-reducer` there.
 */
export const serverNodeArgs = (count: number): string[] =>
  count > LARGE
    ? [
        `--max-old-space-size=${LARGE_HEAP_MB}`,
        `--max-semi-space-size=${LARGE_SEMI_SPACE_MB}`,
        `--min-semi-space-size=${LARGE_SEMI_SPACE_MB}`,
        '--no-memory-reducer',
        `--heap-growing-percent=${LARGE_HEAP_GROWING_PERCENT}`,
      ]
    : [];

/** The note a table of servers above LARGE claims carries. */
export const SERVER_HEAP_NOTE = `Above ${LARGE.toLocaleString('en-GB')} claims a server runs with a heap of ${LARGE_HEAP_MB / 1024} GiB (\`--max-old-space-size\`) and a semi-space of ${LARGE_SEMI_SPACE_MB} MB at least and at most (\`--min-semi-space-size\`, \`--max-semi-space-size\`), without V8's memory reducer (\`--no-memory-reducer\`), its heap let grow by ${LARGE_HEAP_GROWING_PERCENT}% past what a full collection kept before the next (\`--heap-growing-percent\`).`;

/** VACUUM (ANALYZE) of every table of the database at `url`. */
export async function vacuumed(url: string): Promise<void> {
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
  await store.seed(syntheticDataset(DEFAULT_DATASET, count));
  await store.close();
  const seedSeconds = (performance.now() - started) / 1000;
  // As after any bulk load into PostgreSQL: the tables vacuumed and their statistics read now, not by autovacuum
  // during the timed requests (on this machine's two cores, beside the server and the client). Not timed.
  if (databaseUrl) await vacuumed(databaseUrl);
  return { dataDir, databaseUrl, seedSeconds };
}

/**
 * The API at scale on each engine, with SYNTHETIC claims: the first read after a start, reads with the cache cold for
 * their filter (a different filter each time), writes acknowledged, and the first read after a write.
 */
export async function benchApiScale(
  sizes = [10_000, 100_000],
  counts: TimedCounts = TIMED_COUNTS,
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
          rows.push(rowOf(engine, count, seedSeconds, await timedRun(server, counts)));
        } finally {
          await server.stop();
          rmSync(dataDir, { recursive: true, force: true });
        }
      }
  } finally {
    await postgres?.stop();
  }
  notes.push(
    timedRunNote(counts),
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
  console.log(formatSection(await benchApiScale(sizes.length > 0 ? sizes : undefined, TIMED_COUNTS, engines)));
}
