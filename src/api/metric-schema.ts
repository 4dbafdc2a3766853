import { z } from 'zod';
import { TopicSchema } from './vocabulary';

/** What a claim counts. Metrics in the same chart group share one chart and one value axis. */
export const MetricSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]{1,64}$/),
  label: z.string().min(1).max(120),
  unit: z.string().min(1).max(80),
  topic: TopicSchema,
  description: z.string().min(1).max(1000),
  chartGroup: z.object({ id: z.string().regex(/^[a-z0-9_]{1,64}$/), label: z.string().min(1).max(120) }),
});
export type Metric = z.infer<typeof MetricSchema>;
