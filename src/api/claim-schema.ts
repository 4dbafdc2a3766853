import { z } from 'zod';
import { PartialDateSchema } from './partial-date';
import { count, text } from './text-rules';
import { checkClaimDates } from './claim-date-rules';
import {
  ClaimKindSchema,
  InformationCredibilitySchema,
  QualifierBoundSchema,
  SourceReliabilitySchema,
  SpeakerTypeSchema,
  TopicSchema,
  VerificationStateSchema,
} from './vocabulary';

export const ClaimIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Claim ids are letters, digits, "-" and "_" (at most 64)');

/** The figure a claim gives: a value, a range, both, or only words ("several hundred"). */
export const FigureSchema = z
  .object({
    value: count('A figure').nullable().describe('The single number given, if any'),
    low: count('The low end of a range').nullable().describe('Lower end of a stated range'),
    high: count('The high end of a range').nullable().describe('Upper end of a stated range'),
    text: text(300, { multiline: true }).nullable().describe('The figure in words, when not (only) a number'),
    qualifier: text(200).nullable().describe('The qualifier as worded: "more than", "up to", "about"'),
    bound: QualifierBoundSchema.describe('What the qualifier makes of the number: exact, approximate, a floor or a ceiling'),
    unit: text(120).nullable().describe('The unit as the claim words it'),
  })
  .refine((f) => (f.low === null) === (f.high === null), { message: 'A range needs both low and high', path: ['high'] })
  .refine((f) => f.low === null || f.high === null || f.low <= f.high, {
    error: (issue) => {
      const f = issue.input as { low: number; high: number };
      return `The range is inverted: low ${f.low} is above high ${f.high}`;
    },
    path: ['low'],
  });
export type Figure = z.infer<typeof FigureSchema>;

export const SpeakerSchema = z.object({
  name: text(200).nullable(),
  role: text(300).nullable(),
  organisation: text(200),
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code').nullable(),
  type: SpeakerTypeSchema,
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const SourceSchema = z.object(
  {
  outlet: text(200),
  url: z.string().max(2000).nullable().describe('The address the claim was read at; shown as a link only when http(s)'),
  publishedOn: PartialDateSchema.nullable(),
  language: z.string().regex(/^[a-z]{2,3}$/).nullable(),
  },
  { error: (issue) => (issue.input === undefined || issue.input === null ? 'Missing source: every claim needs the outlet it was reported in' : undefined) },
);
export type Source = z.infer<typeof SourceSchema>;

export const QuoteSchema = z.object({
  text: text(1000, { multiline: true }),
  language: z.string().regex(/^[a-z]{2,3}$/).nullable(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const VerificationChangeSchema = z.object({
  date: PartialDateSchema.nullable(),
  from: VerificationStateSchema.nullable().describe('null for the state the claim was first reported with'),
  to: VerificationStateSchema,
  rationale: text(2000, { multiline: true }),
  by: text(200).nullable().describe('Who recorded the change'),
});
export type VerificationChange = z.infer<typeof VerificationChangeSchema>;

export const VerificationSchema = z.object({
  state: VerificationStateSchema,
  note: text(2000, { multiline: true }).nullable(),
  history: z.array(VerificationChangeSchema).min(1),
  contestedBy: z.array(text(500, { multiline: true })),
  laterDevelopments: text(2000, { multiline: true }).nullable().describe('How the claim\'s standing changed later, in words'),
});
export type Verification = z.infer<typeof VerificationSchema>;

export const GradeSchema = z.object({
  reliability: SourceReliabilitySchema.nullable(),
  credibility: InformationCredibilitySchema.nullable(),
});
export type Grade = z.infer<typeof GradeSchema>;

/** The claim's fields; `ClaimSchema` adds the rules that relate one field to another. */
export const ClaimObjectSchema = z.object({
  id: ClaimIdSchema,
  metricId: z.string().min(1).max(64),
  topic: TopicSchema,
  kind: ClaimKindSchema,
  figure: FigureSchema,
  claimedOn: PartialDateSchema.nullable().describe('When the claim was made; null when no source gives it'),
  claimedOnBasis: text(1000, { multiline: true }).nullable().describe('How that date was established'),
  figureAsOf: PartialDateSchema.nullable().describe('The date the figure refers to, where different'),
  figureAsOfNote: text(1000, { multiline: true }).nullable(),
  speaker: SpeakerSchema,
  source: SourceSchema,
  provenance: z.array(text(300)).describe('Who cites whom, as the source states it, outermost last'),
  quote: QuoteSchema.nullable(),
  verification: VerificationSchema,
  grade: GradeSchema.nullable(),
  relatedClaimIds: z.array(ClaimIdSchema),
  contradictingClaimIds: z.array(ClaimIdSchema),
  notes: text(4000, { multiline: true }).nullable(),
});

export const ClaimSchema = ClaimObjectSchema.superRefine(checkClaimDates);
export type Claim = z.infer<typeof ClaimSchema>;
