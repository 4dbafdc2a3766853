import { useId } from 'react';
import { KIND_ENCODING, STATE_ENCODING, type MarkerShape } from './encoding';
import type { ClaimKind, VerificationState } from '@/contract/vocabulary';

interface ClaimMarkerProps {
  state: VerificationState;
  kind: ClaimKind;
  colour: string;
  size?: number;
}

/** One claim's marker, centred on (0, 0): shape and fill for the state, outline style for the kind. */
export function ClaimMarker({ state, kind, colour, size = 7 }: ClaimMarkerProps) {
  const clipId = useId();
  const { shape, fill } = STATE_ENCODING[state];
  const stroke = KIND_ENCODING[kind];
  const fillColour = fill === 'solid' ? colour : 'var(--marker-background, #fff)';
  const common = { stroke: colour, strokeWidth: stroke.width, strokeDasharray: stroke.dash, fill: fillColour };
  const outline = shapeElement(shape, size, common);
  return (
    <g aria-hidden="true">
      {stroke.ring ? <circle r={size + 4} fill="none" stroke={colour} strokeWidth={1} /> : null}
      {outline}
      {fill === 'half' ? (
        <>
          <clipPath id={clipId}>
            <rect x={-size - 2} y={0} width={2 * size + 4} height={size + 2} />
          </clipPath>
          <g clipPath={`url(#${clipId})`}>{shapeElement(shape, size, { fill: colour, stroke: 'none' })}</g>
        </>
      ) : null}
      {stroke.dot ? (
        <circle
          r={Math.max(size * 0.36, 2)}
          fill="var(--marker-background, #fff)"
          stroke={colour}
          strokeWidth={1.25}
          strokeDasharray={undefined}
        />
      ) : null}
    </g>
  );
}

type ShapeStyle = { stroke: string; fill: string; strokeWidth?: number; strokeDasharray?: string | undefined };

function shapeElement(shape: MarkerShape, s: number, style: ShapeStyle) {
  switch (shape) {
    case 'circle':
      return <circle r={s} {...style} />;
    case 'square':
      return <rect x={-s * 0.88} y={-s * 0.88} width={s * 1.76} height={s * 1.76} {...style} />;
    case 'triangle':
      return <polygon points={`0,${-s * 1.15} ${s * 1.1},${s * 0.8} ${-s * 1.1},${s * 0.8}`} {...style} />;
    case 'diamond':
      return <polygon points={`0,${-s * 1.2} ${s * 1.1},0 0,${s * 1.2} ${-s * 1.1},0`} {...style} />;
    case 'hexagon':
      return <polygon points={hexagon(s)} {...style} />;
    case 'cross':
      return (
        <g {...style} fill="none" strokeWidth={(style.strokeWidth ?? 2) + 0.75} strokeDasharray={undefined}>
          <circle r={s + 1} fill={style.fill === 'none' ? 'none' : 'var(--marker-background, #fff)'} stroke="none" />
          <line x1={-s * 0.8} y1={-s * 0.8} x2={s * 0.8} y2={s * 0.8} />
          <line x1={-s * 0.8} y1={s * 0.8} x2={s * 0.8} y2={-s * 0.8} />
        </g>
      );
    case 'slashed-circle':
      return (
        <g>
          <circle r={s} {...style} />
          <line x1={-s * 0.7} y1={s * 0.7} x2={s * 0.7} y2={-s * 0.7} stroke={style.stroke} strokeWidth={1.75} />
        </g>
      );
  }
}

function hexagon(s: number): string {
  return Array.from({ length: 6 }, (_, i) => {
    const angle = (Math.PI / 3) * i;
    return `${(Math.cos(angle) * s * 1.1).toFixed(2)},${(Math.sin(angle) * s * 1.1).toFixed(2)}`;
  }).join(' ');
}
