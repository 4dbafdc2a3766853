import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import type { SqlDriver, SqlParams } from './sql-driver';

/** Statements kept prepared: the store's own few dozen, and room for the filter shapes in use. */
const MAX_STATEMENTS = 256;

/**
 * better-sqlite3 behind the async interface. Its calls are synchronous, but a transaction's work may await between
 * statements, so one queue orders every use of the connection: a transaction holds it from BEGIN to COMMIT, and a
 * read waits rather than see a transaction's uncommitted rows.
 */
export function sqliteDriver(db: Database.Database): SqlDriver {
  // Prepared once and kept, the most recently used last: filters make SQL of many shapes, so the kept are bounded.
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement) statements.delete(sql);
    else statement = db.prepare(sql);
    statements.set(sql, statement);
    if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
    return statement;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const insideTransaction = new AsyncLocalStorage<true>();
  const exclusive = <T>(work: () => T | Promise<T>): Promise<T> => {
    // The queue would wait for the transaction that is waiting for this: refuse loudly instead of hanging.
    if (insideTransaction.getStore())
      throw new Error('The store was used outside its transaction from inside it: use the transaction given to work.');
    const turn = queue.then(work, work);
    // The queue holds no result: it would keep the last one read (a list of every claim) until the next use.
    queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  };

  const direct: SqlDriver = {
    engine: 'sqlite',
    all: async <Row>(sql: string, params: SqlParams = []) => prepare(sql).all(...params) as Row[],
    get: async <Row>(sql: string, params: SqlParams = []) => prepare(sql).get(...params) as Row | undefined,
    run: async (sql, params = []) => {
      prepare(sql).run(...params);
    },
    exec: async (sql) => {
      db.exec(sql);
    },
    transaction: (work) => work(direct),
    snapshot: (work) => work(direct),
    close: async () => undefined,
  };

  return {
    engine: 'sqlite',
    all: (sql, params) => exclusive(() => direct.all(sql, params)),
    get: (sql, params) => exclusive(() => direct.get(sql, params)),
    run: (sql, params) => exclusive(() => direct.run(sql, params)),
    exec: (sql) => exclusive(() => direct.exec(sql)),
    transaction: (work) =>
      exclusive(() =>
        insideTransaction.run(true, async () => {
          // IMMEDIATE takes the write lock at once: another process's writer waits (busy timeout), never interleaves.
          db.exec('BEGIN IMMEDIATE');
          try {
            const result = await work(direct);
            db.exec('COMMIT');
            return result;
          } catch (error) {
            if (db.inTransaction) db.exec('ROLLBACK');
            throw error;
          }
        }),
      ),
    // Other processes may commit between two reads; a deferred transaction reads one snapshot (WAL) and blocks no writer.
    snapshot: (work) =>
      exclusive(() =>
        insideTransaction.run(true, async () => {
          db.exec('BEGIN DEFERRED');
          try {
            return await work(direct);
          } finally {
            if (db.inTransaction) db.exec('COMMIT');
          }
        }),
      ),
    close: () => exclusive(() => void db.close()),
  };
}
