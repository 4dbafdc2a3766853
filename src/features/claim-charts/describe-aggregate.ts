import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { formatNumber } from '@/lib/format';
import type { Period } from '@/contract/claim-periods';
import { periodLabel } from '@/lib/periods';
import type { AggregatePoint } from './chart-model-types';

/** The accessible name of a group: period, count, state, kind, median and range. */
export function describeAggregate(point: AggregatePoint, bucket: Period, unit: string): string {
  const range = point.low === point.high ? '' : ` (range ${formatNumber(point.low)}–${formatNumber(point.high)})`;
  return `${periodLabel(point.start, bucket)}: ${formatNumber(point.count)} ${point.count === 1 ? 'claim' : 'claims'}, ${VERIFICATION_STATE_LABELS[point.state]}, ${CLAIM_KIND_LABELS[point.kind]}. Median ${formatNumber(Math.round(point.median))} ${unit}${range}. Enter narrows the dates to this period.`;
}
