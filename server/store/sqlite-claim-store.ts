import type Database from 'better-sqlite3';
import type { Dataset } from '../../src/contract/dataset-schema';
import { EventSchema } from '../../src/contract/event-schema';
import { MetricSchema, type Metric } from '../../src/contract/metric-schema';
import { BriefingSchema } from '../../src/contract/briefing-schema';
import { SourceEntitySchema, type SourceEntity, type SourceMerge } from '../../src/contract/source-schema';
import { ClaimSchema, type VerificationChange } from '../../src/contract/claim-schema';
import { SOURCE_REGISTRY_SEED } from '../../src/contract/sources/source-registry-seed';
import { withSourceIds } from '../../src/contract/sources/resolve-claim-sources';
import { sourceIdOf } from '../../src/contract/sources/resolve-source';
import { SourceMergeError, type ClaimContent, type ClaimStore, type Role } from './claim-store';
import {
  assemble,
  decisionParams,
  sameChange,
  toChange,
  toDecision,
  toMerge,
  toBriefingSummary,
  withoutHistory,
  type BriefingRow,
  type ChangeRow,
  type DecisionRow,
  type MergeRow,
} from './sqlite-rows';
import { prepareStatements } from './sqlite-statements';

/** The ClaimStore, and whether any API token exists yet (the first start makes one when none does). */
export type SqliteClaimStore = ClaimStore & { countTokens(): number };

/** The embedded default: one SQLite file (WAL), parameterised statements only. */
export function createSqliteClaimStore(db: Database.Database): SqliteClaimStore {
  const now = () => new Date().toISOString();
  // Writes through this connection; PRAGMA data_version counts commits by other connections.
  let writes = 0;
  const written = <T>(statement: T): T => {
    writes += 1;
    return statement;
  };
  const statements = prepareStatements(db);

  const appendChanges = (id: string, changes: VerificationChange[], by: string) => {
    for (const c of changes)
      written(statements.insertChange).run(id, c.date, c.from, c.to, c.rationale, c.by ?? by, now());
  };

  const store: SqliteClaimStore = {
    listClaims() {
      const byClaim = new Map<string, VerificationChange[]>();
      for (const row of statements.allChanges.all() as ChangeRow[]) {
        const list = byClaim.get(row.claim_id) ?? [];
        list.push(toChange(row));
        byClaim.set(row.claim_id, list);
      }
      return (statements.allClaims.all() as { id: string; body: string }[]).map((r) =>
        assemble(r.body, byClaim.get(r.id) ?? []),
      );
    },
    getClaim(id) {
      const row = statements.oneClaim.get(id) as { id: string; body: string } | undefined;
      return row ? assemble(row.body, (statements.claimChanges.all(id) as ChangeRow[]).map(toChange)) : null;
    },
    saveClaim(claim, by) {
      const existing = store.getClaim(claim.id);
      const body = JSON.stringify(withoutHistory(claim));
      if (!existing) {
        written(statements.insertClaim).run(claim.id, body, now(), now());
        appendChanges(claim.id, claim.verification.history, by);
        return 'created';
      }
      const fresh = claim.verification.history.filter(
        (c) => !existing.verification.history.some((e) => sameChange(c, e)),
      );
      const bodyChanged = JSON.stringify(withoutHistory(existing)) !== body;
      if (bodyChanged) written(statements.updateClaim).run(body, now(), claim.id);
      appendChanges(claim.id, fresh, by);
      return bodyChanged || fresh.length > 0 ? 'updated' : 'unchanged';
    },
    editClaim(id, content) {
      const existing = store.getClaim(id);
      if (!existing) return null;
      const next = ClaimSchema.parse({
        ...content,
        id,
        verification: {
          ...content.verification,
          state: existing.verification.state,
          history: existing.verification.history,
        },
      });
      written(statements.updateClaim).run(JSON.stringify(withoutHistory(next)), now(), id);
      return store.getClaim(id);
    },
    appendStateChange(id, change) {
      const existing = store.getClaim(id);
      if (!existing) return null;
      written(statements.insertChange).run(
        id,
        change.date,
        existing.verification.state,
        change.to,
        change.rationale,
        change.by,
        now(),
      );
      return store.getClaim(id);
    },
    transaction: (work) => db.transaction(work)(),
    listMetrics: () => (statements.metrics.pluck().all() as string[]).map((b) => MetricSchema.parse(JSON.parse(b))),
    listEvents: () => (statements.events.pluck().all() as string[]).map((b) => EventSchema.parse(JSON.parse(b))),
    upsertMetrics(metrics: Metric[]) {
      let position = Number(statements.metricCount.pluck().get());
      for (const m of metrics) written(statements.upsertMetric).run(m.id, JSON.stringify(m), position++);
    },
    isEmpty: () => Number(statements.claimCount.pluck().get()) === 0,
    seed(dataset: Dataset) {
      const linked = withSourceIds(
        dataset.claims,
        dataset.sources.length > 0 ? dataset.sources : [...SOURCE_REGISTRY_SEED],
      );
      db.transaction(() => {
        for (const entity of linked.registry) store.saveSource(entity);
        for (const claim of linked.claims) store.saveClaim(claim, 'default dataset');
        store.upsertMetrics(dataset.metrics);
        dataset.events.forEach((e, i) => written(statements.insertEvent).run(e.id, JSON.stringify(e), i));
      })();
    },
    listSources: () =>
      (statements.sources.pluck().all() as string[]).map((b) => SourceEntitySchema.parse(JSON.parse(b))),
    saveSource(entity: SourceEntity) {
      const parsed = SourceEntitySchema.parse(entity);
      written(statements.saveSource).run(parsed.id, JSON.stringify(parsed));
    },
    mergeSources(request, by) {
      const { from, into, rationale } = request;
      if (from === into)
        throw new SourceMergeError(
          'same_source',
          'into',
          `A source cannot be merged into itself ("${from}"); choose two different sources.`,
        );
      return db.transaction(() => {
        const registry = store.listSources();
        const source = registry.find((e) => e.id === from);
        if (!source) throw new SourceMergeError('unknown_source', 'from', `No source has the id "${from}".`);
        const target = registry.find((e) => e.id === into);
        if (!target) throw new SourceMergeError('unknown_source', 'into', `No source has the id "${into}".`);
        for (const row of statements.allClaims.all() as { id: string; body: string }[]) {
          const content = JSON.parse(row.body) as ClaimContent;
          // Claims stored before sources existed have no id yet: they belong where their organisation resolves.
          if (sourceIdOf(content, registry) !== from) continue;
          written(statements.updateClaim).run(
            JSON.stringify({ ...content, speaker: { ...content.speaker, sourceId: into } }),
            now(),
            row.id,
          );
        }
        const aliases = [...new Set([...target.aliases, source.name, ...source.aliases])].filter(
          (a) => a !== target.name,
        );
        store.saveSource({ ...target, aliases });
        written(statements.deleteSource).run(from);
        const merge: SourceMerge = { from, fromName: source.name, into, rationale, by, at: now() };
        written(statements.insertMerge).run(
          merge.from,
          merge.fromName,
          merge.into,
          merge.rationale,
          merge.by,
          merge.at,
        );
        return merge;
      })();
    },
    listSourceMerges: () => (statements.merges.all() as MergeRow[]).map(toMerge),
    listOriginDecisions: () => (statements.originDecisions.all() as DecisionRow[]).map(toDecision),
    recordOriginDecision(decision) {
      written(statements.insertOriginDecision).run(...decisionParams(decision));
    },
    listBriefings: () => (statements.briefings.all() as BriefingRow[]).map(toBriefingSummary),
    getBriefing(id) {
      const body = statements.briefing.pluck().get(id) as string | undefined;
      return body ? BriefingSchema.parse(JSON.parse(body)) : null;
    },
    saveBriefing(id, briefing, by) {
      written(statements.saveBriefing).run(id, JSON.stringify(BriefingSchema.parse(briefing)), by, now());
    },
    findToken(hash) {
      return (statements.token.get(hash) as { name: string; role: Role } | undefined) ?? null;
    },
    addToken(name, role, hash) {
      written(statements.insertToken).run(name, role, hash, now());
    },
    countTokens: () => Number(statements.tokenCount.pluck().get()),
    integrityCheck: () => String(db.pragma('integrity_check', { simple: true })),
    version: () => `${String(db.pragma('data_version', { simple: true }))}:${writes}`,
    close: () => db.close(),
  };
  return store;
}
