import { metricColourClass } from '@/components/charts/encoding';
import type { ChartModel } from './chart-model-types';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { DataText } from '@/components/ui/data-text';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

interface UndatedClaimsProps {
  undated: ChartModel['undated'];
  onOpen: (id: string) => void;
}

/** Claims no source dates: listed beside the chart, never placed on the time axis. */
export function UndatedClaims({ undated, onOpen }: UndatedClaimsProps) {
  const t = useT();
  if (undated.length === 0) return null;
  return (
    <details className="undated" open>
      <summary>
        <RichText
          text={t('charts.undated', { count: undated.length })}
          tags={{ why: (inner) => <span className="undated__why">{inner}</span> }}
        />
      </summary>
      <ul>
        {undated.map(({ claim, colour, metricLabel }) => (
          <li key={claim.id}>
            <button type="button" className="undated__item" data-claim-id={claim.id} onClick={() => onOpen(claim.id)}>
              {/* Named by what it shows, in that order (voice control says what it sees), then the context. */}
              <span className={`undated__swatch ${metricColourClass(colour)}`} aria-hidden="true" />
              <span className="undated__figure">
                <DataText text={formatFigure(claim.figure)} />
              </span>
              <span className="visually-hidden">, {t('charts.undated.by')} </span>
              <span className="undated__who">
                <DataText text={claim.speaker.organisation} />
              </span>
              <span className="visually-hidden">, </span>
              <span className="undated__meta">
                {VERIFICATION_STATE_LABELS[claim.verification.state]}
                {claim.source.publishedOn
                  ? ` · ${t('charts.undated.pageDated', { date: formatPartialDate(claim.source.publishedOn) })}`
                  : ''}
              </span>
              <span className="visually-hidden">
                {`. ${t('charts.undated.name', { metric: metricLabel, figure: formatFigure(claim.figure, { withUnit: true }) })}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
