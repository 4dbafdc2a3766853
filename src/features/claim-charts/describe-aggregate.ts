import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { formatNumber } from '@/lib/format';
import type { AggregateBucket, AggregatePoint } from './aggregate-points';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Week of 14 Oct 2024", "October 2024", "Q4 2024". */
export function periodLabel(point: AggregatePoint, bucket: AggregateBucket): string {
  const start = new Date(point.start);
  const year = start.getUTCFullYear();
  if (bucket === 'week') return `Week of ${start.getUTCDate()} ${MONTHS[start.getUTCMonth()]?.slice(0, 3)} ${year}`;
  if (bucket === 'month') return `${MONTHS[start.getUTCMonth()]} ${year}`;
  if (bucket === 'year') return String(year);
  return `Q${Math.floor(start.getUTCMonth() / 3) + 1} ${year}`;
}

/** The accessible name of a group: period, count, state, kind, median and range. */
export function describeAggregate(point: AggregatePoint, bucket: AggregateBucket, unit: string): string {
  const kind = point.kind ? CLAIM_KIND_LABELS[point.kind] : 'mixed kinds of figure';
  const range = point.low === point.high ? '' : ` (range ${formatNumber(point.low)}–${formatNumber(point.high)})`;
  return `${periodLabel(point, bucket)}: ${formatNumber(point.count)} ${point.count === 1 ? 'claim' : 'claims'}, ${VERIFICATION_STATE_LABELS[point.state]}, ${kind}. Median ${formatNumber(Math.round(point.median))} ${unit}${range}. Enter narrows the dates to this period.`;
}
