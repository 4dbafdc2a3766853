import { described, z } from './zod-mini';
import { ClaimSchema } from './claim-schema';
import { MetricSchema } from './metric-schema';
import { EventSchema } from './event-schema';
import { SpeakerTypeSchema } from './vocabulary';
import { IssueSchema } from './issue-schema';
import { SourceIdSchema } from './source-schema';
import { OriginSchema } from './origins/origin-schema';

/**
 * The list envelope. Items are checked one by one by the client (see api-client.ts) so that
 * one bad record is set aside and reported instead of failing the whole list.
 */
export const ClaimListResponseSchema = z.object({
  claims: z.array(ClaimSchema),
  total: described(z.number().check(z.int(), z.nonnegative()), 'Claims in the store before filtering'),
  matched: described(z.number().check(z.int(), z.nonnegative()), 'Claims the filters keep, on every page'),
  nextCursor: described(z.nullable(z.string()), 'Give as `cursor` for the next page; null on the last page'),
});
export type ClaimListResponse = z.infer<typeof ClaimListResponseSchema>;

export const MetricListResponseSchema = z.object({ metrics: z.array(MetricSchema) });
export const EventListResponseSchema = z.object({ events: z.array(EventSchema) });

/** A source entity with how many claims resolve to it: what GET /api/sources answers. */
export const SourceSummarySchema = z.object({
  id: SourceIdSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  type: SpeakerTypeSchema,
  country: z.nullable(z.string()),
  claimCount: z.number().check(z.int(), z.nonnegative()),
});
export type SourceSummary = z.infer<typeof SourceSummarySchema>;
export const SourceListResponseSchema = z.object({ sources: z.array(SourceSummarySchema) });

/** Every error answer: the one issue shape (field, code, message), with the field issues where they apply. */
export const ApiErrorBodySchema = z.object({
  error: z.extend(IssueSchema, { issues: z.optional(z.array(IssueSchema)) }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

/** What the API allows this caller: whether it takes writes at all, and who the bearer token belongs to. */
export const SessionSchema = z.object({
  writes: z.boolean(),
  user: z.nullable(z.object({ name: z.string(), role: z.enum(['viewer', 'analyst', 'admin']) })),
});
export type Session = z.infer<typeof SessionSchema>;

/** GET /api/origins: every origin, oldest first, and how many claims have none (their chain names no known first source). */
export const OriginListResponseSchema = z.object({
  origins: z.array(OriginSchema),
  unknownOriginClaims: described(z.number().check(z.int(), z.nonnegative()), 'Claims whose origin is unknown'),
});
export type OriginListResponse = z.infer<typeof OriginListResponseSchema>;

/** GET /api/origins/{id} and the answer of every origin decision: the origin with its claims. */
export const OriginResponseSchema = z.object({ origin: OriginSchema, claims: z.array(ClaimSchema) });
export type OriginResponse = z.infer<typeof OriginResponseSchema>;
