import type { Claim, VerificationChange } from '../../src/api/claim-schema';
import type { Dataset } from '../../src/api/dataset-schema';
import type { ClaimEvent } from '../../src/api/event-schema';
import type { Metric } from '../../src/api/metric-schema';
import type { Briefing, BriefingSummary } from '../../src/api/briefing-schema';

export type Role = 'viewer' | 'analyst' | 'admin';
export type ClaimContent = Omit<Claim, 'verification'> & { verification: Omit<Claim['verification'], 'history' | 'state'> };
export type SaveResult = 'created' | 'updated' | 'unchanged';

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
  seed(dataset: Dataset): void;
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
