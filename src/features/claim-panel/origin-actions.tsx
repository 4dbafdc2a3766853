import { useState } from 'react';
import { originDecisions } from '@/api/queries/origin-queries';
import type { Claim } from '@/contract/claim-schema';
import type { Origin } from '@/contract/origins/origin-schema';
import { DataText } from '@/components/ui/data-text';
import { OriginDecisionDialog } from './origin-decision-dialog';
import { MergeOriginDialog } from './merge-origin-dialog';

interface OriginActionsProps {
  origin: Origin;
  claim: Claim;
}

/** What an analyst may decide about an origin's grouping (shown only to those who may write). */
export function OriginActions({ origin, claim }: OriginActionsProps) {
  const [done, setDone] = useState('');
  const others = origin.claimIds.filter((id) => id !== claim.id);
  return (
    <div className="origin-actions" role="group" aria-label="Analyst decisions about this origin">
      <OriginDecisionDialog
        label="Confirm grouping"
        title="Confirm this origin's grouping"
        submitLabel="Confirm grouping"
        explanation={
          <p>
            The {origin.claimIds.length} reports grouped under “<DataText text={origin.label} />” (
            {origin.claimIds.join(', ')}) come from this one event.
          </p>
        }
        decide={(rationale) => originDecisions.confirm(origin.id, { rationale })}
        onDone={setDone}
        doneMessage="Recorded: the grouping is confirmed."
      />
      {others.length > 0 ? (
        <OriginDecisionDialog
          label="Split this report out"
          title={`Split ${claim.id} out of this origin`}
          submitLabel="Split it out"
          explanation={
            <p>
              {claim.id} comes from another event than “<DataText text={origin.label} />
              ”: it is taken out into an origin of its own, and no longer counts as a repeat of {others.join(', ')}.
            </p>
          }
          decide={(rationale) => originDecisions.split(origin.id, { claimIds: [claim.id], rationale })}
          onDone={setDone}
          doneMessage={`Recorded: ${claim.id} is split out of the origin.`}
        />
      ) : null}
      <MergeOriginDialog origin={origin} onDone={setDone} />
      <p role="status" className="muted">
        {done}
      </p>
    </div>
  );
}
