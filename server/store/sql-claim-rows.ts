import type { Claim, VerificationChange } from '../../src/contract/claim-schema';
import type { GradeChange } from '../../src/contract/grade-change-schema';
import {
  assemble,
  gradeChangeParams,
  toChange,
  toGradeChange,
  type ChangeRow,
  type GradeChangeRow,
} from './store-rows';
import { SQL } from './store-sql';
import type { SqlDriver } from './sql-driver';
import { UPSERT_INDEX_ROW, indexRowParams } from './claim-filter-index';

/*
 * One claim's rows: read with its histories, its histories appended to, and its row of the filter index brought up to
 * date. The claims repository (sql-claims-repository.ts) and a merge of sources (sql-sources-repository.ts) write so.
 */

export type ClaimRow = { id: string; body: string; body_check: string | null };

export const now = () => new Date().toISOString();

/**
 * A claim's row and its histories as stored, or null; its row read by `lockedClaim` when given (engineSql's: locked
 * until the commit, on PostgreSQL).
 */
export async function readClaimRows(d: SqlDriver, id: string, lockedClaim?: string) {
  const row = await d.get<ClaimRow>(lockedClaim ?? SQL.oneClaim, [id]);
  if (!row) return null;
  const changes = (await d.all<ChangeRow>(SQL.claimChanges, [id])).map(toChange);
  const grades = (await d.all<GradeChangeRow>(SQL.claimGradeChanges, [id])).map(toGradeChange);
  return { body: row.body, changes, grades, claim: assemble(row.body, changes, grades) };
}

/** The claim as stored, or null. */
export const storedClaim = async (d: SqlDriver, id: string): Promise<Claim | null> =>
  (await readClaimRows(d, id))?.claim ?? null;

/**
 * `claim`, as this transaction has just stored it (assembled from the rows it wrote, as a read of them would be),
 * with its row of the filter index brought up to date: a write answers without reading its claim again (three
 * statements, each a round trip to PostgreSQL).
 */
export async function indexedAs(d: SqlDriver, claim: Claim): Promise<Claim> {
  await d.run(UPSERT_INDEX_ROW, indexRowParams(claim));
  return claim;
}

/** The claim as stored, and its row of the filter index brought up to date. */
export async function indexedClaim(d: SqlDriver, id: string): Promise<Claim | null> {
  const claim = await storedClaim(d, id);
  return claim && indexedAs(d, claim);
}

export async function appendChanges(d: SqlDriver, id: string, changes: VerificationChange[], by: string) {
  for (const c of changes) await d.run(SQL.insertChange, [id, c.date, c.from, c.to, c.rationale, c.by ?? by, now()]);
}

export async function appendGradeChanges(d: SqlDriver, id: string, changes: GradeChange[], by: string) {
  for (const c of changes) await d.run(SQL.insertGradeChange, [id, ...gradeChangeParams(c, by), now()]);
}
