import { metricColourClass } from '@/components/charts/encoding';
import { memo, type KeyboardEvent } from 'react';
import type { Figure } from '@/contract/claim-schema';
import { FOLD_OFFSET } from './label-obstacles';

export interface MarkEvents {
  /** Registers the mark's element for roving focus (null when it unmounts). */
  register: (id: string, element: SVGGElement | null) => void;
  onKeyNavigate: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  onFocusMark: (id: string | null, at?: { x: number; y: number }) => void;
}

interface ClaimMarkProps extends MarkEvents {
  id: string;
  label: string;
  colour: string;
  symbol: string;
  x: number;
  y: number;
  radius: number;
  bound: Figure['bound'];
  /** A stated range, in px relative to y; `capsule` when the range is all that is stated. */
  range: { y1: number; y2: number; capsule: boolean } | null;
  /** The period a month-precision date stands for, in px relative to x. */
  span: { x1: number; x2: number } | null;
  tabIndex: number;
  /** The mark folds repeats of one origin: a second glyph stacked behind its own. */
  folded?: boolean;
  className?: string;
  dataGroup?: { id: string; count: number };
}

/** The arrow of "more than" (up) or "up to" (down), from the glyph's edge or the range's end, and the month span. */
function extrasPath(
  bound: Figure['bound'],
  radius: number,
  range: ClaimMarkProps['range'],
  span: ClaimMarkProps['span'],
): string {
  const parts: string[] = [];
  if (bound === 'at_least' || bound === 'at_most') {
    const sign = bound === 'at_least' ? -1 : 1;
    const base = range ? (sign < 0 ? Math.min(range.y1, range.y2) : Math.max(range.y1, range.y2)) : sign * (radius + 2);
    const tip = base + sign * 9;
    parts.push(`M0 ${base}V${tip}M-3.5 ${tip - sign * 3.5}L0 ${tip}L3.5 ${tip - sign * 3.5}`);
  }
  if (span)
    parts.push(`M${span.x1.toFixed(1)} 0H${span.x2.toFixed(1)}M${span.x1.toFixed(1)} -5V5M${span.x2.toFixed(1)} -5V5`);
  return parts.join('');
}

function rangePath(range: NonNullable<ClaimMarkProps['range']>): string {
  const { y1, y2 } = range;
  return range.capsule
    ? `M0 ${y1.toFixed(1)}V${y2.toFixed(1)}`
    : `M0 ${y1.toFixed(1)}V${y2.toFixed(1)}M-5 ${y1.toFixed(1)}H5M-5 ${y2.toFixed(1)}H5`;
}

/**
 * One focusable claim: a shared glyph (<use>), its range and its arrow or month span, and a glyph stacked
 * behind when it folds repeats of one origin: at most five DOM nodes. The pointer never lands on it: the chart's overlay resolves clicks to the nearest mark.
 */
export const ClaimMark = memo(function ClaimMark(props: ClaimMarkProps) {
  const {
    id,
    label,
    colour,
    symbol,
    x,
    y,
    radius,
    bound,
    range,
    span,
    tabIndex,
    register,
    onKeyNavigate,
    onFocusMark,
    className,
    dataGroup,
    folded = false,
  } = props;
  const extras = extrasPath(bound, radius, range, span);
  return (
    <g
      ref={(element) => register(id, element)}
      className={`${className ?? 'claim-mark'} ${metricColourClass(colour)}`.trimEnd()}
      data-claim-id={dataGroup ? undefined : id}
      data-group-id={dataGroup?.id}
      data-claim-count={dataGroup?.count}
      role="button"
      tabIndex={tabIndex}
      aria-label={label}
      transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
      onFocus={() => onFocusMark(id, { x, y })}
      onBlur={() => onFocusMark(null)}
      onKeyDown={(event) => onKeyNavigate(event, id)}
    >
      {range ? (
        <path className={range.capsule ? 'claim-mark__capsule' : 'claim-mark__range'} d={rangePath(range)} />
      ) : null}
      {extras ? <path className="claim-mark__extras" d={extras} /> : null}
      {folded ? (
        <use className="claim-mark__fold" href={`#${symbol}`} transform={`translate(${FOLD_OFFSET},${-FOLD_OFFSET})`} />
      ) : null}
      <use className="claim-mark__glyph" href={`#${symbol}`} />
    </g>
  );
});
