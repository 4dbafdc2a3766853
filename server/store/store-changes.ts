import type { ClaimStore, StoreChange } from './claim-store';
import type { SqlDriver } from './sql-driver';
import { SQL, versionOf } from './store-sql';

/*
 * What each step of the store's version changed (the store_changes table): a server that is behind reads the claims
 * named there alone, or everything again when a step says "other" (server/routes/claim-list-cache.ts).
 */

export const OTHER: StoreChange = { kind: 'other' };
export const claimChanged = (claimId: string): StoreChange => ({ kind: 'claim', claimId });
export const NONE: StoreChange = { kind: 'none' };

/** Above this many claims changed in one step, store_changes says "other": a server reads every claim again. */
const MAX_CLAIMS_PER_STEP = 200;

/** How many steps of the version store_changes keeps. */
const KEPT_CHANGES = 1000;

/**
 * On PostgreSQL, the version's step, its record and the forgetting of the oldest steps in one statement: each
 * statement is a round trip, and a state change was ten of them. The step's row lock is taken as by SQL.bumpVersion,
 * and RETURNING gives the step this transaction made (a concurrent writer's step waits for the lock, then counts from
 * it). The DELETE sees the table as before the INSERT: the rows it adds are the newest, never forgotten.
 */
const STEP_VERSION_POSTGRES = `WITH stepped AS (UPDATE store_version SET n = n + 1 WHERE id = 1 RETURNING n),
recorded AS (
  INSERT INTO store_changes (n, kind, claim_id)
  SELECT stepped.n, change.kind, change.claim_id
  FROM stepped, unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[])) AS change(kind, claim_id)
)
DELETE FROM store_changes WHERE n <= (SELECT n FROM stepped) - CAST(? AS BIGINT)`;

const claimOf = (c: StoreChange) => (c.kind === 'state' || c.kind === 'claim' ? c.claimId : null);

/**
 * Steps the version at the end of a transaction that wrote, records what the step changed (store_changes), and forgets
 * the oldest steps: one statement on PostgreSQL, three or more on SQLite (where a statement costs no round trip).
 */
export async function stepVersion(d: SqlDriver, changes: readonly StoreChange[]): Promise<void> {
  const kinds = new Map(changes.map((c) => [`${c.kind} ${claimOf(c) ?? ''}`, c]));
  // A step that changed many claims (an import) is read again whole: cheaper than asking for each claim.
  const recorded =
    [...kinds.values()].filter((c) => claimOf(c) !== null).length > MAX_CLAIMS_PER_STEP ? [OTHER] : [...kinds.values()];
  if (d.engine === 'postgres') {
    await d.run(STEP_VERSION_POSTGRES, [recorded.map((c) => c.kind), recorded.map(claimOf), KEPT_CHANGES]);
    return;
  }
  await d.run(SQL.bumpVersion);
  for (const change of recorded) await d.run(SQL.recordChange, [change.kind, claimOf(change)]);
  await d.run(SQL.forgetOldChanges, [KEPT_CHANGES]);
}

/**
 * What changed since `version` (read in one snapshot `d`), or null when that cannot be told: another epoch (the
 * database was replaced), or a step no longer recorded.
 */
export async function readChangesSince(d: SqlDriver, version: string): ReturnType<ClaimStore['changesSince']> {
  const [epoch, from] = version.split('.');
  const now = await d.get<{ epoch: string; n: number | string }>(SQL.version);
  if (!now || now.epoch !== epoch || from === undefined || !/^\d+$/.test(from)) return null;
  const rows = await d.all<{ n: number | string; kind: string; claim_id: string | null }>(SQL.changesSince, [
    Number(from),
  ]);
  // Every step since must be there (the oldest are forgotten; writes made before migration 007 left none).
  const steps = new Set(rows.map((r) => Number(r.n)));
  if (steps.size !== Number(now.n) - Number(from)) return null;
  return {
    version: versionOf(now),
    changes: rows.map((r): StoreChange => {
      if ((r.kind === 'state' || r.kind === 'claim') && r.claim_id !== null)
        return { kind: r.kind, claimId: r.claim_id };
      return r.kind === 'none' ? NONE : OTHER;
    }),
  };
}
