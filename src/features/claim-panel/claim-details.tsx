import type { ReactNode } from 'react';
import type { Claim } from '@/contract/claim-schema';
import { formatFigure, formatPartialDate } from '@/lib/format';
import {
  countryName,
  CLAIM_KIND_LABELS,
  CLAIM_KIND_DESCRIPTIONS,
  SPEAKER_TYPE_LABELS,
  VERIFICATION_STATE_LABELS,
} from '@/lib/labels';
import { ClaimMarkerIcon } from '@/components/charts/claim-marker-icon';
import { SourceLink } from '@/components/ui/source-link';
import { DataText } from '@/components/ui/data-text';
import { VerificationHistory } from './verification-history';
import { LinkedClaims } from './linked-claims';
import { ClaimWarnings } from './claim-warnings';
import { CorroborationSection } from './corroboration-section';
import { ArchivedCopies } from './archived-copies';
import { useT } from '@/i18n/translate';

interface ClaimDetailsProps {
  claim: Claim;
  knownClaims: Claim[] | null;
  onOpen: (id: string) => void;
  /** The claim's origin, shown after its chain of citation (it needs the API: the panel supplies it). */
  origin?: ReactNode;
}

/** Everything known about one claim: figure, words, speaker, source, chain of citation, standing, links. */
export function ClaimDetails({ claim, knownClaims, onOpen, origin }: ClaimDetailsProps) {
  const t = useT();
  const { speaker, source, verification } = claim;
  return (
    <div className="claim-details">
      <p className="claim-details__figure">
        <DataText text={formatFigure(claim.figure, { withUnit: true })} />
      </p>
      <p className="claim-details__badges">
        <span className="badge" title={CLAIM_KIND_DESCRIPTIONS[claim.kind]}>
          {CLAIM_KIND_LABELS[claim.kind]}
        </span>
        <span className="badge badge--state">
          <ClaimMarkerIcon state={verification.state} kind={claim.kind} />
          {VERIFICATION_STATE_LABELS[verification.state]}
        </span>
      </p>
      <ClaimWarnings warnings={claim.warnings} />
      {claim.quote ? (
        <blockquote className="claim-details__quote" lang={claim.quote.language ?? undefined}>
          {t('panel.openQuote')}
          <DataText text={claim.quote.text} />
          {t('panel.closeQuote')}
        </blockquote>
      ) : (
        <p className="muted">{t('panel.noQuote')}</p>
      )}
      <dl className="claim-details__facts">
        <dt>{t('panel.saidBy')}</dt>
        <dd>
          {speaker.name ? <DataText text={speaker.name} /> : null}
          {speaker.name && speaker.role ? ', ' : null}
          {speaker.role ? <DataText text={speaker.role} /> : null}
          {speaker.name || speaker.role ? null : t('panel.unnamed')}
          <br />
          <DataText text={speaker.organisation} />
          {speaker.country ? ` · ${countryName(speaker.country)}` : ''} · {SPEAKER_TYPE_LABELS[speaker.type]}
        </dd>
        <dt>{t('panel.claimed')}</dt>
        <dd>
          {formatPartialDate(claim.claimedOn, { showPrecision: true })}
          {claim.claimedOnBasis ? (
            <span className="muted">
              {' '}
              — <DataText text={claim.claimedOnBasis} />
            </span>
          ) : null}
        </dd>
        {claim.figureAsOf || claim.figureAsOfNote ? (
          <>
            <dt>{t('panel.figureRefersTo')}</dt>
            <dd>
              {claim.figureAsOf ? formatPartialDate(claim.figureAsOf, { showPrecision: true }) : null}
              {claim.figureAsOf && claim.figureAsOfNote ? ' — ' : null}
              {claim.figureAsOfNote ? <DataText text={claim.figureAsOfNote} /> : null}
            </dd>
          </>
        ) : null}
        <dt>{t('panel.source')}</dt>
        <dd>
          <DataText text={source.outlet} lang={source.language} />
          {source.publishedOn ? `, ${formatPartialDate(source.publishedOn)}` : ''}
          {source.language && source.language !== 'en'
            ? ` ${t('panel.inLanguage', { language: source.language })}`
            : ''}
          <br />
          <SourceLink url={source.url} />
          <ArchivedCopies source={source} />
        </dd>
        <dt>{t('panel.grade')}</dt>
        <dd>
          {claim.grade?.reliability || claim.grade?.credibility
            ? `${claim.grade.reliability ?? '?'}${claim.grade.credibility ?? '?'}`
            : t('panel.notGraded')}
        </dd>
      </dl>
      <section aria-labelledby="provenance-heading">
        <h3 id="provenance-heading">{t('panel.chainOfCitation')}</h3>
        {claim.provenance.length ? (
          <ol className="provenance">
            {claim.provenance.map((step, i) => (
              <li key={`${i}-${step}`}>
                <DataText text={step} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('panel.notRecorded')}</p>
        )}
      </section>
      {origin}
      <VerificationHistory verification={verification} />
      <LinkedClaims
        title={t('panel.contradictingClaims')}
        ids={claim.contradictingClaimIds}
        knownClaims={knownClaims}
        onOpen={onOpen}
      />
      <CorroborationSection claim={claim} knownClaims={knownClaims} onOpen={onOpen} />
      <LinkedClaims
        title={t('panel.relatedClaims')}
        ids={claim.relatedClaimIds.filter((id) => !claim.contradictingClaimIds.includes(id))}
        knownClaims={knownClaims}
        onOpen={onOpen}
      />
      {claim.notes ? (
        <section aria-labelledby="notes-heading">
          <h3 id="notes-heading">{t('panel.researchNotes')}</h3>
          <p>
            <DataText text={claim.notes} />
          </p>
        </section>
      ) : null}
    </div>
  );
}
