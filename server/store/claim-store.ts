import type { Claim, VerificationChange } from '../../src/contract/claim-schema';
import type { Dataset } from '../../src/contract/dataset-schema';
import type { ClaimEvent } from '../../src/contract/event-schema';
import type { Metric } from '../../src/contract/metric-schema';
import type { Briefing, BriefingSummary } from '../../src/contract/briefing-schema';
import type { SourceEntity, SourceMerge, SourceMergeRequest } from '../../src/contract/source-schema';
import type { OriginDecision } from '../../src/contract/origins/origin-schema';

export type Role = 'viewer' | 'analyst' | 'admin';
export type ClaimContent = Omit<Claim, 'verification'> & {
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

/**
 * Storage behind the API, small on purpose so a PostgreSQL backend can follow. Claims go in and
 * out in the contract's shape; verification history is append-only.
 */
export interface ClaimStore {
  listClaims(): Claim[];
  getClaim(id: string): Claim | null;
  /** Creates a claim, or brings an existing one up to date: new history entries are appended, none rewritten. */
  saveClaim(claim: Claim, by: string): SaveResult;
  editClaim(id: string, content: ClaimContent): Claim | null;
  appendStateChange(id: string, change: Omit<VerificationChange, 'from'>): Claim | null;
  /** Runs `work` in one transaction: it all lands or none of it does. */
  transaction<T>(work: () => T): T;
  listMetrics(): Metric[];
  listEvents(): ClaimEvent[];
  upsertMetrics(metrics: Metric[]): void;
  isEmpty(): boolean;
  /** Saves the dataset; claims without a source id are linked to its sources (the seed registry when it has none). */
  seed(dataset: Dataset): void;
  listSources(): SourceEntity[];
  /** Creates or replaces a source entity. */
  saveSource(entity: SourceEntity): void;
  /**
   * In one transaction: every claim of `from` moves to `into`, `into` gains `from`'s names as
   * aliases, `from` is deleted and the merge recorded. Throws SourceMergeError when refused.
   */
  mergeSources(request: SourceMergeRequest, by: string): SourceMerge;
  /** The recorded merges, oldest first. */
  listSourceMerges(): SourceMerge[];
  /** Analysts' decisions about origins, in the order they were made (append-only). */
  listOriginDecisions(): OriginDecision[];
  recordOriginDecision(decision: OriginDecision): void;
  listBriefings(): BriefingSummary[];
  getBriefing(id: string): Briefing | null;
  saveBriefing(id: string, briefing: Briefing, by: string): void;
  findToken(hash: string): { name: string; role: Role } | null;
  addToken(name: string, role: Role, hash: string): void;
  integrityCheck(): string;
  /** Changes whenever anything stored may have changed (a write here, or a commit by another process). */
  version(): string;
  close(): void;
}
