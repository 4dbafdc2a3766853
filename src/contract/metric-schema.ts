import { described, z } from './zod-mini';
import { TopicSchema } from './vocabulary';

/** What a claim counts. Metrics in the same chart group share one chart and one value axis. */
export const MetricSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9_]{1,64}$/)),
  label: z.string().check(z.minLength(1), z.maxLength(120)),
  unit: z.string().check(z.minLength(1), z.maxLength(80)),
  topic: TopicSchema,
  description: z.string().check(z.minLength(1), z.maxLength(1000)),
  plausibleMax: described(
    z._default(z.nullable(z.number().check(z.positive())), null),
    'Above this figure an import refuses a claim unless told to accept it (a plausibility ceiling)',
  ),
  chartGroup: z.object({
    id: z.string().check(z.regex(/^[a-z0-9_]{1,64}$/)),
    label: z.string().check(z.minLength(1), z.maxLength(120)),
  }),
});
export type Metric = z.infer<typeof MetricSchema>;
