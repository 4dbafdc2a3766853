import { useState } from 'react';
import { originDecisions } from '@/api/queries/origin-queries';
import type { Claim } from '@/contract/claim-schema';
import type { Origin } from '@/contract/origins/origin-schema';
import { DataText } from '@/components/ui/data-text';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import { OriginDecisionDialog } from './origin-decision-dialog';
import { MergeOriginDialog } from './merge-origin-dialog';

interface OriginActionsProps {
  origin: Origin;
  claim: Claim;
}

/** What an analyst may decide about an origin's grouping (shown only to those who may write). */
export function OriginActions({ origin, claim }: OriginActionsProps) {
  const t = useT();
  const [done, setDone] = useState('');
  const label = () => <DataText text={origin.label} />;
  const others = origin.claimIds.filter((id) => id !== claim.id);
  return (
    <div className="origin-actions" role="group" aria-label={t('panel.analystDecisions')}>
      <OriginDecisionDialog
        label={t('panel.confirmGrouping')}
        title={t('panel.confirmGroupingTitle')}
        submitLabel={t('panel.confirmGrouping')}
        explanation={
          <p>
            <RichText
              text={t('panel.confirmGroupingExplanation', {
                count: origin.claimIds.length,
                ids: origin.claimIds.join(', '),
              })}
              tags={{ label }}
            />
          </p>
        }
        decide={(rationale) => originDecisions.confirm(origin.id, { rationale })}
        onDone={setDone}
        doneMessage={t('panel.groupingConfirmedDone')}
      />
      {others.length > 0 ? (
        <OriginDecisionDialog
          label={t('panel.splitOut')}
          title={t('panel.splitOutTitle', { id: claim.id })}
          submitLabel={t('panel.splitOutSubmit')}
          explanation={
            <p>
              <RichText
                text={t('panel.splitOutExplanation', { id: claim.id, others: others.join(', ') })}
                tags={{ label }}
              />
            </p>
          }
          decide={(rationale) => originDecisions.split(origin.id, { claimIds: [claim.id], rationale })}
          onDone={setDone}
          doneMessage={t('panel.splitOutDone', { id: claim.id })}
        />
      ) : null}
      <MergeOriginDialog origin={origin} onDone={setDone} />
      <p role="status" className="muted">
        {done}
      </p>
    </div>
  );
}
