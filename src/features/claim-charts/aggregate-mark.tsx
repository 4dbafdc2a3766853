import type { KeyboardEvent, Ref } from 'react';
import { ClaimMarker } from '@/components/charts/claim-marker';
import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { formatNumber } from '@/lib/format';
import type { AggregateBucket, AggregatePoint } from './aggregate-points';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

interface AggregateMarkProps {
  point: AggregatePoint;
  label: string;
  x: number;
  y: number;
  range: { y1: number; y2: number } | null;
  tabIndex: number;
  markRef: Ref<SVGGElement>;
  onOpen: (id: string) => void;
  onKeyNavigate: (event: KeyboardEvent<SVGGElement>, id: string) => void;
}

/** A group of claims drawn as one focusable mark: the state's shape, larger for more claims, with the group's full range. */
export function AggregateMark({ point, label, x, y, range, tabIndex, markRef, onOpen, onKeyNavigate }: AggregateMarkProps) {
  const size = 5 + Math.min(6, Math.log2(point.count));
  return (
    <g
      ref={markRef}
      className="claim-mark claim-mark--group"
      data-group-id={point.id}
      data-claim-count={point.count}
      role="button"
      tabIndex={tabIndex}
      aria-label={label}
      transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
      onClick={() => onOpen(point.id)}
      onKeyDown={(event) => onKeyNavigate(event, point.id)}
    >
      <circle className="claim-mark__hit" r={size + 6} fill="transparent" />
      {range ? (
        <g stroke={point.colour} strokeWidth={1.25} opacity={0.7}>
          <line x1={0} x2={0} y1={range.y1} y2={range.y2} />
          <line x1={-4} x2={4} y1={range.y1} y2={range.y1} />
          <line x1={-4} x2={4} y1={range.y2} y2={range.y2} />
        </g>
      ) : null}
      <ClaimMarker state={point.state} kind={point.kind ?? 'estimate'} colour={point.colour} size={size} />
      <circle className="claim-mark__focus" r={size + 7} fill="none" />
    </g>
  );
}
