import {
  ClaimObjectSchema,
  ClaimSchema,
  VerificationSchema,
  type Claim,
  type VerificationChange,
} from '../../src/contract/claim-schema';
import { gradeOrNull, type GradeChange } from '../../src/contract/grade-change-schema';
import { SourceMergeSchema, type SourceMerge } from '../../src/contract/source-schema';
import { NO_CORROBORATION, OriginDecisionSchema, type OriginDecision } from '../../src/contract/origins/origin-schema';
import { BriefingSchema, type BriefingSummary } from '../../src/contract/briefing-schema';
import { ONE_ORIGIN_WARNING } from '../../src/contract/origins/with-origins';
import type { ClaimContent } from './claim-store';

/** Rows of the store's tables and how they become the contract's shapes (and back). */
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

export interface GradeChangeRow {
  claim_id: string;
  at: string;
  from_reliability: string | null;
  from_credibility: number | string | null;
  reliability: string | null;
  credibility: number | string | null;
  rationale: string;
  recorded_by: string | null;
}

const digit = (value: number | string | null) => (value === null ? null : Number(value));

export const toGradeChange = (row: GradeChangeRow): GradeChange => ({
  at: row.at,
  from: gradeOrNull({
    reliability: row.from_reliability as GradeChange['reliability'],
    credibility: digit(row.from_credibility) as GradeChange['credibility'],
  }),
  reliability: row.reliability as GradeChange['reliability'],
  credibility: digit(row.credibility) as GradeChange['credibility'],
  rationale: row.rationale,
  by: row.recorded_by,
});

/** The row of grade_changes written for `c` (`by` when it names no one), as a read gives it to toGradeChange. */
export const gradeChangeRow = (claimId: string, c: GradeChange, by: string | null): GradeChangeRow => ({
  claim_id: claimId,
  at: c.at,
  from_reliability: c.from?.reliability ?? null,
  from_credibility: c.from?.credibility ?? null,
  reliability: c.reliability,
  credibility: c.credibility,
  rationale: c.rationale,
  recorded_by: c.by ?? by,
});

/** The insert's parameters of `row` after the claim id: at, from (two columns), the grade, rationale, by. */
export const gradeRowParams = (row: GradeChangeRow) => [
  row.at,
  row.from_reliability,
  row.from_credibility,
  row.reliability,
  row.credibility,
  row.rationale,
  row.recorded_by,
];

/** The insert's parameters after the claim id for `c`. */
export const gradeChangeParams = (c: GradeChange, by: string | null) => gradeRowParams(gradeChangeRow('', c, by));

export const sameGradeChange = (a: GradeChange, b: GradeChange) =>
  a.at === b.at && a.reliability === b.reliability && a.credibility === b.credibility && a.rationale === b.rationale;

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

export interface BriefingRow {
  id: string;
  body: string;
  updated_by: string | null;
  updated_at: string;
}

export const toBriefingSummary = (row: BriefingRow): BriefingSummary => {
  const briefing = BriefingSchema.parse(JSON.parse(row.body));
  return {
    id: row.id,
    title: briefing.title,
    slideCount: briefing.slides.length,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
};

export interface DecisionRow {
  action: string;
  claim_ids: string;
  rationale: string;
  by: string | null;
  at: string;
}

export const toDecision = (row: DecisionRow): OriginDecision =>
  OriginDecisionSchema.parse({
    action: row.action,
    claimIds: JSON.parse(row.claim_ids) as unknown,
    rationale: row.rationale,
    by: row.by,
    at: row.at,
  });

/** A decision as the insert's parameters: action, claim ids (JSON), rationale, by, at; checked first. */
export function decisionParams(decision: OriginDecision): [string, string, string, string | null, string] {
  const { action, claimIds, rationale, by, at } = OriginDecisionSchema.parse(decision);
  return [action, JSON.stringify(claimIds), rationale, by, at];
}

/**
 * What a claim body holds: never the fields the API derives (its origin, corroboration, the
 * one-origin warning). They are set to undefined, which JSON leaves out and the schema defaults.
 */
type WithoutDerived<T> = Omit<T, 'originId' | 'corroboration' | 'gradeHistory'> & {
  originId: undefined;
  corroboration: undefined;
  gradeHistory?: undefined;
};
export type StoredContent = WithoutDerived<ClaimContent>;

const withoutDerived = <T extends Pick<Claim, 'warnings'>>(claim: T): WithoutDerived<T> => ({
  ...claim,
  originId: undefined,
  corroboration: undefined,
  // Bodies stored before warnings existed have none.
  warnings: (claim.warnings ?? []).filter((w) => w.code !== ONE_ORIGIN_WARNING),
});

/**
 * The body to store: the claim without its histories (tables of their own) and without derived fields. Its grade is
 * the one it came with; once it has grade changes, the last of them is its grade (assemble).
 */
export const withoutHistory = (claim: Claim | ClaimContent): StoredContent => {
  const { note, contestedBy, laterDevelopments } = claim.verification;
  return withoutDerived({ ...claim, gradeHistory: undefined, verification: { note, contestedBy, laterDevelopments } });
};

export const toChange = (row: ChangeRow): VerificationChange => ({
  date: row.date,
  from: row.from_state as VerificationChange['from'],
  to: row.to_state as VerificationChange['to'],
  rationale: row.rationale,
  by: row.recorded_by,
});

/** The fields of a claim and of its verification, in the order ClaimSchema answers them. */
const CLAIM_FIELDS = Object.keys(ClaimObjectSchema.shape);
const VERIFICATION_FIELDS = Object.keys(VerificationSchema.shape);

function inFieldOrder(fields: readonly string[], value: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const field of fields) if (value[field] !== undefined) ordered[field] = value[field];
  return ordered;
}

/**
 * The claim a row holds, not validated: its body with its histories, its grade as the last grade change set it, and the
 * derived fields (origin, corroboration, the one-origin warning) as the schema defaults them, in the schema's field
 * order. For a body that is what ClaimSchema answered, it is what validating it answers.
 */
function claimOfRow(body: string, changes: VerificationChange[], grades: GradeChange[]): Record<string, unknown> {
  const content = JSON.parse(body) as ClaimContent;
  const lastGrade = grades.at(-1);
  // What the row sets over the body, then the body's own fields, in one pass.
  const set: Record<string, unknown> = {
    grade: lastGrade ? gradeOrNull(lastGrade) : content.grade,
    gradeHistory: grades,
    verification: inFieldOrder(VERIFICATION_FIELDS, {
      ...content.verification,
      state: changes.at(-1)?.to,
      history: changes,
    }),
    originId: null,
    corroboration: { ...NO_CORROBORATION },
    // Bodies stored before warnings existed have none.
    warnings: (content.warnings ?? []).filter((w) => w.code !== ONE_ORIGIN_WARNING),
  };
  const claim: Record<string, unknown> = {};
  for (const field of CLAIM_FIELDS) {
    const value = field in set ? set[field] : (content as Record<string, unknown>)[field];
    if (value !== undefined) claim[field] = value;
  }
  return claim;
}

/** The claim a row holds. Parsing on the way out means a row that breaks the contract fails loudly, never leaks. */
export const assemble = (body: string, changes: VerificationChange[], grades: GradeChange[] = []): Claim =>
  ClaimSchema.parse(claimOfRow(body, changes, grades));

/**
 * `assemble`'s claim for a body Claimwatch validated (ClaimSchema) before it stored it, as its check says
 * (body-check.ts): read without validating it again, which took most of a start's reading (docs/benchmarks.md). The
 * body holds what ClaimSchema answered, so the claim is what `assemble` makes of it, field for field and in the same
 * order (a test holds it to that). With no history, which ClaimSchema refuses, it is `assemble`'s: that fails loudly.
 */
export const assembleChecked = (body: string, changes: VerificationChange[], grades: GradeChange[] = []): Claim =>
  changes.length === 0 ? assemble(body, changes, grades) : (claimOfRow(body, changes, grades) as Claim);
