import { z } from 'zod';
import { ClaimSchema } from './claim-schema';
import { MetricSchema } from './metric-schema';
import { EventSchema } from './event-schema';
import { SourceEntitySchema } from './source-schema';

/** The default dataset: what the mock API serves and the real server seeds itself with. */
export const DatasetSchema = z.object({
  description: z.string(),
  claims: z.array(ClaimSchema),
  metrics: z.array(MetricSchema),
  events: z.array(EventSchema),
  sources: z.array(SourceEntitySchema).default([]),
});
export type Dataset = z.infer<typeof DatasetSchema>;
