import { z } from 'zod';

/** A slide is a saved view: its URL state (path and search), a title and a speaker note. */
export const SlideSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(200),
  note: z.string().max(4000),
  view: z.string().regex(/^\/[^\s]*$/, 'A view is a path on this site, like /?metric=troops_in_russia').max(4000),
});
export type Slide = z.infer<typeof SlideSchema>;

export const BriefingSchema = z.object({
  title: z.string().trim().min(1).max(200),
  slides: z.array(SlideSchema).max(100),
});
export type Briefing = z.infer<typeof BriefingSchema>;
