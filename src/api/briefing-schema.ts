import { z } from 'zod';

/** A slide is a saved view: its URL state (path and search), a title and a speaker note. */
export const SlideSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(200),
  note: z.string().max(4000),
  // "//host" or "/\\host" would leave the site: a view must be a path on it.
  view: z.string().regex(/^\/(?![/\\])[^\s]*$/, 'A view is a path on this site, like /?metric=troops_in_russia').max(4000),
});
export type Slide = z.infer<typeof SlideSchema>;

export const BriefingSchema = z.object({
  title: z.string().trim().min(1).max(200),
  slides: z.array(SlideSchema).max(100),
});
export type Briefing = z.infer<typeof BriefingSchema>;

export const BriefingIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Briefing ids are lower-case letters, digits and "-"');

/** A stored briefing as the API lists it. */
export const BriefingSummarySchema = z.object({
  id: BriefingIdSchema,
  title: z.string(),
  slideCount: z.number().int().nonnegative(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type BriefingSummary = z.infer<typeof BriefingSummarySchema>;
export const BriefingListResponseSchema = z.object({ briefings: z.array(BriefingSummarySchema) });

/** A URL-safe id from a title: "Weekly brief, 22 Nov" -> "weekly-brief-22-nov". */
export function briefingIdFor(title: string): string {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  return slug || 'briefing';
}
