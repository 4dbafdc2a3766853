import { z } from 'zod';
import { PartialDateSchema } from '../partial-date';
import { ClaimKindSchema, SpeakerTypeSchema, TopicSchema, VerificationStateSchema } from '../vocabulary';

const nullableText = z.string().nullable();

/** One research note exactly as written in data/research/reported-claims.json (see its README). */
export const ResearchNoteSchema = z.object({
  claim_id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Claim ids are letters, digits, "-" and "_"'),
  topic: TopicSchema,
  metric: z.string().regex(/^[a-z0-9_]{1,64}$/, 'Metric ids are lower-case letters, digits and "_"'),
  value: z.number().nonnegative().nullable(),
  value_low: z.number().nonnegative().nullable(),
  value_high: z.number().nonnegative().nullable(),
  value_text: nullableText,
  qualifier: nullableText,
  unit: nullableText,
  claim_kind: ClaimKindSchema,
  date_claimed: PartialDateSchema.nullable(),
  date_claimed_approx: PartialDateSchema.nullable(),
  date_claimed_basis: nullableText,
  as_of_date: PartialDateSchema.nullable(),
  as_of_note: nullableText,
  speaker_name: nullableText,
  speaker_role: nullableText,
  speaker_org: z.string().min(1, 'A claim needs the organisation that made it'),
  speaker_country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  speaker_type: SpeakerTypeSchema,
  outlet: z.string().min(1, 'A claim needs the outlet it was read in'),
  source_url: nullableText,
  page_date: PartialDateSchema.nullable(),
  page_language: z.string().regex(/^[a-z]{2,3}$/).nullable(),
  provenance_chain: z.array(z.string().min(1)),
  quote: nullableText,
  quote_language: z.string().regex(/^[a-z]{2,3}$/).nullable(),
  verification_state_at_report: VerificationStateSchema,
  verification_detail: nullableText,
  contested_by: z.array(z.string().min(1)),
  later_change: nullableText,
  related_claims: z.array(z.string()),
  notes: nullableText,
  retrieval: nullableText,
});
export type ResearchNote = z.infer<typeof ResearchNoteSchema>;
