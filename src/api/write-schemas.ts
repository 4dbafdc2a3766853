import { z } from 'zod';
import { ClaimObjectSchema } from './claim-schema';
import { checkClaimDates } from './claim-date-rules';
import { text } from './text-rules';
import { PartialDateSchema } from './partial-date';
import { VerificationStateSchema } from './vocabulary';

/**
 * A claim as an analyst writes it: everything but the verification history, which only the
 * server appends to. The first state is given as `state` with its `rationale`.
 */
const ClaimInputObjectSchema = ClaimObjectSchema.omit({ verification: true }).extend({
  verification: z.object({
    state: VerificationStateSchema,
    note: text(2000, { multiline: true }).nullable(),
    contestedBy: z.array(text(500, { multiline: true })),
    laterDevelopments: text(2000, { multiline: true }).nullable(),
  }),
  rationale: text(2000, { multiline: true }).pipe(z.string().min(3, 'Say why the claim has this state (at least 3 characters)')),
});
export const ClaimInputSchema = ClaimInputObjectSchema.superRefine((claim, ctx) => checkClaimDates({ ...claim, verification: { history: [] } }, ctx));
export type ClaimInput = z.infer<typeof ClaimInputSchema>;

/** An edit changes what the claim says; its state changes only through a state change. */
export const ClaimEditSchema = ClaimInputObjectSchema.omit({ id: true, rationale: true })
  .extend({ verification: ClaimInputObjectSchema.shape.verification.omit({ state: true }) })
  .superRefine((claim, ctx) => checkClaimDates({ ...claim, verification: { history: [] } }, ctx));
export type ClaimEdit = z.infer<typeof ClaimEditSchema>;

/** A change of verification state, appended to the claim's history; the rationale is required. */
export const StateChangeRequestSchema = z.object({
  to: VerificationStateSchema,
  rationale: text(2000, { multiline: true }).pipe(z.string().min(3, 'A state change needs a rationale (at least 3 characters)')),
  date: PartialDateSchema.optional().describe('When the standing changed; today when omitted'),
});
export type StateChangeRequest = z.infer<typeof StateChangeRequestSchema>;

export const ImportRowResultSchema = z.object({
  row: z.number().int(),
  id: z.string().nullable(),
  status: z.enum(['created', 'updated', 'unchanged', 'rejected']),
  issues: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type ImportRowResult = z.infer<typeof ImportRowResultSchema>;

export const ImportReportSchema = z.object({
  format: z.enum(['claims-json', 'research-notes-json', 'csv']),
  mode: z.enum(['all-or-nothing', 'per-row']),
  dryRun: z.boolean(),
  committed: z.boolean(),
  counts: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() }),
  rows: z.array(ImportRowResultSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
