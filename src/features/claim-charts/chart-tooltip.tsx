import type { Claim } from '@/contract/claim-schema';
import { DataText } from '@/components/ui/data-text';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { countryName, CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { formatGrade } from './format-grade';
import type { FoldedRepeats } from './chart-model-types';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

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
  const t = useT();
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
          {t('charts.tooltip.quoteOpen')}
          <DataText text={quote.text} lang={quote.language} maxLength={TOOLTIP_QUOTE_LENGTH} />
          {t('charts.tooltip.quoteClose')}
        </p>
      ) : null}
      <dl>
        <dt>{t('charts.tooltip.saidBy')}</dt>
        <dd>
          {speaker.name ? <DataText text={speaker.name} /> : null}
          {speaker.name && speaker.role ? ', ' : null}
          {speaker.role ? <DataText text={speaker.role} /> : null}
          {speaker.name || speaker.role ? ' — ' : null}
          <DataText text={speaker.organisation} />
          {country ? ` (${country})` : ''}
        </dd>
        <dt>{t('charts.tooltip.via')}</dt>
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
        <dt>{t('charts.tooltip.claimed')}</dt>
        <dd>{formatPartialDate(claim.claimedOn, { showPrecision: true })}</dd>
        {claim.figureAsOf ? (
          <>
            <dt>{t('charts.tooltip.figureAsOf')}</dt>
            <dd>{formatPartialDate(claim.figureAsOf, { showPrecision: true })}</dd>
          </>
        ) : null}
        {folded ? (
          <>
            <dt>{t('charts.tooltip.folded')}</dt>
            <dd>
              <RichText
                text={t('charts.tooltip.foldedValue', { marker: folded.marker })}
                tags={{
                  claims: () =>
                    folded.claims.map((c, i) => (
                      <span key={c.id}>
                        {i > 0 ? ', ' : null}
                        {c.id} (<DataText text={c.source.outlet} />)
                      </span>
                    )),
                }}
              />
            </dd>
          </>
        ) : null}
        {sameOriginAs?.length ? (
          <>
            <dt>{t('charts.tooltip.sameOrigin')}</dt>
            <dd>{t('charts.tooltip.sameOriginValue', { ids: sameOriginAs.join(', ') })}</dd>
          </>
        ) : null}
        <dt>{t('charts.tooltip.state')}</dt>
        <dd>{VERIFICATION_STATE_LABELS[claim.verification.state]}</dd>
        <dt>{t('charts.tooltip.grade')}</dt>
        <dd>{formatGrade(claim.grade)}</dd>
      </dl>
      <p className="chart-tooltip__hint">{t('charts.tooltip.hint')}</p>
    </div>
  );
}
