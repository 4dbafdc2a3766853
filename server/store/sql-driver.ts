/** Where the store's SQL runs: the embedded SQLite file or a PostgreSQL server, behind one small async interface. */
export type SqlEngine = 'sqlite' | 'postgres';

export type SqlParams = readonly unknown[];

/**
 * One connection's worth of SQL, written once with `?` placeholders (the PostgreSQL driver numbers them). Statements
 * are always parameterised: nothing is built from input.
 */
export interface SqlDriver {
  readonly engine: SqlEngine;
  all<Row>(sql: string, params?: SqlParams): Promise<Row[]>;
  get<Row>(sql: string, params?: SqlParams): Promise<Row | undefined>;
  run(sql: string, params?: SqlParams): Promise<void>;
  /** Several statements with no parameters (a migration file). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` in one transaction: all of it commits or none of it does. The driver given to `work` is the
   * transaction's own; inside a transaction this runs `work` in it (no nesting). `lock` names a lock held until the
   * commit, for work that reads then writes what another server may be writing (PostgreSQL advisory lock; a SQLite
   * write transaction already excludes every other writer).
   */
  transaction<T>(work: (tx: SqlDriver) => Promise<T>, lock?: string): Promise<T>;
  /** Runs reads that must agree with each other (several tables) on one snapshot of the database. */
  snapshot<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
