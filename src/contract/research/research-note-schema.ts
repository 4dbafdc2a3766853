import { z } from 'zod';
import { ClaimIdSchema } from '../claim-schema';
import { PartialDateSchema } from '../partial-date';
import { ClaimKindSchema, SpeakerTypeSchema, TopicSchema, VerificationStateSchema } from '../vocabulary';

const nullableText = z.string().nullable();
const requiredText = (what: string) => z.string().trim().min(1, `${what} is required`);
const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 language code, lower case');
const amount = z.number().nonnegative().nullable();

/** The states a note can be reported with (data/research/README.md); "retracted" only comes later. */
export const ReportedStateSchema = z.enum(VerificationStateSchema.options).exclude(['retracted']);

/**
 * One research note exactly as written in data/research/reported-claims.json (see its README).
 * Every field must be present; a field is nullable only where the notes use null. Unknown keys
 * are stripped.
 */
export const ResearchNoteSchema = z
  .object({
    claim_id: ClaimIdSchema,
    topic: TopicSchema,
    // Checked against the known metrics by the import ("did you mean …"), not here.
    metric: z.string().trim().min(1, 'The metric is required').max(64),
    value: amount,
    value_low: amount,
    value_high: amount,
    value_text: nullableText,
    qualifier: nullableText,
    unit: nullableText,
    claim_kind: ClaimKindSchema,
    date_claimed: z.nullable(PartialDateSchema),
    date_claimed_approx: z.nullable(PartialDateSchema),
    date_claimed_basis: requiredText('How the claim date was established'),
    as_of_date: z.nullable(PartialDateSchema),
    as_of_note: nullableText,
    speaker_name: nullableText,
    speaker_role: nullableText,
    speaker_org: requiredText('The organisation that made the claim'),
    speaker_country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code')
      .nullable(),
    speaker_type: SpeakerTypeSchema,
    outlet: requiredText('The outlet the claim was read in'),
    source_url: requiredText('The address the claim was read at').max(2000),
    page_date: z.nullable(PartialDateSchema),
    page_language: languageCode,
    provenance_chain: z.array(z.string().trim().min(1)),
    quote: nullableText,
    quote_language: languageCode.nullable(),
    verification_state_at_report: ReportedStateSchema,
    verification_detail: nullableText,
    contested_by: z.array(z.string().trim().min(1)),
    later_change: nullableText,
    related_claims: z.array(ClaimIdSchema),
    notes: nullableText,
    retrieval: requiredText('How the note was taken'),
  })
  .superRefine((note, ctx) => {
    const { value_low: low, value_high: high } = note;
    if ((low === null) !== (high === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [low === null ? 'value_low' : 'value_high'],
        message: 'A range needs both value_low and value_high',
      });
    } else if (low !== null && high !== null && low > high) {
      ctx.addIssue({
        code: 'custom',
        path: ['value_low'],
        message: `Range low is above high (value_low ${low} > value_high ${high})`,
      });
    }
  });
export type ResearchNote = z.infer<typeof ResearchNoteSchema>;
