import { described, z } from './zod-mini';
import { ClaimObjectSchema } from './claim-schema';
import { checkClaimDates } from './claim-date-rules';
import { text } from './text-rules';
import { PartialDateSchema } from './partial-date';
import { VerificationStateSchema } from './vocabulary';

/**
 * A claim as an analyst writes it: everything but the verification history, which only the
 * server appends to. The first state is given as `state` with its `rationale`.
 */
const ClaimInputObjectSchema = z.extend(z.omit(ClaimObjectSchema, { verification: true }), {
  verification: z.object({
    state: VerificationStateSchema,
    note: z.nullable(text(2000, { multiline: true })),
    contestedBy: z.array(text(500, { multiline: true })),
    laterDevelopments: z.nullable(text(2000, { multiline: true })),
  }),
  rationale: z.pipe(text(2000, { multiline: true }), z.string().check(z.minLength(3, 'Say why the claim has this state (at least 3 characters)'))),
});
export const ClaimInputSchema = ClaimInputObjectSchema.check(z.superRefine((claim, ctx) => checkClaimDates({ ...claim, verification: { history: [] } }, ctx)));
export type ClaimInput = z.infer<typeof ClaimInputSchema>;

/** An edit changes what the claim says; its state changes only through a state change. */
export const ClaimEditSchema = z
  .extend(z.omit(ClaimInputObjectSchema, { id: true, rationale: true }), { verification: z.omit(ClaimInputObjectSchema.shape.verification, { state: true }) })
  .check(z.superRefine((claim, ctx) => checkClaimDates({ ...claim, verification: { history: [] } }, ctx)));
export type ClaimEdit = z.infer<typeof ClaimEditSchema>;

/** A change of verification state, appended to the claim's history; the rationale is required. */
export const StateChangeRequestSchema = z.object({
  to: VerificationStateSchema,
  rationale: z.pipe(text(2000, { multiline: true }), z.string().check(z.minLength(3, 'A state change needs a rationale (at least 3 characters)'))),
  date: described(z.optional(PartialDateSchema), 'When the standing changed; today when omitted'),
});
export type StateChangeRequest = z.infer<typeof StateChangeRequestSchema>;

export const ImportRowResultSchema = z.object({
  row: z.number().check(z.int()),
  id: z.nullable(z.string()),
  status: z.enum(['created', 'updated', 'unchanged', 'rejected']),
  issues: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type ImportRowResult = z.infer<typeof ImportRowResultSchema>;

export const ImportReportSchema = z.object({
  format: z.enum(['claims-json', 'research-notes-json', 'csv']),
  mode: z.enum(['all-or-nothing', 'per-row']),
  dryRun: z.boolean(),
  committed: z.boolean(),
  counts: z.object({ created: z.number().check(z.int()), updated: z.number().check(z.int()), unchanged: z.number().check(z.int()), rejected: z.number().check(z.int()) }),
  rows: z.array(ImportRowResultSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
