import type { Claim } from '@/contract/claim-schema';
import { ClaimMarker } from '@/components/charts/claim-marker';
import { formatCompact } from '@/lib/format';

const WIDTH = 600;
const HEIGHT = 44;
const PAD = 24;

/** The period's figures on one horizontal scale from zero, so the gap between them is seen, not just read. */
export function SpreadStrip({ claims, spread }: { claims: Claim[]; spread: { min: number; max: number } }) {
  const x = (v: number) => PAD + (v / (spread.max || 1)) * (WIDTH - 2 * PAD);
  return (
    <svg
      className="spread-strip"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Figures from ${formatCompact(spread.min)} to ${formatCompact(spread.max)} on a scale from zero`}
    >
      <line x1={PAD} x2={WIDTH - PAD} y1={22} y2={22} stroke="var(--axis)" />
      <text x={PAD} y={40} className="spread-strip__tick">
        0
      </text>
      <text x={WIDTH - PAD} y={40} textAnchor="end" className="spread-strip__tick">
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
                y1={22}
                y2={22}
                stroke="var(--accent)"
                strokeWidth={4}
                strokeOpacity={0.35}
              />
            ) : null}
            {value !== null ? (
              <g transform={`translate(${x(value)},22)`}>
                <ClaimMarker state={claim.verification.state} kind={claim.kind} colour="var(--accent)" size={6} />
              </g>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
