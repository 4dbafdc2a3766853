import type { Metric } from '@/contract/metric-schema';
import type { ClaimEvent } from '@/contract/event-schema';
import { referenceText } from '@/i18n/reference-text';

/** A metric with Claimwatch's words about it (label, unit, description, chart group) in the page's language. */
export const localMetric = (metric: Metric): Metric => ({
  ...metric,
  label: referenceText(metric.label),
  unit: referenceText(metric.unit),
  description: referenceText(metric.description),
  chartGroup: { ...metric.chartGroup, label: referenceText(metric.chartGroup.label) },
});

/** An event with its label and description in the page's language (its source and quote as written). */
export const localEvent = (event: ClaimEvent): ClaimEvent => ({
  ...event,
  label: referenceText(event.label),
  description: referenceText(event.description),
});
