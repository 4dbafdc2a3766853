import { described, z } from './zod-mini';
import { ClaimObjectSchema } from './claim-schema';
import { checkClaimDates } from './claim-date-rules';
import { text } from './text-rules';
import { PartialDateSchema } from './partial-date';
import { VerificationStateSchema } from './vocabulary';
import { IssueSchema } from './issue-schema';

/**
 * A claim as an analyst writes it: everything but the verification and grade histories, which only the
 * server appends to. The first state is given as `state` with its `rationale`.
 */
const ClaimInputObjectSchema = z.extend(z.omit(ClaimObjectSchema, { verification: true, gradeHistory: true }), {
  verification: z.object({
    state: VerificationStateSchema,
    note: z.nullable(text(2000, { multiline: true })),
    contestedBy: z.array(text(500, { multiline: true })),
    laterDevelopments: z.nullable(text(2000, { multiline: true })),
  }),
  rationale: z.pipe(
    text(2000, { multiline: true }),
    z.string().check(z.minLength(3, 'Say why the claim has this state (at least 3 characters)')),
  ),
});
export const ClaimInputSchema = ClaimInputObjectSchema.check(
  z.superRefine((claim, ctx) => checkClaimDates({ ...claim, verification: { history: [] } }, ctx)),
);
export type ClaimInput = z.infer<typeof ClaimInputSchema>;

/** An edit changes what the claim says; its state changes only through a state change. */
export const ClaimEditSchema = z
  .extend(z.omit(ClaimInputObjectSchema, { id: true, rationale: true }), {
    verification: z.omit(ClaimInputObjectSchema.shape.verification, { state: true }),
  })
  .check(z.superRefine((claim, ctx) => checkClaimDates({ ...claim, verification: { history: [] } }, ctx)));
export type ClaimEdit = z.infer<typeof ClaimEditSchema>;

/** A change of verification state, appended to the claim's history; the rationale is required. */
export const StateChangeRequestSchema = z.object({
  to: VerificationStateSchema,
  rationale: z.pipe(
    text(2000, { multiline: true }),
    z.string().check(z.minLength(3, 'A state change needs a rationale (at least 3 characters)')),
  ),
  date: described(z.optional(PartialDateSchema), 'When the standing changed; today when omitted'),
});
export type StateChangeRequest = z.infer<typeof StateChangeRequestSchema>;

/** A retraction (DELETE /api/claims/:id?rationale=…): a state change to retracted, with the same rationale rules. */
export const RetractionQuerySchema = z.object({ rationale: StateChangeRequestSchema.shape.rationale });

/** What happens to an import row: the same words in a dry run, phrased as what would happen. */
export const IMPORT_ROW_STATUSES = [
  'created',
  'updated',
  'unchanged',
  'refused',
  'would_create',
  'would_update',
] as const;
export const ImportRowStatusSchema = z.enum(IMPORT_ROW_STATUSES);
export type ImportRowStatus = z.infer<typeof ImportRowStatusSchema>;

/** One field where an imported row differs from the stored claim with its id. */
export const FieldDiffSchema = z.object({
  field: z.string(),
  existing: z.nullable(z.string()),
  incoming: z.nullable(z.string()),
});
export type FieldDiff = z.infer<typeof FieldDiffSchema>;

export const ImportRowResultSchema = z.object({
  row: described(z.number().check(z.int()), "The row's position among the data rows (1 = first)"),
  line: described(
    z.nullable(z.number().check(z.int())),
    'The line the row starts on in the file (CSV), as a text editor counts',
  ),
  id: z.nullable(z.string()),
  status: ImportRowStatusSchema,
  issues: described(z.array(IssueSchema), 'Why the row is refused'),
  warnings: described(z.array(IssueSchema), 'What was accepted but should be reviewed; kept on the claim'),
  diff: described(
    z._default(z.array(FieldDiffSchema), []),
    'For a row whose id exists with different content: each field that differs',
  ),
});
export type ImportRowResult = z.infer<typeof ImportRowResultSchema>;

const tally = z.number().check(z.int(), z.nonnegative());
export const ImportReportSchema = z.object({
  format: z.enum(['claims-json', 'research-notes-json', 'csv']),
  mode: z.enum(['all-or-nothing', 'per-row']),
  dryRun: z.boolean(),
  overwrite: described(z.boolean(), 'Whether rows whose id exists with different content were applied as edits'),
  committed: z.boolean(),
  counts: z.object({
    created: tally,
    updated: tally,
    unchanged: tally,
    refused: tally,
    would_create: tally,
    would_update: tally,
    warned: tally,
  }),
  rows: z.array(ImportRowResultSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
