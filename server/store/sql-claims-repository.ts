import { ClaimSchema } from '../../src/contract/claim-schema';
import type { ClaimRepository } from './claim-store';
import {
  assemble,
  gradeChangeRow,
  gradeRowParams,
  sameChange,
  sameGradeChange,
  toChange,
  toGradeChange,
  withoutHistory,
} from './store-rows';
import { bodyCheck, storedBody } from './body-check';
import { SQL, matchingIdsAtVersion, versionOf } from './store-sql';
import { claimChanged } from './store-changes';
import type { CountRow, StoreSessionContext } from './sql-session';
import { filterWhere, searchTrigrams } from './claim-filter-index';
import { readEveryClaim, writeBodyChecks } from './sql-claim-list';
import {
  appendChanges,
  appendGradeChanges,
  indexedAs,
  indexedClaim,
  now,
  readClaimRows,
  storedClaim,
} from './sql-claim-rows';

/** The claims of a session of the store, on either engine. */
export function sqlClaimRepository(
  { db, driver, writes, writing }: StoreSessionContext,
  /** engineSql's statement that reads a claim's row locked until the commit. */
  lockedClaim: string,
): ClaimRepository {
  return {
    list: () =>
      driver.snapshot(readEveryClaim).then(async ({ claims, checked }) => {
        // Inside a transaction that writes, its own rows may be locked: the checks wait for a list outside one.
        if (!writes) await writeBodyChecks(db, checked);
        return claims;
      }),
    get: (id) => driver.snapshot((d) => storedClaim(d, id)),
    count: async () => Number((await driver.get<CountRow>(SQL.claimCount))?.n ?? 0),
    matchingIds: async (filters) => {
      const where = filterWhere(filters, driver.engine);
      if (!where) return null;
      const row = await driver.get<{ epoch: string; n: number | string; ids: string[] | string | null }>(
        matchingIdsAtVersion(driver.engine, where.sql),
        where.params,
      );
      const version = versionOf(row);
      const ids = typeof row?.ids === 'string' ? (JSON.parse(row.ids) as string[]) : (row?.ids ?? []);
      return { ids, version };
    },
    textSearchBound: async (q) => {
      const trigrams = searchTrigrams(q);
      if (driver.engine !== 'sqlite' || trigrams.length === 0) return null;
      // A row holds a word only if it holds each of the word's trigrams: the rarest one bounds the word.
      let bound = Infinity;
      for (const trigram of trigrams) {
        const row = await driver.get<{ doc: number }>('SELECT doc FROM claim_search_terms WHERE term = ?', [trigram]);
        bound = Math.min(bound, Number(row?.doc ?? 0));
        if (bound === 0) break;
      }
      return bound;
    },
    save: (claim, by) =>
      writing(async (d) => {
        const existing = await storedClaim(d, claim.id);
        const { body, check } = storedBody(claim);
        if (!existing) {
          await d.run(SQL.insertClaim, [claim.id, body, check, now(), now()]);
          await appendChanges(d, claim.id, claim.verification.history, by);
          await appendGradeChanges(d, claim.id, claim.gradeHistory, by);
          await indexedClaim(d, claim.id);
          return 'created';
        }
        const fresh = claim.verification.history.filter(
          (c) => !existing.verification.history.some((e) => sameChange(c, e)),
        );
        const freshGrades = claim.gradeHistory.filter((c) => !existing.gradeHistory.some((e) => sameGradeChange(c, e)));
        const bodyChanged = JSON.stringify(withoutHistory(existing)) !== body;
        if (bodyChanged) await d.run(SQL.updateClaim, [body, check, now(), claim.id]);
        await appendChanges(d, claim.id, fresh, by);
        await appendGradeChanges(d, claim.id, freshGrades, by);
        const changed = bodyChanged || fresh.length > 0 || freshGrades.length > 0;
        if (changed) await indexedClaim(d, claim.id);
        return changed ? 'updated' : 'unchanged';
      }, claimChanged(claim.id)),
    edit: (id, content) =>
      writing(async (d) => {
        const held = await readClaimRows(d, id, lockedClaim);
        if (!held) return null;
        const existing = held.claim;
        const next = ClaimSchema.parse({
          ...content,
          id,
          // Like the state, the grade changes only through its history (POST …/grade; ADR 016).
          grade: existing.grade,
          gradeHistory: existing.gradeHistory,
          verification: {
            ...content.verification,
            state: existing.verification.state,
            history: existing.verification.history,
          },
        });
        const body = JSON.stringify(withoutHistory(next));
        await d.run(SQL.updateClaim, [body, bodyCheck(body), now(), id]);
        return indexedAs(d, assemble(body, held.changes, held.grades));
      }, claimChanged(id)),
    appendStateChange: (id, change) =>
      writing(
        async (d) => {
          const held = await readClaimRows(d, id, lockedClaim);
          if (!held) return null;
          const added = toChange({
            claim_id: id,
            date: change.date,
            from_state: held.claim.verification.state,
            to_state: change.to,
            rationale: change.rationale,
            recorded_by: change.by,
          });
          await d.run(SQL.insertChange, [id, added.date, added.from, added.to, added.rationale, added.by, now()]);
          return indexedAs(d, assemble(held.body, [...held.changes, added], held.grades));
        },
        { kind: 'state', claimId: id },
      ),
    appendGradeChange: (id, change) =>
      writing(
        async (d) => {
          const held = await readClaimRows(d, id, lockedClaim);
          if (!held) return null;
          const row = gradeChangeRow(id, { ...change, from: held.claim.grade }, null);
          await d.run(SQL.insertGradeChange, [id, ...gradeRowParams(row), now()]);
          return indexedAs(d, assemble(held.body, held.changes, [...held.grades, toGradeChange(row)]));
        },
        // Like a state, a grade is read by no origin derivation: the servers' views take the claim as it is now.
        { kind: 'state', claimId: id },
      ),
  };
}
