import type { Claim, VerificationChange } from '../../src/contract/claim-schema';
import type { GradeChange } from '../../src/contract/grade-change-schema';
import type { Dataset } from '../../src/contract/dataset-schema';
import type { ClaimEvent } from '../../src/contract/event-schema';
import type { Metric } from '../../src/contract/metric-schema';
import type { Briefing, BriefingSummary } from '../../src/contract/briefing-schema';
import type { SourceEntity, SourceMerge, SourceMergeRequest } from '../../src/contract/source-schema';
import type { OriginDecision } from '../../src/contract/origins/origin-schema';
import type { SqlEngine } from './sql-driver';
import type { ClaimFilters } from '../../src/contract/claim-filters';

export type Role = 'viewer' | 'analyst' | 'admin';
export type ClaimContent = Omit<Claim, 'verification' | 'gradeHistory'> & {
  verification: Omit<Claim['verification'], 'history' | 'state'>;
};
export type SaveResult = 'created' | 'updated' | 'unchanged';

/** Why a merge was refused: one source into itself (400), or an id no source has (404). */
export class SourceMergeError extends Error {
  readonly code: 'same_source' | 'unknown_source';
  readonly field: 'from' | 'into';
  constructor(code: SourceMergeError['code'], field: SourceMergeError['field'], message: string) {
    super(message);
    this.name = 'SourceMergeError';
    this.code = code;
    this.field = field;
  }
}

/** The claims: in and out in the contract's shape; verification history is append-only. */
export interface ClaimRepository {
  list(): Promise<Claim[]>;
  get(id: string): Promise<Claim | null>;
  count(): Promise<number>;
  /** Creates a claim, or brings an existing one up to date: new history entries are appended, none rewritten. */
  save(claim: Claim, by: string): Promise<SaveResult>;
  /** Changes what the claim says; its state, its grade and their histories stay (each changes by its own append). */
  edit(id: string, content: ClaimContent): Promise<Claim | null>;
  /** Appends a change from the state the claim has when it is written (the claim's row is locked until then). */
  appendStateChange(id: string, change: Omit<VerificationChange, 'from'>): Promise<Claim | null>;
  /** Appends a grade change from the grade the claim has when it is written (its row locked until then), like a state. */
  appendGradeChange(id: string, change: Omit<GradeChange, 'from'>): Promise<Claim | null>;
  /**
   * The ids of the stored claims `filters` keep, found by the database (claim_filter_index) with the semantics of
   * claimMatchesFilters, and the store's version they are of (as `version()` says it), read in one statement: one
   * snapshot, one round trip. Null when a filter needs what the index does not hold (filter-index.ts).
   */
  matchingIds(filters: ClaimFilters): Promise<{ ids: string[]; version: string } | null>;
  /**
   * At most how many claims hold every word of `q` that the text index serves, from the index's own counts (SQLite's
   * trigram table), without reading any claim; null where the database keeps no such counts (PostgreSQL).
   */
  textSearchBound(q: string): Promise<number | null>;
}

/** The source entities claims resolve to, and the append-only record of merges. */
export interface SourceRepository {
  list(): Promise<SourceEntity[]>;
  /** Creates or replaces a source entity. */
  save(entity: SourceEntity): Promise<void>;
  /**
   * Every claim of `from` moves to `into`, `into` gains `from`'s names as aliases, `from` is deleted and the merge
   * recorded, in one transaction. Throws SourceMergeError when refused.
   */
  merge(request: SourceMergeRequest, by: string): Promise<SourceMerge>;
  /** The recorded merges, oldest first. */
  listMerges(): Promise<SourceMerge[]>;
}

export interface BriefingRepository {
  list(): Promise<BriefingSummary[]>;
  get(id: string): Promise<Briefing | null>;
  save(id: string, briefing: Briefing, by: string): Promise<void>;
}

export interface TokenRepository {
  find(hash: string): Promise<{ name: string; role: Role } | null>;
  add(name: string, role: Role, hash: string): Promise<void>;
  count(): Promise<number>;
}

/** What the charts are of (metrics) and what they mark (events). */
export interface ReferenceRepository {
  listMetrics(): Promise<Metric[]>;
  upsertMetrics(metrics: Metric[]): Promise<void>;
  listEvents(): Promise<ClaimEvent[]>;
  /** Saves events in this order (an event whose id exists is replaced). */
  saveEvents(events: ClaimEvent[]): Promise<void>;
}

/** Analysts' decisions about origins, in the order they were made (append-only). */
export interface OriginDecisionRepository {
  list(): Promise<OriginDecision[]>;
  record(decision: OriginDecision): Promise<void>;
}

/** The repositories, on the store itself or inside one of its transactions. */
export interface StoreSession {
  claims: ClaimRepository;
  sources: SourceRepository;
  briefings: BriefingRepository;
  tokens: TokenRepository;
  reference: ReferenceRepository;
  originDecisions: OriginDecisionRepository;
}

/**
 * What one write changed, for a server bringing its view of the claims up to date: one claim's verification state or
 * grade (neither read by the origin derivation);
 * one claim's content, or a new claim; nothing the claim views show (a briefing, a token, a metric or event
 * description); or anything else.
 */
export type StoreChange =
  { kind: 'state'; claimId: string } | { kind: 'claim'; claimId: string } | { kind: 'none' } | { kind: 'other' };

/**
 * Storage behind the API, on SQLite (embedded) or PostgreSQL (several servers), with the same SQL. Every write commits
 * with a step of the store's version row, which every server reads.
 */
export interface ClaimStore extends StoreSession {
  readonly engine: SqlEngine;
  /**
   * Runs `work` in one transaction: it all lands or none of it does. Use only `tx` inside. `lock` names a lock held
   * until the commit, for a read-then-write that another server may run at the same time (seeding, the first token).
   */
  transaction<T>(work: (tx: StoreSession) => Promise<T>, lock?: string): Promise<T>;
  isEmpty(): Promise<boolean>;
  /** Saves the dataset; claims without a source id are linked to its sources (the seed registry when it has none). */
  seed(dataset: Dataset): Promise<void>;
  /** Fills the filter index for claims stored before it existed (or without it); returns how many it indexed. */
  indexClaims(): Promise<number>;
  /** "ok", or what the engine found wrong. */
  integrityCheck(): Promise<string>;
  /** Changes with every committed write, by any server or process on this database. */
  version(): Promise<string>;
  /**
   * What the writes since `version` changed, and the version they bring the store to; null when that cannot be told
   * (another database, or steps no longer recorded): read everything again.
   */
  changesSince(version: string): Promise<{ version: string; changes: StoreChange[] } | null>;
  close(): Promise<void>;
}
