import { CLAIM_KINDS, VERIFICATION_STATES } from '@/contract/vocabulary';
import {
  CLAIM_KIND_DESCRIPTIONS,
  CLAIM_KIND_LABELS,
  VERIFICATION_STATE_DESCRIPTIONS,
  VERIFICATION_STATE_LABELS,
} from '@/lib/labels';
import { ClaimMarkerIcon } from './claim-marker-icon';
import { useT } from '@/i18n/translate';

const NUMERIC_KINDS = CLAIM_KINDS.filter((k) => k !== 'confirmation' && k !== 'denial' && k !== 'non_denial');

/** Explains every encoding the charts use: marker shape and fill, outline, spans, whiskers and arrows. */
export function EncodingLegend() {
  const t = useT();
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="legend__heading">
        {t('charts.legend.heading')}
      </h2>
      <div className="legend__groups">
        <div>
          <h3>{t('charts.legend.stateHeading')}</h3>
          <ul>
            {VERIFICATION_STATES.map((state) => (
              <li key={state} title={VERIFICATION_STATE_DESCRIPTIONS[state]}>
                <ClaimMarkerIcon state={state} kind="estimate" />
                {VERIFICATION_STATE_LABELS[state]}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('charts.legend.kindHeading')}</h3>
          <ul>
            {NUMERIC_KINDS.map((kind) => (
              <li key={kind} title={CLAIM_KIND_DESCRIPTIONS[kind]}>
                <ClaimMarkerIcon state="unverified" kind={kind} />
                {CLAIM_KIND_LABELS[kind]}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('charts.legend.marksHeading')}</h3>
          <ul>
            <li>
              <LegendGlyph d="M3 11h16M3 7v8M19 7v8" />
              {t('charts.legend.monthSpan')}
            </li>
            <li>
              <LegendGlyph d="M11 3v16M7 3h8M7 19h8" />
              {t('charts.legend.range')}
            </li>
            <li>
              <LegendGlyph d="M11 19V5M7.5 8.5 11 5l3.5 3.5" />
              {t('charts.legend.bound')}
            </li>
            <li>
              <LegendGlyph d="M11 2v18" dashed />
              {t('charts.legend.event')}
            </li>
            <li>{t('charts.legend.lane')}</li>
          </ul>
        </div>
      </div>
    </section>
  );
}

function LegendGlyph({ d, dashed = false }: { d: string; dashed?: boolean }) {
  return (
    <svg className="marker-icon" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.75" strokeDasharray={dashed ? '3 2' : undefined} />
    </svg>
  );
}
