import type { Claim } from '@/contract/claim-schema';
import { ClaimMarker } from '@/components/charts/claim-marker';
import { formatCompact } from '@/lib/format';
import { originFigures } from '@/contract/origins/origin-figures';

const WIDTH = 600;
const HEIGHT = 62;
const LEFT = 58;
const RIGHT = 24;
const CLAIMS_Y = 18;
const ORIGINS_Y = 38;

interface SpreadStripProps {
  claims: Claim[];
  spread: { min: number; max: number };
}

/**
 * The period's figures on one horizontal scale from zero, so the gap between them is seen, not just
 * read: each claim on the first row, each independent origin's figure (repeats counted once) on the second.
 */
export function SpreadStrip({ claims, spread }: SpreadStripProps) {
  const x = (v: number) => LEFT + (v / (spread.max || 1)) * (WIDTH - LEFT - RIGHT);
  const origins = originFigures(claims);
  return (
    <svg
      className="spread-strip"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Figures from ${formatCompact(spread.min)} to ${formatCompact(spread.max)} on a scale from zero: ${claims.length} claims above, ${origins.length} independent origins below`}
    >
      <text x={LEFT - 8} y={CLAIMS_Y + 4} textAnchor="end" className="spread-strip__tick">
        claims
      </text>
      <text x={LEFT - 8} y={ORIGINS_Y + 4} textAnchor="end" className="spread-strip__tick">
        origins
      </text>
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={CLAIMS_Y} y2={CLAIMS_Y} stroke="var(--axis)" />
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={ORIGINS_Y} y2={ORIGINS_Y} stroke="var(--axis)" />
      <text x={LEFT} y={HEIGHT - 4} className="spread-strip__tick">
        0
      </text>
      <text x={WIDTH - RIGHT} y={HEIGHT - 4} textAnchor="end" className="spread-strip__tick">
        {formatCompact(spread.max)}
      </text>
      {claims.map((claim) => {
        const { value, low, high } = claim.figure;
        return (
          <g key={claim.id}>
            {low !== null && high !== null ? (
              <line
                x1={x(low)}
                x2={x(high)}
                y1={CLAIMS_Y}
                y2={CLAIMS_Y}
                stroke="var(--accent)"
                strokeWidth={4}
                strokeOpacity={0.35}
              />
            ) : null}
            {value !== null ? (
              <g transform={`translate(${x(value)},${CLAIMS_Y})`}>
                <ClaimMarker state={claim.verification.state} kind={claim.kind} colour="var(--accent)" size={6} />
              </g>
            ) : null}
          </g>
        );
      })}
      {origins.map(({ key, numbers }) => {
        const lo = Math.min(...numbers);
        const hi = Math.max(...numbers);
        return (
          <g key={key} className="spread-strip__origin">
            {hi > lo ? (
              <line x1={x(lo)} x2={x(hi)} y1={ORIGINS_Y} y2={ORIGINS_Y} strokeWidth={4} strokeOpacity={0.35} />
            ) : null}
            {numbers.length !== 2 || hi === lo ? <circle cx={x(numbers[0] ?? lo)} cy={ORIGINS_Y} r={4.5} /> : null}
          </g>
        );
      })}
    </svg>
  );
}
