import type { Metric } from '@/contract/metric-schema';

/** A synthetic metric for tests (not a real one): override what a test cares about. */
export function makeMetric(overrides: Partial<Metric> = {}): Metric {
  return {
    id: 'troops_in_russia',
    label: 'Troops in Russia',
    unit: 'personnel',
    topic: 'troops',
    description: 'Synthetic metric for tests',
    plausibleMax: null,
    chartGroup: { id: 'g', label: 'Group g' },
    ...overrides,
  };
}

/** A synthetic metric `id` drawn in chart `group` (labelled "Chart <group>"), as summary tests group them. */
export const metricInChart = (id: string, group: string): Metric =>
  makeMetric({ id, label: id, chartGroup: { id: group, label: `Chart ${group}` } });
