import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startPostgresCluster } from '../../server/db/postgres-cluster';
import { spawnServer } from '../../server/testing/spawn-server';
import type { SqlEngine } from '../../server/store/sql-driver';
import { seeded, serverNodeArgs, vacuumed } from './api-scale';
import { API_SCALE_COLUMNS, rowOf, TIMED_COUNTS, timedRun, timedRunNote, type TimedCounts } from './api-timed-run';
import { formatSection, type BenchSection } from './bench-section';

/*
 * The API at scale with servers of several checkouts in turns, on one seeded store (issue 15): api-scale.ts's timed
 * requests, each server on a copy of the same seeded claims. Seeding 1,000,000 claims into PostgreSQL takes about 20
 * minutes, and two commits' servers measured on stores seeded apart, an hour apart, differed by more than the commits
 * did (docs/benchmarks.md, twenty-seventh pass).
 *
 *   node --import tsx scripts/bench/api-turns.ts 1000000 --engine=postgres --turns=/tmp/old,/tmp/new,/tmp/old,/tmp/new
 *
 * Each checkout is a clone with its own dependencies installed (or linked); its server is started from it.
 */

const TOKEN = 'api-scale-analyst-token-0001';

/** A checkout's commit, short, or its path when it is not a git checkout. */
function commitOf(checkout: string): string {
  try {
    return execFileSync('git', ['-C', checkout, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return checkout;
  }
}

async function sql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A copy of the seeded store for turn `turn`, and how to drop it: a database made from the seeded one as its template
 * (PostgreSQL), or the seeded folder copied (SQLite).
 */
async function copyOf(
  store: { dataDir: string; databaseUrl?: string },
  /** A URL of the seeded store's PostgreSQL server that may create and drop databases; null on SQLite. */
  adminUrl: string | null,
  turn: number,
): Promise<{ dataDir: string; databaseUrl: string; drop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), `claimwatch-turn-${turn}-`));
  const dropFolder = () => rmSync(dataDir, { recursive: true, force: true });
  if (!adminUrl || !store.databaseUrl) {
    cpSync(store.dataDir, dataDir, { recursive: true });
    // On disk before the server starts: 3.7 GB at 1,000,000 claims, written back during the timed reads otherwise (in
    // the first run so, limit=100 took up to 68 and 109 ms at p99, against 15 in api-scale.ts's run of the same code).
    execFileSync('sync');
    return { dataDir, databaseUrl: '', drop: async () => dropFolder() };
  }
  const seededName = new URL(store.databaseUrl).pathname.slice(1);
  const name = `turn_${turn}`;
  await sql(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${seededName}`);
  const databaseUrl = new URL(store.databaseUrl);
  databaseUrl.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: databaseUrl.toString(),
    drop: async () => {
      dropFolder();
      await sql(adminUrl, `DROP DATABASE ${name}`);
    },
  };
}

/**
 * A store seeded before (`given`: a PostgreSQL database's URL, or a SQLite data folder), kept as it is; else `count`
 * claims seeded now on `engine` (on a throwaway cluster for PostgreSQL), dropped by `done`.
 */
async function seededStore(engine: SqlEngine, count: number, given: string) {
  if (given) {
    const postgresUrl = /^postgres(ql)?:/.test(given) ? new URL(given) : null;
    if ((engine === 'postgres') !== (postgresUrl !== null))
      throw new Error(
        `--seeded=${given} is not a store of ${engine}: a PostgreSQL URL or a SQLite folder, as --engine says`,
      );
    const adminUrl = postgresUrl ? Object.assign(new URL(given), { pathname: '/postgres' }).toString() : null;
    const store = { dataDir: postgresUrl ? '' : given, databaseUrl: postgresUrl?.toString(), seedSeconds: NaN };
    return { store, adminUrl, done: async () => undefined };
  }
  const postgres = engine === 'postgres' ? await startPostgresCluster() : null;
  try {
    const store = await seeded(engine, count, postgres);
    const done = async () => {
      rmSync(store.dataDir, { recursive: true, force: true });
      await postgres?.stop();
    };
    return { store, adminUrl: postgres?.url ?? null, done };
  } catch (error) {
    await postgres?.stop();
    throw error;
  }
}

/**
 * `count` SYNTHETIC claims seeded once on `engine` (or the store `seededBefore` names, which must hold them), then a
 * server of each checkout in `checkouts`, in that order.
 */
export async function benchApiTurns(
  count: number,
  engine: SqlEngine,
  checkouts: readonly string[],
  counts: TimedCounts = TIMED_COUNTS,
  /** A file each turn's times are appended to, a line of JSON each (its label and every time), when given. */
  timesFile = '',
  seededBefore = '',
) {
  const rows: (string | number)[][] = [];
  const { store, adminUrl, done } = await seededStore(engine, count, seededBefore);
  try {
    for (const [turn, checkout] of checkouts.entries()) {
      const copy = await copyOf(store, adminUrl, turn);
      try {
        const env = {
          CLAIMWATCH_DATA_DIR: copy.dataDir,
          CLAIMWATCH_DATABASE_URL: copy.databaseUrl,
          CLAIMWATCH_TOKENS: `scale:analyst:${TOKEN}`,
          CLAIMWATCH_READS_PER_MINUTE: '0',
          CLAIMWATCH_WRITES_PER_MINUTE: '0',
        };
        const server = await spawnServer(env, 120_000, serverNodeArgs(count), checkout);
        try {
          const label = `${engine} (turn ${turn + 1}: ${commitOf(checkout)})`;
          // A server whose contract code differs from the seeding's validates every claim again in its first read and
          // writes each one's check (server/store/body-check.ts): on PostgreSQL, 1,000,000 rows left for autovacuum,
          // which then ran during the timed reads of that turn alone. Vacuumed now, in every turn alike (not timed).
          const afterFirstRead = copy.databaseUrl ? () => vacuumed(copy.databaseUrl) : undefined;
          const run = await timedRun(server, counts, afterFirstRead);
          rows.push(rowOf(label, count, store.seedSeconds, run));
          if (timesFile) appendFileSync(timesFile, `${JSON.stringify({ label, ...run })}\n`);
          // Printed as each turn ends: a run of four at 1,000,000 claims takes half an hour.
          console.error(rows.at(-1)?.join(' | '));
        } finally {
          await server.stop();
        }
      } finally {
        await copy.drop();
      }
    }
  } finally {
    await done();
  }
  const section: BenchSection = {
    title: `The API at scale, servers in turns on one seeded store (${engine})`,
    columns: API_SCALE_COLUMNS,
    rows,
    notes: [
      timedRunNote(counts),
      `Each server on its own copy of one store seeded once with ${count.toLocaleString('en-GB')} SYNTHETIC claims (the seeding's seconds are that one seeding's): a database made with the seeded one as its template on PostgreSQL, the seeded folder copied on SQLite. Servers started from the checkouts in the order shown, alone on the machine.`,
    ],
  };
  return section;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2]);
  const option = (name: string) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(`--${name}=`.length) ?? '';
  const engine = (option('engine') || 'sqlite') as SqlEngine;
  const checkouts = option('turns').split(',').filter(Boolean);
  if (!Number.isInteger(count) || count <= 0) throw new Error('the first argument is the number of claims');
  if (engine !== 'sqlite' && engine !== 'postgres')
    throw new Error(`unknown engine ${engine}; known: sqlite, postgres`);
  if (checkouts.length === 0) throw new Error('--turns=<checkout>,<checkout>,… names the checkouts, in turn order');
  // --reads=, --writes=, --edits=, --new-claims=: how many of each a turn asks (TIMED_COUNTS unless given).
  const counts = { ...TIMED_COUNTS };
  for (const [key, name] of [
    ['reads', 'reads'],
    ['writes', 'writes'],
    ['edits', 'edits'],
    ['newClaims', 'new-claims'],
  ] as const)
    if (option(name)) counts[key] = Number(option(name));
  if (Object.values(counts).some((n) => !Number.isInteger(n) || n < 0))
    throw new Error('--reads, --writes, --edits and --new-claims take a whole number');
  // --times=<file>: every time of each turn, for a look at more than its p50 and p99.
  // --seeded=<PostgreSQL database URL | SQLite data folder>: a store seeded before with `count` claims (kept as it is;
  // each turn reads a copy of it), instead of seeding one now: seeding 1,000,000 into PostgreSQL takes 20–25 minutes.
  console.log(formatSection(await benchApiTurns(count, engine, checkouts, counts, option('times'), option('seeded'))));
}
