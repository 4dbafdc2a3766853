import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';

/** The run's throwaway cluster (postgres-global-setup.ts), or the reason it has none. */
function clusterUrl(): string {
  const url = inject('postgresUrl');
  if (!url) throw new Error(`These tests need PostgreSQL: ${inject('postgresProblem')}`);
  return url;
}

async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: clusterUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the run's cluster; returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const name = `cw_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(clusterUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database createTestDatabase made, closing any connection still open on it. */
export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!/^cw_test_[0-9a-f]{12}$/.test(name)) throw new Error(`Not a test database: ${name}`);
  await asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
