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

/** Records what the step of the version that was just made changed (store_changes), and forgets the oldest steps. */
export async function recordChanges(d: SqlDriver, changes: readonly StoreChange[]): Promise<void> {
  const claimOf = (c: StoreChange) => (c.kind === 'state' || c.kind === 'claim' ? c.claimId : null);
  const kinds = new Map(changes.map((c) => [`${c.kind} ${claimOf(c) ?? ''}`, c]));
  // A step that changed many claims (an import) is read again whole: cheaper than asking for each claim.
  const recorded =
    [...kinds.values()].filter((c) => claimOf(c) !== null).length > MAX_CLAIMS_PER_STEP ? [OTHER] : kinds.values();
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
