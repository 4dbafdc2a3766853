import { useQuery } from '@tanstack/react-query';
import { originQueries } from '@/api/queries/origin-queries';
import type { Claim } from '@/contract/claim-schema';
import type { OriginResponse } from '@/contract/responses';
import { formatPartialDate } from '@/lib/format';
import { ORIGIN_TYPE_LABELS } from '@/lib/labels';
import { DataText } from '@/components/ui/data-text';
import { QueryState } from '@/components/ui/query-state';
import { OriginReports } from './origin-reports';
import { OriginDecisions } from './origin-decisions';
import { ShowOriginLink } from './show-origin-link';
import { OriginActions } from './origin-actions';
import { useT } from '@/i18n/translate';
import '@/styles/claim-origin.css';

interface OriginSectionProps {
  claim: Claim;
  onOpen: (id: string) => void;
  /** Whether to offer the analyst's decisions (a session that may write, and the claim as known today). */
  canDecide: boolean;
}

/**
 * The event the claim's chain of citation begins with, and every other report of it: many outlets
 * repeating one briefing are one origin, not many. An unknown origin is said, never guessed.
 */
export function OriginSection({ claim, onOpen, canDecide }: OriginSectionProps) {
  const t = useT();
  return (
    <section className="claim-origin" aria-labelledby="origin-heading">
      <h3 id="origin-heading">{t('panel.origin')}</h3>
      {claim.originId === null ? (
        <p>{t('panel.originUnknown')}</p>
      ) : (
        <KnownOrigin originId={claim.originId} claim={claim} onOpen={onOpen} canDecide={canDecide} />
      )}
    </section>
  );
}

function KnownOrigin({ originId, claim, onOpen, canDecide }: OriginSectionProps & { originId: string }) {
  const query = useQuery(originQueries.detail(originId));
  return (
    <>
      <QueryState query={query} what="origin" />
      {query.data ? <OriginBody answer={query.data} claim={claim} onOpen={onOpen} canDecide={canDecide} /> : null}
    </>
  );
}

function OriginBody({ answer, claim, onOpen, canDecide }: OriginSectionProps & { answer: OriginResponse }) {
  const t = useT();
  const { origin, claims } = answer;
  const outlets = origin.outlets.length;
  return (
    <>
      <dl className="claim-details__facts">
        <dt>{t('panel.firstSource')}</dt>
        <dd>
          <DataText text={origin.label} />
        </dd>
        <dt>{t('panel.originKind')}</dt>
        <dd>{ORIGIN_TYPE_LABELS[origin.type]}</dd>
        <dt>{t('panel.originOwner')}</dt>
        <dd>
          <DataText text={origin.ownerName} />
        </dd>
        <dt>{t('panel.originDate')}</dt>
        <dd>{formatPartialDate(origin.date, { showPrecision: true })}</dd>
      </dl>
      <p className="claim-origin__count">
        <strong>{t('panel.reportedByOutlets', { count: outlets })}</strong>
        {outlets > 0 ? (
          <>
            {': '}
            <DataText text={origin.outlets.join(', ')} />
          </>
        ) : null}
      </p>
      <h4>{t('panel.otherReports')}</h4>
      <OriginReports claimIds={origin.claimIds.filter((id) => id !== claim.id)} claims={claims} onOpen={onOpen} />
      <OriginDecisions confirmed={origin.confirmed} decisions={origin.decisions} />
      <ShowOriginLink originId={origin.id} />
      {canDecide ? <OriginActions key={`${origin.id}:${claim.id}`} origin={origin} claim={claim} /> : null}
    </>
  );
}
