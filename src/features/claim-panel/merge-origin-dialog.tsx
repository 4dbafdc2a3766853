import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { originDecisions, originQueries } from '@/api/queries/origin-queries';
import type { Origin } from '@/contract/origins/origin-schema';
import { formatPartialDate } from '@/lib/format';
import { ORIGIN_TYPE_LABELS } from '@/lib/labels';
import { DataText } from '@/components/ui/data-text';
import { LabelledField } from '@/components/ui/labelled-field';
import { OriginDecisionDialog } from './origin-decision-dialog';
import { mergeCandidates } from './merge-candidates';

const optionLabel = (o: Origin) =>
  `${o.label} — ${ORIGIN_TYPE_LABELS[o.type].toLowerCase()}, ${o.date ? formatPartialDate(o.date) : 'undated'} (${o.claimIds.length} ${o.claimIds.length === 1 ? 'report' : 'reports'})`;

/** "Merge with another origin…": one of the same organisation's other origins, nearest in date first. */
export function MergeOriginDialog({ origin, onDone }: { origin: Origin; onDone: (message: string) => void }) {
  const id = useId();
  const list = useQuery(originQueries.list());
  const [target, setTarget] = useState('');
  const candidates = list.data ? mergeCandidates(origin, list.data.origins) : [];
  const chosen = candidates.find((o) => o.id === target) ?? candidates[0];
  return (
    <OriginDecisionDialog
      label="Merge with another origin…"
      title="Merge with another origin"
      submitLabel="Merge origins"
      explanation={
        <p>
          “<DataText text={origin.label} />” and the origin chosen below are one event of{' '}
          <DataText text={origin.ownerName} />: their reports will count as one origin.
        </p>
      }
      problem={() => (chosen ? null : 'Choose the origin to merge with.')}
      decide={(rationale) => originDecisions.merge({ originIds: [origin.id, chosen?.id ?? ''], rationale })}
      onDone={onDone}
      doneMessage="Recorded: the origins are merged."
    >
      {list.isPending ? <p role="status">Loading the origins…</p> : null}
      {list.isError ? (
        <p role="alert" className="sign-in__error">
          The origins could not be loaded: {list.error.message}
        </p>
      ) : null}
      {list.data && candidates.length === 0 ? (
        <p>
          <DataText text={origin.ownerName} /> has no other origin to merge with.
        </p>
      ) : null}
      {candidates.length > 0 ? (
        <LabelledField
          id={`${id}-target`}
          label="Merge with"
          hint={`Other origins of ${origin.ownerName}, nearest in date first.`}
          error={undefined}
        >
          {(control) => (
            <select {...control} value={chosen?.id ?? ''} onChange={(e) => setTarget(e.target.value)}>
              {candidates.map((o) => (
                <option key={o.id} value={o.id}>
                  {optionLabel(o)}
                </option>
              ))}
            </select>
          )}
        </LabelledField>
      ) : null}
    </OriginDecisionDialog>
  );
}
