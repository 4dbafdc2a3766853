import pg from 'pg';
import type { SqlDriver, SqlParams } from './sql-driver';

/** `?` placeholders numbered as PostgreSQL wants them ($1, $2…); the store's SQL has no `?` anywhere else. */
function toPostgres(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${String((n += 1))}`);
}

type Queryable = Pick<pg.PoolClient, 'query'>;

function on(connection: Queryable): SqlDriver {
  const driver: SqlDriver = {
    engine: 'postgres',
    all: async <Row>(sql: string, params: SqlParams = []) =>
      (await connection.query(toPostgres(sql), [...params])).rows as Row[],
    get: async <Row>(sql: string, params: SqlParams = []) =>
      (await connection.query(toPostgres(sql), [...params])).rows[0] as Row | undefined,
    run: async (sql, params = []) => {
      await connection.query(toPostgres(sql), [...params]);
    },
    exec: async (sql) => {
      await connection.query(sql);
    },
    transaction: (work) => work(driver),
    snapshot: (work) => work(driver),
    close: async () => undefined,
  };
  return driver;
}

/** A pool of connections to CLAIMWATCH_DATABASE_URL; each transaction runs on one connection of its own. */
export function postgresDriver(url: string, poolSize = 10): SqlDriver {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops (a restart) must not crash the app: the pool replaces it.
  pool.on('error', (error) => console.error('PostgreSQL connection error (the pool reconnects)', error.message));
  const inTransaction = async <T>(begin: string, work: (tx: SqlDriver) => Promise<T>, lock?: string) => {
    const client = await pool.connect();
    try {
      await client.query(begin);
      if (lock) await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
      const result = await work(on(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    ...on(pool),
    transaction: (work, lock) => inTransaction('BEGIN', work, lock),
    // READ COMMITTED takes a snapshot per statement; reads that must agree share one.
    snapshot: (work) => inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work),
    close: () => pool.end(),
  };
}
