import type { TestProject } from 'vitest/node';
import { startPostgresCluster, type PostgresCluster } from '../db/postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster's admin URL; empty when it could not start (then `postgresProblem` says why). */
    postgresUrl: string;
    postgresProblem: string;
  }
}

/**
 * One throwaway PostgreSQL cluster for the whole run (tests create a database each). A machine without PostgreSQL
 * still runs every other test; a test that needs it fails with the reason and the install command.
 */
let cluster: PostgresCluster | null = null;

export async function setup(project: TestProject) {
  try {
    cluster = await startPostgresCluster();
    project.provide('postgresUrl', cluster.url);
    project.provide('postgresProblem', '');
  } catch (error) {
    project.provide('postgresUrl', '');
    project.provide('postgresProblem', error instanceof Error ? error.message : String(error));
  }
}

export async function teardown() {
  await cluster?.stop();
}
