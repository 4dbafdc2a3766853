import { described, z } from './zod-mini';
import { OriginIdSchema } from './origins/origin-schema';
import { ClaimKindSchema, SpeakerTypeSchema, VerificationStateSchema } from './vocabulary';

const IsoDaySchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected YYYY-MM-DD'),
  z.refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'Not a real calendar day',
  ),
);

/** A grade token: a reliability letter (A–F), a credibility digit (1–6), or "ungraded". */
export const GradeTokenSchema = z
  .string()
  .check(
    z.regex(/^([A-F]|[1-6]|ungraded)$/, 'Expected a reliability letter A–F, a credibility digit 1–6, or "ungraded"'),
  );

/**
 * The one filter schema: it parses the page URL (claim-filter-params.ts), forms the query key, becomes
 * the API's query parameters, and validates requests in the mock API and the server.
 * Repeatable parameters are arrays; an empty array means "any".
 */
export const ClaimFiltersSchema = z.object({
  metric: z.optional(
    z.string().check(z.regex(/^[a-z0-9_]{1,64}$/, 'Metric ids are lower-case letters, digits and "_"')),
  ),
  /** Source entity ids (GET /api/sources). Both APIs first turn a name or alias as written ("NIS") into its id. */
  source: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(50)), []),
  type: z._default(z.array(SpeakerTypeSchema), []),
  country: z._default(
    z
      .array(z.string().check(z.regex(/^([A-Z]{2}|none)$/, 'Expected a two-letter country code or "none"')))
      .check(z.maxLength(50)),
    [],
  ),
  state: z._default(z.array(VerificationStateSchema), []),
  kind: z._default(z.array(ClaimKindSchema), []),
  grade: z._default(z.array(GradeTokenSchema).check(z.maxLength(13)), []),
  warning: described(
    z._default(
      z
        .array(
          z
            .string()
            .check(
              z.regex(
                /^(any|[a-z][a-z0-9_]{0,63})$/,
                'Expected "any" or a warning code such as unrecognised_qualifier',
              ),
            ),
        )
        .check(z.maxLength(20)),
      [],
    ),
    'Claims the import warned about: "any", or a warning code',
  ),
  origin: described(
    z._default(z.array(OriginIdSchema).check(z.maxLength(50)), []),
    'Claims descending from these origins (GET /api/origins)',
  ),
  independent: described(
    z.optional(z.enum(['true'])),
    'true: only claims another origin (of another organisation) supports',
  ),
  archive: described(
    z.optional(z.enum(['none'])),
    'none: only claims whose source address has no archived copy (an analyst should record one)',
  ),
  from: z.optional(IsoDaySchema),
  to: z.optional(IsoDaySchema),
  asof: described(
    z.optional(IsoDaySchema),
    'Show the claims as known on this day: made on or before it, with the state they had then',
  ),
  q: described(
    z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    'Text search over speaker, outlet, quote and notes',
  ),
});
export type ClaimFilters = z.infer<typeof ClaimFiltersSchema>;

/** No filter at all: every claim. One frozen object, so it is the same query key and memo input everywhere. */
export const DEFAULT_CLAIM_FILTERS: ClaimFilters = Object.freeze(ClaimFiltersSchema.parse({}));
