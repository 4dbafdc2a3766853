import type { StoreChange } from './claim-store';
import type { SqlDriver } from './sql-driver';

/*
 * What the repositories of one session of the store share (sql-claim-store.ts): the session's driver, its record of
 * writes when it is a transaction, and how it runs a write.
 */

/** A transaction's record of whether it wrote, so its commit steps the version only then, and of what it changed. */
export interface Writes {
  any: boolean;
  changes: StoreChange[];
}

/**
 * Runs a write: in the open transaction, or in one of its own that steps the version. A write that answers null found
 * nothing to write and steps no version.
 */
export type Writing = <T>(work: (d: SqlDriver) => Promise<T>, change?: StoreChange) => Promise<T>;

export interface StoreSessionContext {
  /** The whole database, outside any transaction. */
  db: SqlDriver;
  /** This session's driver: the database, or its transaction's own. */
  driver: SqlDriver;
  /** The transaction's record of writes; null outside one. */
  writes: Writes | null;
  writing: Writing;
}

/** COUNT(*) is a bigint on PostgreSQL, which node-postgres hands over as a string. */
export type CountRow = { n: number | string };

/** A row of a table of JSON bodies. */
export type BodyRow = { body: string };

/** Each row's body, parsed and validated by `parse`. */
export const bodies = <T>(rows: BodyRow[], parse: (value: unknown) => T) => rows.map((r) => parse(JSON.parse(r.body)));
