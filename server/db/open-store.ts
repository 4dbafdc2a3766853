import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerConfig } from '../config';
import type { ClaimStore } from '../store/claim-store';
import { createSqlClaimStore } from '../store/sql-claim-store';
import { sqliteDriver } from '../store/sqlite-driver';
import { postgresDriver } from '../store/postgres-driver';
import type { SqlDriver } from '../store/sql-driver';
import { migrate } from './migrate';

/** The SQLite file in `dataDir` (created when missing), in WAL mode with every commit synced. */
export function openSqlite(dataDir: string): SqlDriver {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'claimwatch.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return sqliteDriver(db);
}

/** Where the store lives: PostgreSQL when CLAIMWATCH_DATABASE_URL is set, else the SQLite file in the data folder. */
export type StoreLocation = Pick<ServerConfig, 'CLAIMWATCH_DATA_DIR' | 'CLAIMWATCH_DATABASE_URL'>;

/** Opens the store and brings its schema up to date (the migrations it has not seen, once, under a lock). */
export async function openStore(location: StoreLocation): Promise<ClaimStore> {
  const driver = location.CLAIMWATCH_DATABASE_URL
    ? postgresDriver(location.CLAIMWATCH_DATABASE_URL)
    : openSqlite(location.CLAIMWATCH_DATA_DIR);
  try {
    await migrate(driver);
    const store = createSqlClaimStore(driver);
    // Claims stored before the filter index existed (migration 006) are indexed once.
    await store.indexClaims();
    return store;
  } catch (error) {
    await driver.close();
    throw error;
  }
}
