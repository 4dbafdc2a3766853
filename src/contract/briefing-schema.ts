import { z } from './zod-mini';

/** A slide is a saved view: its URL state (path and search), a title and a speaker note. */
export const SlideSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  note: z.string().check(z.maxLength(4000)),
  // "//host" or "/\\host" would leave the site: a view must be a path on it.
  view: z
    .string()
    .check(
      z.regex(/^\/(?![/\\])[^\s]*$/, 'A view is a path on this site, like /?metric=troops_in_russia'),
      z.maxLength(4000),
    ),
});
export type Slide = z.infer<typeof SlideSchema>;

export const BriefingSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  slides: z.array(SlideSchema).check(z.maxLength(100)),
});
export type Briefing = z.infer<typeof BriefingSchema>;

export const BriefingIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Briefing ids are lower-case letters, digits and "-"'));

/** A stored briefing as the API lists it. */
export const BriefingSummarySchema = z.object({
  id: BriefingIdSchema,
  title: z.string(),
  slideCount: z.number().check(z.int(), z.nonnegative()),
  updatedAt: z.string(),
  updatedBy: z.nullable(z.string()),
});
export type BriefingSummary = z.infer<typeof BriefingSummarySchema>;
export const BriefingListResponseSchema = z.object({ briefings: z.array(BriefingSummarySchema) });

/** A URL-safe id from a title: "Weekly brief, 22 Nov" -> "weekly-brief-22-nov". */
export function briefingIdFor(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return slug || 'briefing';
}
