import { z } from 'zod';
import { PartialDateSchema } from './partial-date';
import { TopicSchema } from './vocabulary';

/** Dated context drawn on the time axis (a summit, a treaty, a video release), with its source. */
export const EventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  date: PartialDateSchema,
  dateBasis: z.string().max(1000).nullable(),
  label: z.string().min(1).max(60).describe('Short label drawn on the chart'),
  description: z.string().min(1).max(1000),
  source: z.object({
    outlet: z.string().min(1).max(200),
    url: z.string().max(2000).nullable(),
    quote: z.string().max(1000).nullable(),
  }),
  claimIds: z.array(z.string()).describe('Claims that report this event'),
  topics: z.array(TopicSchema).describe('Charts of these topics show the event; empty means every chart'),
});
export type ClaimEvent = z.infer<typeof EventSchema>;
