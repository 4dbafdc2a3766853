import type { Claim, VerificationChange } from '../../src/contract/claim-schema';
import type { GradeChange } from '../../src/contract/grade-change-schema';
import { assemble, assembleChecked, toChange, toGradeChange, type ChangeRow, type GradeChangeRow } from './store-rows';
import { createValueSharer } from './value-sharer';
import { bodyCheck } from './body-check';
import { CHECKS_PER_STATEMENT, SQL, checkClaimBodies } from './store-sql';
import type { SqlDriver } from './sql-driver';
import type { ClaimRow } from './sql-claim-rows';

/*
 * Every claim read at once (a server's view is made of them), each body validated unless its stored check says it was
 * validated as it is, and the checks of bodies validated again written back.
 */

/** A body validated again, and the check to store for it. */
export interface CheckedBody {
  id: string;
  body: string;
  check: string;
}

/**
 * A claim handed out by more than one list is shared, so nothing may change it: under Vitest it is frozen through,
 * and a caller that writes to one fails its tests.
 */
const FREEZE = Boolean(process.env.VITEST);

function frozenInTests<T>(value: T): T {
  if (!FREEZE || typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) frozenInTests(inner);
  return Object.freeze(value);
}

/** Each claim's rows of a history table, by claim. */
function byClaim<Row extends { claim_id: string }, T>(rows: Row[], read: (row: Row) => T): Map<string, T[]> {
  const held = new Map<string, T[]>();
  for (const row of rows) {
    const list = held.get(row.claim_id) ?? [];
    list.push(read(row));
    held.set(row.claim_id, list);
  }
  return held;
}

/** Every stored claim (call it in one snapshot), and the bodies it validated again. */
export async function readEveryClaim(d: SqlDriver): Promise<{ claims: Claim[]; checked: CheckedBody[] }> {
  const changesOf: Map<string, VerificationChange[]> = byClaim(await d.all<ChangeRow>(SQL.allChanges), toChange);
  const gradesOf: Map<string, GradeChange[]> = byClaim(await d.all<GradeChangeRow>(SQL.allGradeChanges), toGradeChange);
  const checked: CheckedBody[] = [];
  // Equal strings and empty lists made one across the claims: the heap a server holds them in.
  const share = createValueSharer();
  const claims = (await d.all<ClaimRow>(SQL.allClaims)).map((r) => {
    const changes = changesOf.get(r.id) ?? [];
    const grades = gradesOf.get(r.id) ?? [];
    const check = bodyCheck(r.body);
    if (r.body_check === check) return frozenInTests(share(assembleChecked(r.body, changes, grades)));
    // Validated (a row that breaks the contract fails the list loudly), then checked.
    const claim = frozenInTests(share(assemble(r.body, changes, grades)));
    checked.push({ id: r.id, body: r.body, check });
    return claim;
  });
  return { claims, checked };
}

/** Writes the checks of bodies validated again (not changed since they were read); no new version: nothing changed. */
export async function writeBodyChecks(db: SqlDriver, checked: readonly CheckedBody[]): Promise<void> {
  if (checked.length === 0) return;
  try {
    await db.transaction(async (tx) => {
      for (let from = 0; from < checked.length; from += CHECKS_PER_STATEMENT) {
        const rows = checked.slice(from, from + CHECKS_PER_STATEMENT);
        await tx.run(
          checkClaimBodies(rows.length),
          rows.flatMap(({ id, body, check }) => [check, id, body]),
        );
      }
    });
  } catch {
    // A read-only database (a replica) keeps validating these bodies at each list, as before their checks existed.
  }
}
