import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimFiltersSchema } from '../../src/contract/claim-filters';
import { DatasetSchema } from '../../src/contract/dataset-schema';
import { selectClaims } from '../../src/contract/select-claims';
import { syntheticDataset } from '../../mocks/synthetic-claims';
import { openSqlite, openStore } from '../../server/db/open-store';
import { startPostgresCluster } from '../../server/db/postgres-cluster';
import { filterWhere } from '../../server/store/claim-filter-index';
import { postgresDriver } from '../../server/store/postgres-driver';
import type { SqlDriver, SqlEngine } from '../../server/store/sql-driver';
import { formatSection, type BenchSection } from './bench-section';

/*
 * Text search (`q`) at scale, with SYNTHETIC claims: the database's answer with its text index (migration 009: FTS5
 * trigram on SQLite, pg_trgm on PostgreSQL), the same SQL scanning (the LIKE alone), and selectClaims over the claims
 * in memory (how a server's view filters today).
 */

const base = DatasetSchema.parse(JSON.parse(readFileSync('data/default-dataset.json', 'utf8')));
/** From one claim's id to a word in every claim: what each search keeps grows down the list. */
const SEARCHES = ['syn-012345', 'claim 4242 ', 'source 17', 'synthetic'];
const ROUNDS = 9;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function timedMedian(run: () => Promise<unknown> | unknown): Promise<{ ms: number; result: unknown }> {
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result };
}

async function ids(driver: SqlDriver, q: string, engine: SqlEngine): Promise<number> {
  const where = filterWhere(ClaimFiltersSchema.parse({ q }), engine)!;
  return (await driver.all(`SELECT claim_id FROM claim_filter_index WHERE ${where.sql}`, where.params)).length;
}

export async function benchDbSearch(count = 100_000): Promise<BenchSection> {
  const rows: (string | number)[][] = [];
  const dataset = syntheticDataset(base, count);
  const postgres = await startPostgresCluster();
  try {
    for (const engine of ['sqlite', 'postgres'] as const) {
      const dataDir = mkdtempSync(join(tmpdir(), `claimwatch-search-${engine}-`));
      const databaseUrl = engine === 'postgres' ? await postgres.createDatabase() : undefined;
      const store = await openStore({ CLAIMWATCH_DATA_DIR: dataDir, CLAIMWATCH_DATABASE_URL: databaseUrl });
      await store.seed(dataset);
      const claims = await store.claims.list();
      await store.close();
      const driver = engine === 'sqlite' ? openSqlite(dataDir) : postgresDriver(databaseUrl!, 1);
      if (engine === 'postgres') await driver.exec('ANALYZE claim_filter_index');
      try {
        for (const q of SEARCHES) {
          const indexed = await timedMedian(() => ids(driver, q, engine));
          // The same SQL without the index: the LIKE alone (SQLite), or the index taken away (PostgreSQL).
          const scanned =
            engine === 'sqlite'
              ? await timedMedian(() => ids(driver, q, 'postgres'))
              : await driver.transaction(async (tx) => {
                  await tx.exec('SET LOCAL enable_bitmapscan = off; SET LOCAL enable_indexscan = off');
                  return timedMedian(() => ids(tx, q, engine));
                }, 'bench without the index');
          const filters = ClaimFiltersSchema.parse({ q });
          const inMemory = await timedMedian(() => selectClaims(claims, filters).length);
          if (indexed.result !== scanned.result || indexed.result !== inMemory.result)
            throw new Error(
              `"${q}" on ${engine}: ${String(indexed.result)}, ${String(scanned.result)}, ${String(inMemory.result)}`,
            );
          rows.push([
            engine,
            count,
            `\`${q}\``,
            indexed.result as number,
            indexed.ms.toFixed(1),
            scanned.ms.toFixed(1),
            inMemory.ms.toFixed(1),
          ]);
        }
      } finally {
        await driver.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await postgres.stop();
  }
  return {
    title: 'Text search in the database: the trigram index against a scan and against memory',
    columns: ['engine', 'claims', 'q', 'claims kept', 'indexed (ms)', 'scanned (ms)', 'selectClaims in memory (ms)'],
    rows,
    notes: [
      `Medians of ${ROUNDS}; the ids of the claims kept, read by one connection on loopback. "indexed": migration 009 (SQLite FTS5 trigram table, PostgreSQL pg_trgm GIN index) finding the candidates, the LIKE keeping exactly the reference's answer; "scanned": the same LIKE without the index; "in memory": selectClaims over the claims already parsed (the folded text of each cached after the first round). The three answers are checked equal. SYNTHETIC claims (seeded generator), not real reporting.`,
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2]);
  console.log(formatSection(await benchDbSearch(Number.isInteger(count) && count > 0 ? count : undefined)));
}
