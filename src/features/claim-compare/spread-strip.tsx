import type { Claim } from '@/contract/claim-schema';
import { ClaimMarker } from '@/components/charts/claim-marker';
import { formatCompact } from '@/lib/format';
import { originFigures } from '@/contract/origins/origin-figures';
import { chartTextWidth } from '@/lib/chart-text-width';
import { useT } from '@/i18n/translate';

const WIDTH = 600;
const HEIGHT = 62;
/** The least room left of the scale, for the row names ("claims", "origins"); a longer name takes more. */
const MIN_LEFT = 58;
/** The row names' size in px (.spread-strip__tick) and the gap between a name and its row. */
const TICK_SIZE = 11;
const TICK_GAP = 8;
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
  const t = useT();
  const claimsTick = t('compare.tickClaims');
  const originsTick = t('compare.tickOrigins');
  const widest = Math.max(...[claimsTick, originsTick].map((text) => chartTextWidth(text, TICK_SIZE, 400)));
  const left = Math.max(MIN_LEFT, Math.ceil(widest) + TICK_GAP * 2);
  const x = (v: number) => left + (v / (spread.max || 1)) * (WIDTH - left - RIGHT);
  const origins = originFigures(claims);
  return (
    <svg
      className="spread-strip"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('compare.stripLabel', {
        min: formatCompact(spread.min),
        max: formatCompact(spread.max),
        claims: t('compare.stripClaims', { count: claims.length }),
        origins: t('compare.stripOrigins', { count: origins.length }),
      })}
    >
      <text x={left - TICK_GAP} y={CLAIMS_Y + 4} textAnchor="end" className="spread-strip__tick">
        {claimsTick}
      </text>
      <text x={left - TICK_GAP} y={ORIGINS_Y + 4} textAnchor="end" className="spread-strip__tick">
        {originsTick}
      </text>
      <line x1={left} x2={WIDTH - RIGHT} y1={CLAIMS_Y} y2={CLAIMS_Y} stroke="var(--axis)" />
      <line x1={left} x2={WIDTH - RIGHT} y1={ORIGINS_Y} y2={ORIGINS_Y} stroke="var(--axis)" />
      <text x={left} y={HEIGHT - 4} className="spread-strip__tick">
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
