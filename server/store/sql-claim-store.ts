import type { Dataset } from '../../src/contract/dataset-schema';
import { EventSchema } from '../../src/contract/event-schema';
import { MetricSchema } from '../../src/contract/metric-schema';
import { BriefingSchema } from '../../src/contract/briefing-schema';
import { SourceEntitySchema, type SourceMerge } from '../../src/contract/source-schema';
import { ClaimSchema, type Claim, type VerificationChange } from '../../src/contract/claim-schema';
import type { GradeChange } from '../../src/contract/grade-change-schema';
import { sourceIdOf } from '../../src/contract/sources/resolve-source';
import {
  SourceMergeError,
  type ClaimContent,
  type ClaimStore,
  type Role,
  type StoreChange,
  type StoreSession,
} from './claim-store';
import {
  assemble,
  assembleChecked,
  decisionParams,
  gradeChangeParams,
  gradeChangeRow,
  gradeRowParams,
  sameChange,
  sameGradeChange,
  toChange,
  toGradeChange,
  toDecision,
  toMerge,
  toBriefingSummary,
  withoutHistory,
  type BriefingRow,
  type ChangeRow,
  type DecisionRow,
  type GradeChangeRow,
  type MergeRow,
} from './store-rows';
import { createValueSharer } from './value-sharer';
import { bodyCheck, storedBody } from './body-check';
import { CHECKS_PER_STATEMENT, SQL, checkClaimBodies, engineSql } from './store-sql';
import { NONE, OTHER, claimChanged, readChangesSince, recordChanges } from './store-changes';
import type { SqlDriver } from './sql-driver';
import { seedInto } from './seed-dataset';
import { UPSERT_INDEX_ROW, filterWhere, indexRowParams, indexedSearchWords, trigramsOf } from './claim-filter-index';

type ClaimRow = { id: string; body: string; body_check: string | null };
type BodyRow = { body: string };
/** COUNT(*) is a bigint on PostgreSQL, which node-postgres hands over as a string. */
type CountRow = { n: number | string };

const now = () => new Date().toISOString();

const bodies = <T>(rows: BodyRow[], parse: (value: unknown) => T) => rows.map((r) => parse(JSON.parse(r.body)));

/** A transaction's record of whether it wrote, so its commit steps the version only then, and of what it changed. */
interface Writes {
  any: boolean;
  changes: StoreChange[];
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

/**
 * The store on either engine. Outside a transaction each write is a transaction of its own; every transaction that
 * writes steps the version row before it commits, so every server sees a new version with the new data.
 */
export function createSqlClaimStore(db: SqlDriver): ClaimStore {
  const engine = engineSql(db.engine);
  /** Writes the checks of bodies validated again (not changed since they were read); no new version: nothing changed. */
  const writeChecks = async (checked: { id: string; body: string; check: string }[]) => {
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
  };

  const session = (driver: SqlDriver, writes: Writes | null): StoreSession => {
    /**
     * Runs a write: in the open transaction, or in one of its own that steps the version. A write that answers null
     * found nothing to write (no claim has its id) and steps no version: every server would take the step for a change,
     * and one naming a claim not stored makes each read every claim again (at 1,000,000 claims, a minute).
     */
    const writing = <T>(work: (d: SqlDriver) => Promise<T>, change: StoreChange = OTHER): Promise<T> => {
      if (writes)
        return work(driver).then((result) => {
          if (result !== null) {
            writes.any = true;
            writes.changes.push(change);
          }
          return result;
        });
      return db.transaction(async (tx) => {
        const result = await work(tx);
        if (result === null) return result;
        await tx.run(SQL.bumpVersion);
        await recordChanges(tx, [change]);
        return result;
      });
    };
    /** A claim's row and its histories as stored (its row locked until the commit, on PostgreSQL), or null. */
    const readRows = async (d: SqlDriver, id: string, { lock = false } = {}) => {
      const row = await d.get<ClaimRow>(lock ? engine.lockedClaim : SQL.oneClaim, [id]);
      if (!row) return null;
      const changes = (await d.all<ChangeRow>(SQL.claimChanges, [id])).map(toChange);
      const grades = (await d.all<GradeChangeRow>(SQL.claimGradeChanges, [id])).map(toGradeChange);
      return { body: row.body, changes, grades, claim: assemble(row.body, changes, grades) };
    };
    const getClaim = async (d: SqlDriver, id: string): Promise<Claim | null> => (await readRows(d, id))?.claim ?? null;
    /** The claim as stored, and its row of the filter index brought up to date. */
    const indexed = async (d: SqlDriver, id: string): Promise<Claim | null> => {
      const claim = await getClaim(d, id);
      return claim && indexedAs(d, claim);
    };
    /**
     * `claim`, as this transaction has just stored it (assembled from the rows it wrote, as a read of them would be),
     * with its row of the filter index brought up to date: a write answers without reading its claim again (three
     * statements, each a round trip to PostgreSQL).
     */
    const indexedAs = async (d: SqlDriver, claim: Claim): Promise<Claim> => {
      await d.run(UPSERT_INDEX_ROW, indexRowParams(claim));
      return claim;
    };
    const appendChanges = async (d: SqlDriver, id: string, changes: VerificationChange[], by: string) => {
      for (const c of changes)
        await d.run(SQL.insertChange, [id, c.date, c.from, c.to, c.rationale, c.by ?? by, now()]);
    };
    const appendGradeChanges = async (d: SqlDriver, id: string, changes: GradeChange[], by: string) => {
      for (const c of changes) await d.run(SQL.insertGradeChange, [id, ...gradeChangeParams(c, by), now()]);
    };
    const listSources = async (d: SqlDriver) => bodies(await d.all<BodyRow>(SQL.sources), SourceEntitySchema.parse);
    const saveSource = (d: SqlDriver, entity: unknown) => {
      const parsed = SourceEntitySchema.parse(entity);
      return d.run(SQL.saveSource, [parsed.id, JSON.stringify(parsed)]);
    };

    return {
      claims: {
        list: () =>
          driver
            .snapshot(async (d) => {
              const byClaim = new Map<string, VerificationChange[]>();
              for (const row of await d.all<ChangeRow>(SQL.allChanges)) {
                const list = byClaim.get(row.claim_id) ?? [];
                list.push(toChange(row));
                byClaim.set(row.claim_id, list);
              }
              const gradesByClaim = new Map<string, GradeChange[]>();
              for (const row of await d.all<GradeChangeRow>(SQL.allGradeChanges)) {
                const list = gradesByClaim.get(row.claim_id) ?? [];
                list.push(toGradeChange(row));
                gradesByClaim.set(row.claim_id, list);
              }
              const checked: { id: string; body: string; check: string }[] = [];
              // Equal strings and empty lists made one across the claims: the heap a server holds them in.
              const share = createValueSharer();
              const claims = (await d.all<ClaimRow>(SQL.allClaims)).map((r) => {
                const changes = byClaim.get(r.id) ?? [];
                const grades = gradesByClaim.get(r.id) ?? [];
                const check = bodyCheck(r.body);
                if (r.body_check === check) return frozenInTests(share(assembleChecked(r.body, changes, grades)));
                // Validated (a row that breaks the contract fails the list loudly), then checked.
                const claim = frozenInTests(share(assemble(r.body, changes, grades)));
                checked.push({ id: r.id, body: r.body, check });
                return claim;
              });
              return { claims, checked };
            })
            .then(async ({ claims, checked }) => {
              // Inside a transaction that writes, its own rows may be locked: the checks wait for a list outside one.
              if (!writes) await writeChecks(checked);
              return claims;
            }),
        get: (id) => driver.snapshot((d) => getClaim(d, id)),
        count: async () => Number((await driver.get<CountRow>(SQL.claimCount))?.n ?? 0),
        matchingIds: async (filters) => {
          const where = filterWhere(filters, driver.engine);
          if (!where) return null;
          const rows = await driver.all<{ claim_id: string }>(
            `SELECT claim_id FROM claim_filter_index WHERE ${where.sql}`,
            where.params,
          );
          return rows.map((r) => r.claim_id);
        },
        textSearchBound: async (q) => {
          const words = indexedSearchWords(q);
          if (driver.engine !== 'sqlite' || words.length === 0) return null;
          // A row holds a word only if it holds each of the word's trigrams: the rarest one bounds the word.
          let bound = Infinity;
          for (const trigram of new Set(words.flatMap(trigramsOf))) {
            const row = await driver.get<{ doc: number }>('SELECT doc FROM claim_search_terms WHERE term = ?', [
              trigram,
            ]);
            bound = Math.min(bound, Number(row?.doc ?? 0));
            if (bound === 0) break;
          }
          return bound;
        },
        save: (claim, by) =>
          writing(async (d) => {
            const existing = await getClaim(d, claim.id);
            const { body, check } = storedBody(claim);
            if (!existing) {
              await d.run(SQL.insertClaim, [claim.id, body, check, now(), now()]);
              await appendChanges(d, claim.id, claim.verification.history, by);
              await appendGradeChanges(d, claim.id, claim.gradeHistory, by);
              await indexed(d, claim.id);
              return 'created';
            }
            const fresh = claim.verification.history.filter(
              (c) => !existing.verification.history.some((e) => sameChange(c, e)),
            );
            const freshGrades = claim.gradeHistory.filter(
              (c) => !existing.gradeHistory.some((e) => sameGradeChange(c, e)),
            );
            const bodyChanged = JSON.stringify(withoutHistory(existing)) !== body;
            if (bodyChanged) await d.run(SQL.updateClaim, [body, check, now(), claim.id]);
            await appendChanges(d, claim.id, fresh, by);
            await appendGradeChanges(d, claim.id, freshGrades, by);
            const changed = bodyChanged || fresh.length > 0 || freshGrades.length > 0;
            if (changed) await indexed(d, claim.id);
            return changed ? 'updated' : 'unchanged';
          }, claimChanged(claim.id)),
        edit: (id, content) =>
          writing(async (d) => {
            const held = await readRows(d, id, { lock: true });
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
              const held = await readRows(d, id, { lock: true });
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
              const held = await readRows(d, id, { lock: true });
              if (!held) return null;
              const row = gradeChangeRow(id, { ...change, from: held.claim.grade }, null);
              await d.run(SQL.insertGradeChange, [id, ...gradeRowParams(row), now()]);
              return indexedAs(d, assemble(held.body, held.changes, [...held.grades, toGradeChange(row)]));
            },
            // Like a state, a grade is read by no origin derivation: the servers' views take the claim as it is now.
            { kind: 'state', claimId: id },
          ),
      },
      sources: {
        list: () => listSources(driver),
        save: (entity) => writing((d) => saveSource(d, entity)),
        merge: async ({ from, into, rationale }, by) => {
          if (from === into)
            throw new SourceMergeError(
              'same_source',
              'into',
              `A source cannot be merged into itself ("${from}"); choose two different sources.`,
            );
          const merge = async (d: SqlDriver): Promise<SourceMerge> => {
            const registry = await listSources(d);
            const source = registry.find((e) => e.id === from);
            if (!source) throw new SourceMergeError('unknown_source', 'from', `No source has the id "${from}".`);
            const target = registry.find((e) => e.id === into);
            if (!target) throw new SourceMergeError('unknown_source', 'into', `No source has the id "${into}".`);
            for (const row of await d.all<ClaimRow>(SQL.allClaims)) {
              const content = JSON.parse(row.body) as ClaimContent;
              // Claims stored before sources existed have no id yet: they belong where their organisation resolves.
              if (sourceIdOf(content, registry) !== from) continue;
              // Not validated here: checked when a list next validates it.
              await d.run(SQL.updateClaim, [
                JSON.stringify({ ...content, speaker: { ...content.speaker, sourceId: into } }),
                null,
                now(),
                row.id,
              ]);
              await indexed(d, row.id);
            }
            const aliases = [...new Set([...target.aliases, source.name, ...source.aliases])].filter(
              (a) => a !== target.name,
            );
            await saveSource(d, { ...target, aliases });
            await d.run(SQL.deleteSource, [from]);
            const done: SourceMerge = { from, fromName: source.name, into, rationale, by, at: now() };
            await d.run(SQL.insertMerge, [done.from, done.fromName, done.into, done.rationale, done.by, done.at]);
            return done;
          };
          if (!writes) return store.transaction((tx) => tx.sources.merge({ from, into, rationale }, by), 'sources');
          writes.any = true;
          return merge(driver);
        },
        listMerges: async () => (await driver.all<MergeRow>(SQL.merges)).map(toMerge),
      },
      briefings: {
        list: async () => (await driver.all<BriefingRow>(SQL.briefings)).map(toBriefingSummary),
        get: async (id) => {
          const row = await driver.get<BodyRow>(SQL.briefing, [id]);
          return row ? BriefingSchema.parse(JSON.parse(row.body)) : null;
        },
        save: (id, briefing, by) =>
          writing(
            (d) => d.run(SQL.saveBriefing, [id, JSON.stringify(BriefingSchema.parse(briefing)), by, now()]),
            NONE,
          ),
      },
      tokens: {
        find: async (hash) => (await driver.get<{ name: string; role: Role }>(SQL.token, [hash])) ?? null,
        add: (name, role, hash) => writing((d) => d.run(SQL.insertToken, [name, role, hash, now()]), NONE),
        count: async () => Number((await driver.get<CountRow>(SQL.tokenCount))?.n ?? 0),
      },
      reference: {
        listMetrics: async () => bodies(await driver.all<BodyRow>(SQL.metrics), MetricSchema.parse),
        upsertMetrics: (metrics) =>
          writing(async (d) => {
            let position = Number((await d.get<CountRow>(SQL.metricCount))?.n ?? 0);
            for (const m of metrics) await d.run(SQL.upsertMetric, [m.id, JSON.stringify(m), position++]);
          }, NONE),
        listEvents: async () => bodies(await driver.all<BodyRow>(SQL.events), EventSchema.parse),
        saveEvents: (events) =>
          writing(async (d) => {
            for (const [position, e] of events.entries())
              await d.run(SQL.upsertEvent, [e.id, JSON.stringify(EventSchema.parse(e)), position]);
          }, NONE),
      },
      originDecisions: {
        list: async () => (await driver.all<DecisionRow>(SQL.originDecisions)).map(toDecision),
        record: (decision) => writing((d) => d.run(SQL.insertOriginDecision, decisionParams(decision))),
      },
    };
  };

  const store: ClaimStore = {
    engine: db.engine,
    ...session(db, null),
    transaction: (work, lock) =>
      db.transaction(async (tx) => {
        const writes: Writes = { any: false, changes: [] };
        const result = await work(session(tx, writes));
        if (writes.any) {
          await tx.run(SQL.bumpVersion);
          await recordChanges(tx, writes.changes);
        }
        return result;
      }, lock),
    isEmpty: async () => (await store.claims.count()) === 0,
    seed: (dataset: Dataset) => store.transaction((tx) => seedInto(tx, dataset)),
    // Not a change of the data served: no step of the version.
    indexClaims: () =>
      db.transaction(async (tx) => {
        const claims = Number((await tx.get<CountRow>(SQL.claimCount))?.n ?? 0);
        const rows = Number((await tx.get<CountRow>('SELECT COUNT(*) AS n FROM claim_filter_index'))?.n ?? 0);
        if (claims === rows) return 0;
        const all = await session(tx, { any: false, changes: [] }).claims.list();
        for (const claim of all) await tx.run(UPSERT_INDEX_ROW, indexRowParams(claim));
        return all.length;
      }, 'claimwatch index'),
    integrityCheck: async () => String((await db.get<{ result: string }>(engine.integrityCheck))?.result),
    version: async () => {
      const row = await db.get<{ epoch: string; n: number | string }>(SQL.version);
      if (!row) throw new Error('The store_version row is missing: the migrations have not run on this database.');
      return `${row.epoch}.${String(row.n)}`;
    },
    changesSince: (version) => db.snapshot((d) => readChangesSince(d, version)),
    close: () => db.close(),
  };
  return store;
}
