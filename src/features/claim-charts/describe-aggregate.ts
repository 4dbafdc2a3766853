import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import type { Period } from '@/contract/claim-periods';
import { periodLabel } from '@/lib/periods';
import { t } from '@/i18n/translate';
import type { AggregatePoint } from './chart-model-types';

/** The accessible name of a group: period, count, state, kind, median and range (in the page's language). */
export function describeAggregate(point: AggregatePoint, bucket: Period, unit: string): string {
  const values = {
    period: periodLabel(point.start, bucket),
    count: point.count,
    state: VERIFICATION_STATE_LABELS[point.state],
    kind: CLAIM_KIND_LABELS[point.kind],
    median: Math.round(point.median),
    unit,
    low: point.low,
    high: point.high,
  };
  return t(point.low === point.high ? 'charts.group.description' : 'charts.group.descriptionRange', values);
}
