import { described, z } from './zod-mini';
import { PartialDateSchema } from './partial-date';
import { count, text } from './text-rules';
import { checkClaimDates } from './claim-date-rules';
import { IssueSchema } from './issue-schema';
import { SourceIdSchema } from './source-schema';
import { ArchivedCopiesSchema } from './archived-copy-schema';
import { ClaimIdSchema } from './claim-id-schema';
import { CorroborationSchema, NO_CORROBORATION, OriginIdSchema } from './origins/origin-schema';
import { GradeChangeSchema } from './grade-change-schema';
import {
  ClaimKindSchema,
  InformationCredibilitySchema,
  QualifierBoundSchema,
  SourceReliabilitySchema,
  SpeakerTypeSchema,
  TopicSchema,
  VerificationStateSchema,
} from './vocabulary';

export { ClaimIdSchema };

/** The figure a claim gives: a value, a range, both, or only words ("several hundred"). */
export const FigureSchema = z
  .object({
    value: described(z.nullable(count('A figure')), 'The single number given, if any'),
    low: described(z.nullable(count('The low end of a range')), 'Lower end of a stated range'),
    high: described(z.nullable(count('The high end of a range')), 'Upper end of a stated range'),
    text: described(z.nullable(text(300, { multiline: true })), 'The figure in words, when not (only) a number'),
    qualifier: described(z.nullable(text(200)), 'The qualifier as worded: "more than", "up to", "about"'),
    bound: described(
      QualifierBoundSchema,
      'What the qualifier makes of the number: exact, approximate, a floor or a ceiling',
    ),
    unit: described(z.nullable(text(120)), 'The unit as the claim words it'),
  })
  .check(
    z.refine((f) => (f.low === null) === (f.high === null), {
      message: 'A range needs both low and high',
      path: ['high'],
    }),
    z.refine((f) => f.low === null || f.high === null || f.low <= f.high, {
      error: (issue) => {
        const f = issue.input as { low: number; high: number };
        return `The range is inverted: low ${f.low} is above high ${f.high}`;
      },
      path: ['low'],
    }),
  );
export type Figure = z.infer<typeof FigureSchema>;

export const SpeakerSchema = z.object({
  name: z.nullable(text(200)),
  role: z.nullable(text(300)),
  organisation: described(text(200), 'The organisation exactly as the report attributes the claim ("NIS, per Yonhap")'),
  sourceId: described(
    z._default(z.nullable(SourceIdSchema), null),
    'The source entity the organisation resolves to in the source registry (GET /api/sources)',
  ),
  country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code'))),
  type: SpeakerTypeSchema,
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const SourceSchema = z.object(
  {
    outlet: text(200),
    url: described(
      z.nullable(z.string().check(z.maxLength(2000))),
      'The address the claim was read at; shown as a link only when http(s)',
    ),
    publishedOn: z.nullable(PartialDateSchema),
    language: z.nullable(z.string().check(z.regex(/^[a-z]{2,3}$/))),
    archives: ArchivedCopiesSchema,
  },
  {
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? 'Missing source: every claim needs the outlet it was reported in'
        : undefined,
  },
);
export type Source = z.infer<typeof SourceSchema>;

export const QuoteSchema = z.object({
  text: text(1000, { multiline: true }),
  language: z.nullable(z.string().check(z.regex(/^[a-z]{2,3}$/))),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const VerificationChangeSchema = z.object({
  date: z.nullable(PartialDateSchema),
  from: described(z.nullable(VerificationStateSchema), 'null for the state the claim was first reported with'),
  to: VerificationStateSchema,
  rationale: text(2000, { multiline: true }),
  by: described(z.nullable(text(200)), 'Who recorded the change'),
});
export type VerificationChange = z.infer<typeof VerificationChangeSchema>;

export const VerificationSchema = z.object({
  state: VerificationStateSchema,
  note: z.nullable(text(2000, { multiline: true })),
  history: z.array(VerificationChangeSchema).check(z.minLength(1)),
  contestedBy: z.array(text(500, { multiline: true })),
  laterDevelopments: described(
    z.nullable(text(2000, { multiline: true })),
    "How the claim's standing changed later, in words",
  ),
});
export type Verification = z.infer<typeof VerificationSchema>;

export const GradeSchema = z.object({
  reliability: z.nullable(SourceReliabilitySchema),
  credibility: z.nullable(InformationCredibilitySchema),
});
export type Grade = z.infer<typeof GradeSchema>;

/** The claim's fields; `ClaimSchema` adds the rules that relate one field to another. */
export const ClaimObjectSchema = z.object({
  id: ClaimIdSchema,
  metricId: z.string().check(z.minLength(1), z.maxLength(64)),
  topic: TopicSchema,
  kind: ClaimKindSchema,
  figure: FigureSchema,
  claimedOn: described(z.nullable(PartialDateSchema), 'When the claim was made; null when no source gives it'),
  claimedOnBasis: described(z.nullable(text(1000, { multiline: true })), 'How that date was established'),
  figureAsOf: described(z.nullable(PartialDateSchema), 'The date the figure refers to, where different'),
  figureAsOfNote: z.nullable(text(1000, { multiline: true })),
  speaker: SpeakerSchema,
  source: SourceSchema,
  provenance: described(z.array(text(300)), 'Who cites whom, as the source states it, outermost last'),
  quote: z.nullable(QuoteSchema),
  verification: VerificationSchema,
  grade: z.nullable(GradeSchema),
  gradeHistory: described(
    z._default(z.array(GradeChangeSchema), []),
    'Every grade analysts set, oldest first (append-only); empty when the grade came with the claim or there is none',
  ),
  relatedClaimIds: z.array(ClaimIdSchema),
  contradictingClaimIds: z.array(ClaimIdSchema),
  notes: z.nullable(text(4000, { multiline: true })),
  originId: described(
    z._default(z.nullable(OriginIdSchema), null),
    'Derived by the API: the origin this claim descends from (GET /api/origins); null when its chain names no known first source',
  ),
  corroboration: described(
    z._default(CorroborationSchema, () => ({ ...NO_CORROBORATION })),
    'Derived by the API: the claims that support its figure, by whether they share its origin',
  ),
  warnings: described(
    z._default(z.array(IssueSchema), []),
    'What the import found suspicious but accepted (an unrecognised qualifier, a figure out of line with earlier ones); reviewable after import',
  ),
});

export const ClaimSchema = ClaimObjectSchema.check(z.superRefine(checkClaimDates));
export type Claim = z.infer<typeof ClaimSchema>;
