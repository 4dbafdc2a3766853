import { ClaimSchema, type Claim, type VerificationChange } from '../../src/contract/claim-schema';
import { SourceMergeSchema, type SourceMerge } from '../../src/contract/source-schema';
import type { ClaimContent } from './claim-store';

/** Rows of the SQLite tables and how they become the contract's shapes (and back). */
export interface ChangeRow {
  claim_id: string;
  date: string | null;
  from_state: string | null;
  to_state: string;
  rationale: string;
  recorded_by: string | null;
}

export const sameChange = (a: VerificationChange, b: VerificationChange) =>
  a.date === b.date && a.from === b.from && a.to === b.to && a.rationale === b.rationale;

export interface MergeRow {
  from_id: string;
  from_name: string;
  into_id: string;
  rationale: string;
  by: string | null;
  at: string;
}

export const toMerge = (row: MergeRow): SourceMerge =>
  SourceMergeSchema.parse({
    from: row.from_id,
    fromName: row.from_name,
    into: row.into_id,
    rationale: row.rationale,
    by: row.by,
    at: row.at,
  });

export const withoutHistory = (claim: Claim): ClaimContent => {
  const { note, contestedBy, laterDevelopments } = claim.verification;
  return { ...claim, verification: { note, contestedBy, laterDevelopments } };
};

export const toChange = (row: ChangeRow): VerificationChange => ({
  date: row.date,
  from: row.from_state as VerificationChange['from'],
  to: row.to_state as VerificationChange['to'],
  rationale: row.rationale,
  by: row.recorded_by,
});

export const assemble = (body: string, changes: VerificationChange[]): Claim => {
  const content = JSON.parse(body) as ClaimContent;
  const last = changes.at(-1);
  // Parsing on the way out means a row that breaks the contract fails loudly, never leaks.
  return ClaimSchema.parse({
    ...content,
    verification: { ...content.verification, state: last?.to, history: changes },
  });
};
