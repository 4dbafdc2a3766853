import { z } from 'zod';
import { ClaimSchema } from './claim-schema';
import { MetricSchema } from './metric-schema';
import { EventSchema } from './event-schema';
import { SourceEntitySchema } from './source-schema';
import { OriginSchema } from './origins/origin-schema';

/** The default dataset: what the mock API serves and the real server seeds itself with. */
export const DatasetSchema = z.object({
  description: z.string(),
  claims: z.array(ClaimSchema),
  metrics: z.array(MetricSchema),
  events: z.array(EventSchema),
  sources: z.array(SourceEntitySchema).default([]),
  /** The origins of the claims as the rule groups them (no analyst decisions yet); each claim carries its originId. */
  origins: z.array(OriginSchema).default([]),
});
export type Dataset = z.infer<typeof DatasetSchema>;
