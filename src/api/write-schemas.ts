import { z } from 'zod';
import { ClaimSchema } from './claim-schema';
import { PartialDateSchema } from './partial-date';
import { VerificationStateSchema } from './vocabulary';

/**
 * A claim as an analyst writes it: everything but the verification history, which only the
 * server appends to. The first state is given as `state` with its `rationale`.
 */
export const ClaimInputSchema = ClaimSchema.omit({ verification: true }).extend({
  verification: z.object({
    state: VerificationStateSchema,
    note: z.string().trim().min(1).max(2000).nullable(),
    contestedBy: z.array(z.string().trim().min(1).max(500)),
    laterDevelopments: z.string().trim().min(1).max(2000).nullable(),
  }),
  rationale: z.string().trim().min(3, 'Say why the claim has this state (at least 3 characters)').max(2000),
});
export type ClaimInput = z.infer<typeof ClaimInputSchema>;

/** An edit changes what the claim says; its state changes only through a state change. */
export const ClaimEditSchema = ClaimInputSchema.omit({ id: true, rationale: true }).extend({
  verification: ClaimInputSchema.shape.verification.omit({ state: true }),
});
export type ClaimEdit = z.infer<typeof ClaimEditSchema>;

/** A change of verification state, appended to the claim's history; the rationale is required. */
export const StateChangeRequestSchema = z.object({
  to: VerificationStateSchema,
  rationale: z.string().trim().min(3, 'A state change needs a rationale (at least 3 characters)').max(2000),
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
