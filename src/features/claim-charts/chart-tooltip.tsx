import type { Claim } from '@/contract/claim-schema';
import { DataText } from '@/components/ui/data-text';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { countryName, CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { formatGrade } from './format-grade';
import type { FoldedRepeats } from './chart-model-types';

/** A tooltip shows at most this much of a quote; the panel shows it whole. */
export const TOOLTIP_QUOTE_LENGTH = 140;

interface ChartTooltipProps {
  claim: Claim;
  metricLabel: string;
  /** The repeats of one origin the mark folds, and the chart's other marks from its origin (fold=origin). */
  folded?: FoldedRepeats | undefined;
  sameOriginAs?: string[] | undefined;
  x: number;
  y: number;
  containerWidth: number;
}

/** Shown on hover or keyboard focus: who said what, how sure, and through whom. Every field from data sits in its own <bdi>. */
export function ChartTooltip({ claim, metricLabel, folded, sameOriginAs, x, y, containerWidth }: ChartTooltipProps) {
  const width = Math.min(300, containerWidth - 16);
  const left = x + 18 + width > containerWidth ? Math.max(x - 18 - width, 8) : x + 18;
  const { speaker, quote } = claim;
  const country = countryName(speaker.country);
  return (
    <div className="chart-tooltip" role="tooltip" style={{ left, top: Math.max(y - 20, 0), width }}>
      <p className="chart-tooltip__figure">
        <DataText text={formatFigure(claim.figure, { withUnit: true })} />
      </p>
      <p className="chart-tooltip__metric">
        <DataText text={metricLabel} /> · {CLAIM_KIND_LABELS[claim.kind]}
      </p>
      {quote ? (
        <p className="chart-tooltip__quote">
          “<DataText text={quote.text} lang={quote.language} maxLength={TOOLTIP_QUOTE_LENGTH} />”
        </p>
      ) : null}
      <dl>
        <dt>Said by</dt>
        <dd>
          {speaker.name ? <DataText text={speaker.name} /> : null}
          {speaker.name && speaker.role ? ', ' : null}
          {speaker.role ? <DataText text={speaker.role} /> : null}
          {speaker.name || speaker.role ? ' — ' : null}
          <DataText text={speaker.organisation} />
          {country ? ` (${country})` : ''}
        </dd>
        <dt>Via</dt>
        <dd>
          {claim.provenance.length ? (
            claim.provenance.map((step, i) => (
              <span key={i}>
                {i > 0 ? ' → ' : null}
                <DataText text={step} />
              </span>
            ))
          ) : (
            <DataText text={claim.source.outlet} />
          )}
        </dd>
        <dt>Claimed</dt>
        <dd>{formatPartialDate(claim.claimedOn, { showPrecision: true })}</dd>
        {claim.figureAsOf ? (
          <>
            <dt>Figure as of</dt>
            <dd>{formatPartialDate(claim.figureAsOf, { showPrecision: true })}</dd>
          </>
        ) : null}
        {folded ? (
          <>
            <dt>Folded</dt>
            <dd>
              {folded.marker} of one origin:{' '}
              {folded.claims.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? ', ' : null}
                  {c.id} (<DataText text={c.source.outlet} />)
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {sameOriginAs?.length ? (
          <>
            <dt>Same origin</dt>
            <dd>{sameOriginAs.join(', ')} (another figure)</dd>
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
