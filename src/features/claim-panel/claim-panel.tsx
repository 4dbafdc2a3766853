import { useLayoutEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Claim } from '@/contract/claim-schema';
import { claimQueries } from '@/api/queries/claim-queries';
import { StatusMessage } from '@/components/ui/status-message';
import { useClaimPanelActions, useOpenClaimId } from '@/stores/claim-panel-store';
import { ClaimDetails } from './claim-details';
import { linkedClaimIds } from './linked-claim-ids';
import { ChangeStateForm } from './change-state-form';
import { GradeSection } from './grade-section';
import { OriginSection } from './origin-section';
import { useSession } from '@/api/queries/use-session';
import { claimAsKnownOn } from '@/contract/select-claims';
import { formatPartialDate } from '@/lib/format';
import { shortFigure } from '@/lib/short-label';
import { DataText } from '@/components/ui/data-text';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

/** The side panel for one claim: opened from a chart point, the table or a linked claim. Esc closes it. */
export function ClaimPanel({
  asof,
  onEdit,
}: {
  asof?: string | undefined;
  onEdit?: ((id: string) => void) | undefined;
}) {
  const t = useT();
  const claimId = useOpenClaimId();
  const { panelClosed, claimOpened } = useClaimPanelActions();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  const claim = useQuery({ ...claimQueries.detail(claimId ?? ''), enabled: claimId !== null });
  // The claims it names, by id: one small request, not the whole list.
  const linkedIds = claim.data ? linkedClaimIds(claim.data) : [];
  const linked = useQuery({ ...claimQueries.byIds(linkedIds), enabled: linkedIds.length > 0 });
  const knownClaims = linkedIds.length === 0 ? [] : (linked.data?.claims ?? null);

  // Layout effects, not passive ones: the panel takes the focus and hears Escape from the moment it is in the page. A
  // passive effect runs after the browser paints, and a key pressed in between (a browser handles input before
  // React's scheduled work) went unheard: the first Escape after opening did not close it (an e2e run, once).
  useLayoutEffect(() => {
    if (claimId === null) return;
    const active = document.activeElement;
    const fromOutside =
      (active instanceof HTMLElement || active instanceof SVGElement) && !active.closest('.claim-panel');
    if (returnFocus.current === null && fromOutside) returnFocus.current = active;
    headingRef.current?.focus();
  }, [claimId]);

  useLayoutEffect(() => {
    if (claimId === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  function close() {
    panelClosed();
    const target = returnFocus.current;
    returnFocus.current = null;
    target?.focus();
  }

  if (claimId === null) return null;
  return (
    <aside
      className="claim-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="claim-panel-heading"
      data-panel-claim-id={claimId}
    >
      <div className="claim-panel__bar">
        <h2 id="claim-panel-heading" ref={headingRef} tabIndex={-1} className="claim-panel__heading">
          {claim.data ? panelHeading(claim.data) : t('panel.claimHeading', { id: claimId })}
          <span className="claim-panel__id"> · {claimId}</span>
        </h2>
        {onEdit ? (
          <button type="button" className="button button--quiet" onClick={() => onEdit(claimId)}>
            {t('panel.editClaim')}
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={close} aria-label={t('panel.closeLabel')}>
          <RichText text={t('panel.close')} tags={{ key: (inner) => <kbd aria-hidden="true">{inner}</kbd> }} />
        </button>
      </div>
      {claim.isPending ? <StatusMessage kind="loading" title={t('panel.loading')} /> : null}
      {claim.isError ? (
        <StatusMessage kind="error" title={t('panel.loadFailed', { id: claimId })}>
          {claim.error.message}
        </StatusMessage>
      ) : null}
      {claim.data ? <PanelBody claim={claim.data} asof={asof} knownClaims={knownClaims} onOpen={claimOpened} /> : null}
    </aside>
  );
}

/** The panel is headed by what was said and who said it: "about 11,000 · Kyrylo Budanov"; the organisation follows below. */
function panelHeading(claim: Claim) {
  return (
    <>
      <DataText text={shortFigure(claim.figure)} /> ·{' '}
      <DataText text={claim.speaker.name ?? claim.speaker.organisation} />
    </>
  );
}

function PanelBody({
  claim,
  asof,
  knownClaims,
  onOpen,
}: {
  claim: Claim;
  asof: string | undefined;
  knownClaims: Claim[] | null;
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const { canWrite } = useSession();
  if (!asof) {
    return (
      <>
        <ClaimDetails
          claim={claim}
          knownClaims={knownClaims}
          onOpen={onOpen}
          origin={<OriginSection claim={claim} onOpen={onOpen} canDecide={canWrite} />}
        />
        <GradeSection claim={claim} canWrite={canWrite} />
        {canWrite ? <ChangeStateForm key={claim.id} claim={claim} /> : null}
      </>
    );
  }
  const then = claimAsKnownOn(claim, asof);
  return (
    <>
      <p className="status status--warning">
        {t(then ? 'panel.asKnownOn' : 'panel.notMadeBy', { date: formatPartialDate(asof) })}
      </p>
      <ClaimDetails
        claim={then ?? claim}
        knownClaims={knownClaims}
        onOpen={onOpen}
        origin={<OriginSection claim={then ?? claim} onOpen={onOpen} canDecide={false} />}
      />
      <GradeSection claim={then ?? claim} canWrite={false} />
    </>
  );
}
