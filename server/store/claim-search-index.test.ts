// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimFiltersSchema } from '../../src/contract/claim-filters';
import { makeClaim } from '../../src/testing/make-claim';
import { openSqlite } from '../db/open-store';
import { startTestServer, type TestServer } from '../testing/test-server';
import { filterWhere } from './claim-filter-index';
import { postgresDriver } from './postgres-driver';
import type { SqlDriver, SqlEngine } from './sql-driver';

/*
 * Text search is answered by an index (migration 009): SQLite's FTS5 trigram table, PostgreSQL's pg_trgm GIN index.
 * What it answers is held equal to the reference by the differential test (claim-filter-index.property.test.ts); this
 * one shows that the index is there, kept in step with writes, and what the database plans to use.
 */

const search = (q: string) => filterWhere(ClaimFiltersSchema.parse({ q }), 'sqlite')!;

describe.each<SqlEngine>(['sqlite', 'postgres'])('the text search index on %s', (engine) => {
  let server: TestServer;
  let driver: SqlDriver;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    driver = engine === 'sqlite' ? openSqlite(server.dataDir) : postgresDriver(server.databaseUrl!, 1);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await server?.remove();
  });

  /** What the database plans for the ids that text search keeps. */
  async function plan(q: string): Promise<string> {
    const where = filterWhere(ClaimFiltersSchema.parse({ q }), engine)!;
    const sql = `SELECT claim_id FROM claim_filter_index WHERE ${where.sql}`;
    if (engine === 'sqlite') {
      const rows = await driver.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, where.params);
      return rows.map((r) => r.detail).join('\n');
    }
    // A table of 64 rows is read whole whatever its indexes: ask what the index would do.
    return driver.transaction(async (tx) => {
      await tx.exec('SET LOCAL enable_seqscan = off');
      const rows = await tx.all<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, where.params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    }, 'explain');
  }

  it('is used for a word of three characters or more', async () => {
    expect(await plan('zelensky')).toMatch(
      engine === 'sqlite' ? /claim_search VIRTUAL TABLE INDEX/ : /claim_filter_search/,
    );
  });

  it('bounds how many claims hold the words from its own counts, reading no claim (SQLite)', async () => {
    for (const q of ['kursk', 'NIS', 'zelensky troops', 'no such words', 'pyongyang']) {
      const bound = await server.store.claims.textSearchBound(q);
      if (engine === 'postgres') expect(bound).toBeNull();
      else {
        const kept = (await server.store.claims.matchingIds(ClaimFiltersSchema.parse({ q })))!.ids.length;
        expect(bound, q).toBeGreaterThanOrEqual(kept);
        expect(bound, q).toBeLessThanOrEqual(await server.store.claims.count());
      }
    }
    if (engine === 'sqlite') expect(await server.store.claims.textSearchBound('qqqzzz')).toBe(0);
    expect(await server.store.claims.textSearchBound('ab')).toBeNull();
  });

  it('answers the ids with the version of the store they are of: the version after each write', async () => {
    const filters = ClaimFiltersSchema.parse({ q: 'kursk' });
    const before = await server.store.claims.matchingIds(filters);
    expect(before?.version).toBe(await server.store.version());
    expect(before?.ids.length).toBeGreaterThan(0);
    // SYNTHETIC claim, made for this test.
    await server.store.claims.save(makeClaim({ id: 'SEARCH-V', notes: 'Kursk, once more' }), 'search index test');
    const after = await server.store.claims.matchingIds(filters);
    expect(after?.version).toBe(await server.store.version());
    expect(after?.version).not.toBe(before?.version);
    expect(before?.ids).not.toContain('SEARCH-V');
    expect(after?.ids).toContain('SEARCH-V');
  });

  it('finds what the filter finds after writes, in the folded text', async () => {
    // SYNTHETIC claim, made for this test.
    const claim = makeClaim({ id: 'SEARCH-1', notes: 'Seen near Kursk by a Quokka-watcher' });
    await server.store.claims.save(claim, 'search index test');
    const ids = (await server.store.claims.matchingIds(ClaimFiltersSchema.parse({ q: 'QUOKKA kursk' })))?.ids;
    expect(ids).toEqual(['SEARCH-1']);
    await server.store.claims.save({ ...claim, notes: 'Nothing of that now' }, 'search index test');
    expect((await server.store.claims.matchingIds(ClaimFiltersSchema.parse({ q: 'quokka' })))?.ids).toEqual([]);
    if (engine === 'sqlite')
      // FTS5 compares the index with the rows it was built from, and throws if they differ.
      await expect(
        driver.run(`INSERT INTO claim_search (claim_search, rank) VALUES ('integrity-check', 1)`),
      ).resolves.not.toThrow();
  });
});

describe('the SQLite text search clause', () => {
  it('asks the trigram index, in one query, for the words of three characters or more, and keeps each word’s exact LIKE', () => {
    expect(search('ab')).toEqual({ sql: `search_text LIKE ? ESCAPE '\\'`, params: ['%ab%'] });
    const long = search('say"so a% kursk');
    expect(long.params).toEqual(['"say""so" AND "kursk"', '%say"so%', '%a\\%%', '%kursk%']);
    expect(long.sql.match(/claim_search MATCH/g)).toHaveLength(1);
    expect(long.sql.match(/LIKE/g)).toHaveLength(3);
  });
});
