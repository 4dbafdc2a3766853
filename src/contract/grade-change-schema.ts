import { described, z } from './zod-mini';
import { text } from './text-rules';
import { ClaimFiltersSchema } from './claim-filters';
import { InformationCredibilitySchema, SourceReliabilitySchema } from './vocabulary';

/** A calendar day, YYYY-MM-DD (the filters' own day schema). */
const IsoDaySchema = ClaimFiltersSchema.shape.from.def.innerType;

const RATIONALE_MESSAGE = 'A grade change needs a rationale (at least 3 characters)';

const rationale = z.pipe(text(2000, { multiline: true }), z.string().check(z.minLength(3, RATIONALE_MESSAGE)));

/** A grade as a pair; null when neither half is set. */
const GradeValueSchema = z.object({
  reliability: z.nullable(SourceReliabilitySchema),
  credibility: z.nullable(InformationCredibilitySchema),
});

/**
 * One grade an analyst set (ADR 016): appended to the claim's grade history, never rewritten. Either half may be
 * unset (null); `from` is the grade the claim had when the change was written (null: none), which keeps a grade that
 * came with the claim (an import) known from the claim's start.
 */
export const GradeChangeSchema = z.object({
  at: described(IsoDaySchema, 'The day the grade was set (YYYY-MM-DD)'),
  from: described(
    z._default(z.nullable(GradeValueSchema), null),
    'The grade before this change (null: not graded), as it stood when the change was written',
  ),
  reliability: described(z.nullable(SourceReliabilitySchema), 'Source reliability A–F; null when not set'),
  credibility: described(z.nullable(InformationCredibilitySchema), 'Information credibility 1–6; null when not set'),
  rationale: described(rationale, 'Why the claim has this grade'),
  by: described(z.nullable(text(200)), 'Who set the grade'),
});
export type GradeChange = z.infer<typeof GradeChangeSchema>;

/** POST /api/claims/{id}/grade: the grade to set (each half may be null: not set) and why. */
export const GradeChangeRequestSchema = z.object({
  // Refused in the API's words: 'text ("G") is not allowed here: use one of "A", …' (issues-from-zod.ts).
  reliability: described(z.nullable(SourceReliabilitySchema), 'A letter A–F, or null for not set'),
  credibility: described(z.nullable(z.literal([1, 2, 3, 4, 5, 6])), 'A digit 1–6, or null for not set'),
  rationale,
  at: described(
    z.optional(
      IsoDaySchema.check(
        z.refine((day) => day <= new Date().toISOString().slice(0, 10), {
          error: 'A grade cannot be set on a day still to come (UTC)',
          params: { code: 'future_day' },
        }),
      ),
    ),
    'The day the grade was set; today (UTC) when omitted. Not a future day.',
  ),
});
export type GradeChangeRequest = z.infer<typeof GradeChangeRequestSchema>;

type GradePair = z.infer<typeof GradeValueSchema>;

/** The pair as a claim's grade: null when neither half is set. */
export const gradeOrNull = (pair: GradePair | null): GradePair | null =>
  pair && (pair.reliability !== null || pair.credibility !== null)
    ? { reliability: pair.reliability, credibility: pair.credibility }
    : null;

/** Whether two grades are the same (null and a pair with both halves unset are both no grade). */
export const sameGrade = (a: GradePair | null, b: GradePair | null): boolean =>
  (a?.reliability ?? null) === (b?.reliability ?? null) && (a?.credibility ?? null) === (b?.credibility ?? null);

/**
 * The grade a claim has given its grade history: the last change's, else `initial` (the grade it came with).
 * `upTo` (the end of a day, epoch ms) keeps only the changes set by then; before the first, the grade the first
 * change replaced.
 */
export function gradeFromHistory(
  history: readonly GradeChange[],
  initial: GradePair | null,
  upTo = Number.POSITIVE_INFINITY,
): { grade: GradePair | null; history: GradeChange[] } {
  const kept = history.filter((change) => Date.parse(`${change.at}T00:00:00Z`) <= upTo);
  const last = kept.at(-1);
  if (last) return { grade: gradeOrNull(last), history: kept };
  return { grade: history.length > 0 ? gradeOrNull(history[0]?.from ?? null) : initial, history: kept };
}
