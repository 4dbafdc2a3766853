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
import { currentLocale } from '@/i18n/locale-store';
import { RichText } from '@/i18n/rich-text';
import { useT, type Translate } from '@/i18n/translate';

const optionLabel = (t: Translate, o: Origin) =>
  t('panel.mergeOption', {
    label: o.label,
    type: ORIGIN_TYPE_LABELS[o.type].toLocaleLowerCase(currentLocale()),
    date: o.date ? formatPartialDate(o.date) : t('panel.undated'),
    count: o.claimIds.length,
  });

/** "Merge with another origin…": one of the same organisation's other origins, nearest in date first. */
export function MergeOriginDialog({ origin, onDone }: { origin: Origin; onDone: (message: string) => void }) {
  const t = useT();
  const id = useId();
  const owner = () => <DataText text={origin.ownerName} />;
  const list = useQuery(originQueries.list());
  const [target, setTarget] = useState('');
  const candidates = list.data ? mergeCandidates(origin, list.data.origins) : [];
  const chosen = candidates.find((o) => o.id === target) ?? candidates[0];
  return (
    <OriginDecisionDialog
      label={t('panel.mergeOriginButton')}
      title={t('panel.mergeOriginTitle')}
      submitLabel={t('panel.mergeOriginSubmit')}
      explanation={
        <p>
          <RichText
            text={t('panel.mergeOriginExplanation')}
            tags={{ label: () => <DataText text={origin.label} />, owner }}
          />
        </p>
      }
      problem={() => (chosen ? null : t('panel.chooseOriginToMerge'))}
      decide={(rationale) => originDecisions.merge({ originIds: [origin.id, chosen?.id ?? ''], rationale })}
      onDone={onDone}
      doneMessage={t('panel.originsMergedDone')}
    >
      {list.isPending ? <p role="status">{t('panel.loadingOrigins')}</p> : null}
      {list.isError ? (
        <p role="alert" className="sign-in__error">
          {t('panel.originsLoadFailed', { message: list.error.message })}
        </p>
      ) : null}
      {list.data && candidates.length === 0 ? (
        <p>
          <RichText text={t('panel.noOtherOrigin')} tags={{ owner }} />
        </p>
      ) : null}
      {candidates.length > 0 ? (
        <LabelledField
          id={`${id}-target`}
          label={t('panel.mergeWith')}
          hint={t('panel.mergeWithHint', { owner: origin.ownerName })}
          error={undefined}
        >
          {(control) => (
            <select {...control} value={chosen?.id ?? ''} onChange={(e) => setTarget(e.target.value)}>
              {candidates.map((o) => (
                <option key={o.id} value={o.id}>
                  {optionLabel(t, o)}
                </option>
              ))}
            </select>
          )}
        </LabelledField>
      ) : null}
    </OriginDecisionDialog>
  );
}
