import { described, z } from './zod-mini';
import { PartialDateSchema } from './partial-date';
import { TopicSchema } from './vocabulary';

/** Dated context drawn on the time axis (a summit, a treaty, a video release), with its source. */
export const EventSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
  date: PartialDateSchema,
  dateBasis: z.nullable(z.string().check(z.maxLength(1000))),
  label: described(z.string().check(z.minLength(1), z.maxLength(60)), 'Short label drawn on the chart'),
  description: z.string().check(z.minLength(1), z.maxLength(1000)),
  source: z.object({
    outlet: z.string().check(z.minLength(1), z.maxLength(200)),
    url: z.nullable(z.string().check(z.maxLength(2000))),
    quote: z.nullable(z.string().check(z.maxLength(1000))),
  }),
  claimIds: described(z.array(z.string()), 'Claims that report this event'),
  topics: described(z.array(TopicSchema), 'Charts of these topics show the event; empty means every chart'),
});
export type ClaimEvent = z.infer<typeof EventSchema>;
