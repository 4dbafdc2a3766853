import type { KeyboardEvent, Ref } from 'react';
import { ClaimMarker } from '@/components/charts/claim-marker';
import { KIND_ENCODING } from '@/components/charts/encoding';
import type { Claim } from '@/api/claim-schema';

export interface MarkHandlers {
  onHover: (claimId: string | null, at?: { x: number; y: number }) => void;
  onOpen: (claimId: string) => void;
  onKeyNavigate: (event: KeyboardEvent<SVGGElement>, claimId: string) => void;
}

interface ClaimMarkProps extends MarkHandlers {
  claim: Claim;
  label: string;
  colour: string;
  x: number;
  y: number;
  /** Pixel extent of the period the date stands for, when coarser than a day. */
  dateSpan: { x1: number; x2: number } | null;
  /** Pixel extent of a stated range, relative to y. */
  range: { y1: number; y2: number } | null;
  rangeOnly: boolean;
  tabIndex: number;
  markRef: Ref<SVGGElement>;
}

/** One focusable claim on a chart: the marker, its date span and range whiskers, a focus ring. */
export function ClaimMark({ claim, label, colour, x, y, dateSpan, range, rangeOnly, tabIndex, markRef, onHover, onOpen, onKeyNavigate }: ClaimMarkProps) {
  const stroke = KIND_ENCODING[claim.kind];
  const bound = claim.figure.bound;
  return (
    <g
      ref={markRef}
      className="claim-mark"
      data-claim-id={claim.id}
      role="button"
      tabIndex={tabIndex}
      aria-label={label}
      transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
      onMouseEnter={() => onHover(claim.id, { x, y })}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(claim.id, { x, y })}
      onBlur={() => onHover(null)}
      onClick={() => onOpen(claim.id)}
      onKeyDown={(event) => onKeyNavigate(event, claim.id)}
    >
      <circle className="claim-mark__hit" r={14} fill="transparent" />
      {dateSpan ? (
        <g stroke={colour} strokeWidth={2} opacity={0.8}>
          <line x1={dateSpan.x1 - x} x2={dateSpan.x2 - x} y1={0} y2={0} />
          <line x1={dateSpan.x1 - x} x2={dateSpan.x1 - x} y1={-5} y2={5} />
          <line x1={dateSpan.x2 - x} x2={dateSpan.x2 - x} y1={-5} y2={5} />
        </g>
      ) : null}
      {range && rangeOnly ? (
        <rect x={-5} y={range.y2} width={10} height={Math.max(range.y1 - range.y2, 2)} rx={5} fill={colour} fillOpacity={0.22} stroke={colour} strokeWidth={stroke.width} strokeDasharray={stroke.dash} />
      ) : null}
      {range && !rangeOnly ? (
        <g stroke={colour} strokeWidth={1.5} strokeDasharray={stroke.dash}>
          <line x1={0} x2={0} y1={range.y1} y2={range.y2} />
          <line x1={-5} x2={5} y1={range.y1} y2={range.y1} strokeDasharray={undefined} />
          <line x1={-5} x2={5} y1={range.y2} y2={range.y2} strokeDasharray={undefined} />
        </g>
      ) : null}
      {bound === 'at_least' || bound === 'at_most' ? <BoundArrow direction={bound === 'at_least' ? 'up' : 'down'} colour={colour} offset={rangeOnly && range ? range : null} /> : null}
      <g transform={rangeOnly ? 'translate(16,0)' : undefined}>
        <ClaimMarker state={claim.verification.state} kind={claim.kind} colour={colour} size={rangeOnly ? 5 : 7} />
      </g>
      <circle className="claim-mark__focus" r={15} fill="none" />
    </g>
  );
}

/** A small arrow: "more than" points up, "up to" points down. */
function BoundArrow({ direction, colour, offset }: { direction: 'up' | 'down'; colour: string; offset: { y1: number; y2: number } | null }) {
  const sign = direction === 'up' ? -1 : 1;
  const base = offset ? (direction === 'up' ? offset.y2 : offset.y1) : sign * 11;
  const tip = base + sign * 9;
  return (
    <g stroke={colour} strokeWidth={1.5} fill="none">
      <line x1={0} x2={0} y1={base} y2={tip} />
      <polyline points={`-3.5,${tip - sign * 3.5} 0,${tip} 3.5,${tip - sign * 3.5}`} />
    </g>
  );
}
