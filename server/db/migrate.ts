import { readdirSync, readFileSync } from 'node:fs';
import type { SqlDriver } from '../store/sql-driver';

/** The schema's history, one folder per engine with the same file names. */
const MIGRATIONS = {
  sqlite: new URL('./migrations/', import.meta.url),
  postgres: new URL('./migrations-postgres/', import.meta.url),
} as const;

const LEDGER = 'CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)';

async function appliedVersions(driver: SqlDriver): Promise<Set<string>> {
  const rows = await driver.all<{ version: string }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((r) => r.version));
}

/**
 * Applies, in order, the migrations this database has not seen, and returns their names. A start that finds them all
 * applied only reads the ledger. Otherwise one transaction holds the migration lock, so servers starting together
 * apply each migration once: the others wait, then find nothing left to do.
 */
export async function migrate(driver: SqlDriver): Promise<string[]> {
  const folder = MIGRATIONS[driver.engine];
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const current = await appliedVersions(driver).catch(() => null);
  if (current && files.every((f) => current.has(f))) return [];
  return driver.transaction(async (tx) => {
    await tx.exec(LEDGER);
    const applied = await appliedVersions(tx);
    const fresh = files.filter((f) => !applied.has(f));
    for (const file of fresh) {
      await tx.exec(readFileSync(new URL(file, folder), 'utf8'));
      await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [
        file,
        new Date().toISOString(),
      ]);
    }
    return fresh;
  }, 'claimwatch migrations');
}
