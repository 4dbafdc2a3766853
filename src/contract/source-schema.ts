import { described, z } from './zod-mini';
import { text } from './text-rules';
import { SpeakerTypeSchema } from './vocabulary';

/** A source entity's id: lower-case letters, digits and "-" ("kr-nis"). */
export const SourceIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Source ids are lower-case letters, digits and "-" (at most 64)'));

/**
 * One organisation that makes claims, whatever spelling a report gives it: the canonical name,
 * and the other names (aliases) that resolve to it. Claims keep the attribution as written.
 */
export const SourceEntitySchema = z.object({
  id: SourceIdSchema,
  name: text(200),
  country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code'))),
  type: SpeakerTypeSchema,
  aliases: described(z.array(text(200)), 'Other spellings that resolve to this source, as written in claims'),
});
export type SourceEntity = z.infer<typeof SourceEntitySchema>;

/** A recorded merge: every claim of `from` now belongs to `into`, and `from`'s names became aliases of `into`. */
export const SourceMergeSchema = z.object({
  from: SourceIdSchema,
  fromName: z.string(),
  into: SourceIdSchema,
  rationale: text(2000, { multiline: true }),
  by: z.nullable(z.string()),
  at: described(z.string(), 'When the merge was made (ISO 8601)'),
});
export type SourceMerge = z.infer<typeof SourceMergeSchema>;

/** POST /api/sources/merge: fold `from` into `into`, saying why. */
export const SourceMergeRequestSchema = z.object({
  from: SourceIdSchema,
  into: SourceIdSchema,
  rationale: z.pipe(
    text(2000, { multiline: true }),
    z.string().check(z.minLength(3, 'Say why these are one source (at least 3 characters)')),
  ),
});
export type SourceMergeRequest = z.infer<typeof SourceMergeRequestSchema>;
