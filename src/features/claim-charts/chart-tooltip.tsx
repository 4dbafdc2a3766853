import type { Claim } from '@/api/claim-schema';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { countryName, CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { formatGrade } from './format-grade';

interface ChartTooltipProps {
  claim: Claim;
  metricLabel: string;
  x: number;
  y: number;
  containerWidth: number;
}

/** Shown on hover or keyboard focus: who said what, how sure, and through whom. */
export function ChartTooltip({ claim, metricLabel, x, y, containerWidth }: ChartTooltipProps) {
  const width = Math.min(300, containerWidth - 16);
  const left = x + 18 + width > containerWidth ? Math.max(x - 18 - width, 8) : x + 18;
  const speaker = [claim.speaker.name, claim.speaker.role].filter(Boolean).join(', ');
  const country = countryName(claim.speaker.country);
  return (
    <div className="chart-tooltip" role="tooltip" style={{ left, top: Math.max(y - 20, 0), width }}>
      <p className="chart-tooltip__figure">{formatFigure(claim.figure, { withUnit: true })}</p>
      <p className="chart-tooltip__metric">
        {metricLabel} · {CLAIM_KIND_LABELS[claim.kind]}
      </p>
      <dl>
        <dt>Said by</dt>
        <dd>
          {speaker ? `${speaker} — ` : ''}
          {claim.speaker.organisation}
          {country ? ` (${country})` : ''}
        </dd>
        <dt>Via</dt>
        <dd>{claim.provenance.length ? claim.provenance.join(' → ') : claim.source.outlet}</dd>
        <dt>Claimed</dt>
        <dd>{formatPartialDate(claim.claimedOn, { showPrecision: true })}</dd>
        {claim.figureAsOf ? (
          <>
            <dt>Figure as of</dt>
            <dd>{formatPartialDate(claim.figureAsOf, { showPrecision: true })}</dd>
          </>
        ) : null}
        <dt>State</dt>
        <dd>{VERIFICATION_STATE_LABELS[claim.verification.state]}</dd>
        <dt>Grade</dt>
        <dd>{formatGrade(claim.grade)}</dd>
      </dl>
      <p className="chart-tooltip__hint">Click or press Enter for the source and history</p>
    </div>
  );
}
