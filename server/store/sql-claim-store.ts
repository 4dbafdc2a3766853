import type { Dataset } from '../../src/contract/dataset-schema';
import { EventSchema } from '../../src/contract/event-schema';
import { MetricSchema } from '../../src/contract/metric-schema';
import { BriefingSchema } from '../../src/contract/briefing-schema';
import type { ClaimStore, Role, StoreChange, StoreSession } from './claim-store';
import { decisionParams, toDecision, toBriefingSummary, type BriefingRow, type DecisionRow } from './store-rows';
import { SQL, engineSql, versionOf } from './store-sql';
import { NONE, OTHER, readChangesSince, stepVersion } from './store-changes';
import type { SqlDriver } from './sql-driver';
import { seedInto } from './seed-dataset';
import { UPSERT_INDEX_ROW, indexRowParams } from './claim-filter-index';
import { now } from './sql-claim-rows';
import { sqlClaimRepository } from './sql-claims-repository';
import { sqlSourceRepository } from './sql-sources-repository';
import {
  bodies,
  type BodyRow,
  type CountRow,
  type StoreSessionContext,
  type Writes,
  type Writing,
} from './sql-session';

/**
 * The store on either engine. Outside a transaction each write is a transaction of its own; every transaction that
 * writes steps the version row before it commits, so every server sees a new version with the new data.
 */
export function createSqlClaimStore(db: SqlDriver): ClaimStore {
  const engine = engineSql(db.engine);
  const session = (driver: SqlDriver, writes: Writes | null): StoreSession => {
    /**
     * Runs a write: in the open transaction, or in one of its own that steps the version. A write that answers null
     * found nothing to write (no claim has its id) and steps no version: every server would take the step for a change,
     * and one naming a claim not stored makes each read every claim again (at 1,000,000 claims, a minute).
     */
    const writing: Writing = <T>(work: (d: SqlDriver) => Promise<T>, change: StoreChange = OTHER): Promise<T> => {
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
        await stepVersion(tx, [change]);
        return result;
      });
    };
    const context: StoreSessionContext = { db, driver, writes, writing };

    return {
      claims: sqlClaimRepository(context, engine.lockedClaim),
      sources: sqlSourceRepository(context, (work, lock) => store.transaction(work, lock)),
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
        if (writes.any) await stepVersion(tx, writes.changes);
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
    version: async () => versionOf(await db.get<{ epoch: string; n: number | string }>(SQL.version)),
    changesSince: (version) => db.snapshot((d) => readChangesSince(d, version)),
    close: () => db.close(),
  };
  return store;
}
