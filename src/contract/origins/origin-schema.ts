import { described, z } from '../zod-mini';
import { ClaimIdSchema } from '../claim-id-schema';
import { PartialDateSchema } from '../partial-date';
import { SourceIdSchema } from '../source-schema';
import { text } from '../text-rules';

/** What kind of event a chain of citation begins with. */
export const ORIGIN_TYPES = [
  'intelligence_briefing',
  'official_statement',
  'document',
  'imagery_video',
  'interview',
  'unknown',
] as const;
export const OriginTypeSchema = z.enum(ORIGIN_TYPES);
export type OriginType = z.infer<typeof OriginTypeSchema>;

/** An origin's id: owner, day and type ("kr-nis.2024-12-19.intelligence_briefing"), derived by the rule. */
export const OriginIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/, 'Origin ids are letters, digits, ".", "_", "~" and "-"'));

/** An analyst's decision about a grouping, kept in order and applied after the rule. */
export const ORIGIN_ACTIONS = ['confirm', 'split', 'merge'] as const;
export const OriginActionSchema = z.enum(ORIGIN_ACTIONS);
export type OriginAction = z.infer<typeof OriginActionSchema>;

export const OriginDecisionSchema = z.object({
  action: OriginActionSchema,
  claimIds: described(
    z.array(ClaimIdSchema).check(z.minLength(1)),
    'confirm: the members confirmed; split: the claims taken out into an origin of their own; merge: claims whose origins become one',
  ),
  rationale: text(2000, { multiline: true }),
  by: z.nullable(z.string()),
  at: described(z.string(), 'When the decision was recorded (ISO 8601)'),
});
export type OriginDecision = z.infer<typeof OriginDecisionSchema>;

/**
 * The first link of a chain of citation as one event (a briefing, a statement, a report, a video),
 * with every claim that descends from it. Derived from the claims' provenance by a stated rule
 * (ADR 011), then adjusted by analysts' recorded decisions.
 */
export const OriginSchema = z.object({
  id: OriginIdSchema,
  label: described(text(300), 'The chain head as the earliest report words it'),
  type: OriginTypeSchema,
  ownerId: described(SourceIdSchema, 'The source entity whose event it is (GET /api/sources)'),
  ownerName: text(200),
  date: described(z.nullable(PartialDateSchema), 'The day of the event where known'),
  claimIds: z.array(ClaimIdSchema).check(z.minLength(1)),
  outlets: described(z.array(text(200)), 'The distinct outlets that reported it, in claim order'),
  confirmed: described(z.boolean(), 'An analyst confirmed exactly these members'),
  decisions: described(z.array(OriginDecisionSchema), 'The recorded decisions that shaped this origin, oldest first'),
});
export type Origin = z.infer<typeof OriginSchema>;

const rationale = z.pipe(
  text(2000, { multiline: true }),
  z.string().check(z.minLength(3, 'Say why (at least 3 characters)')),
);

/** POST /api/origins/merge: these origins are one event. */
export const OriginMergeRequestSchema = z.object({
  originIds: z.array(OriginIdSchema).check(z.minLength(2, 'Name at least two origins to merge'), z.maxLength(50)),
  rationale,
});
export type OriginMergeRequest = z.infer<typeof OriginMergeRequestSchema>;

/** POST /api/origins/{id}/split: these claims come from another event than the rest. */
export const OriginSplitRequestSchema = z.object({
  claimIds: z.array(ClaimIdSchema).check(z.minLength(1, 'Name the claims to take out'), z.maxLength(500)),
  rationale,
});
export type OriginSplitRequest = z.infer<typeof OriginSplitRequestSchema>;

/** POST /api/origins/{id}/confirm: the grouping is right as it stands. */
export const OriginConfirmRequestSchema = z.object({ rationale });
export type OriginConfirmRequest = z.infer<typeof OriginConfirmRequestSchema>;

/** What the API derives for each claim: the claims that support its figure, by whether they share its origin. */
export const CorroborationSchema = z.object({
  independent: described(z.array(ClaimIdSchema), 'Supporting claims from other known origins'),
  sameOrigin: described(z.array(ClaimIdSchema), 'Supporting claims that repeat its own origin'),
  sameOwner: described(
    z.array(ClaimIdSchema),
    "Supporting claims from another event of its origin's organisation: a restatement, not independent",
  ),
  unknownOrigin: described(
    z.array(ClaimIdSchema),
    'Supporting claims where either origin is unknown, so independence cannot be told',
  ),
});
export type Corroboration = z.infer<typeof CorroborationSchema>;
export const NO_CORROBORATION: Corroboration = Object.freeze({
  independent: [],
  sameOrigin: [],
  sameOwner: [],
  unknownOrigin: [],
});
