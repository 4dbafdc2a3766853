import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '@/api/api-error';
import type { SourceSummary } from '@/contract/responses';
import type { SourceMergeRequest } from '@/contract/source-schema';
import { StatusMessage } from '@/components/ui/status-message';
import { checkMergeDraft, type MergeDraft, type MergeDraftErrors } from './merge-draft';
import { LabelledField } from '@/components/ui/labelled-field';
import { useMergeSources } from './source-merge-queries';
import { useT } from '@/i18n/translate';

interface MergeFormProps {
  sources: readonly SourceSummary[];
  /** The source to merge: the page sets it when a row's "Merge…" is pressed. */
  from: string;
  onFromChange: (id: string) => void;
}

/** An analyst folds one source into another: choose both, say why, review, confirm. */
export function MergeForm({ sources, from, onFromChange }: MergeFormProps) {
  const t = useT();
  const [chosenInto, setInto] = useState('');
  // A target that has just become the source to merge is no longer a choice.
  const into = chosenInto === from ? '' : chosenInto;
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<MergeDraftErrors>({});
  const [review, setReview] = useState<SourceMergeRequest | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const merge = useMergeSources();
  const byName = [...sources].sort((a, b) => a.name.localeCompare(b.name));
  const nameOf = (id: string) => sources.find((s) => s.id === id)?.name ?? id;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    merge.reset();
    const draft: MergeDraft = { from, into, rationale };
    const checked = checkMergeDraft(draft);
    setErrors(checked.errors ?? {});
    setReview(checked.request);
    const firstInvalid = (['from', 'into', 'rationale'] as const).find((field) => checked.errors?.[field]);
    if (firstInvalid) form.current?.querySelector<HTMLElement>(`#merge-${firstInvalid}`)?.focus();
  };
  const confirm = (request: SourceMergeRequest) =>
    merge.mutate(request, {
      onSuccess: () => {
        setReview(null);
        onFromChange('');
        setInto('');
        setRationale('');
      },
    });
  const moving = review ? sources.find((s) => s.id === review.from) : undefined;

  return (
    <form ref={form} className="merge-form" onSubmit={submit} noValidate aria-labelledby="merge-heading">
      <h3 id="merge-heading">{t('sources.mergeTwo')}</h3>
      <p className="muted">{t('sources.mergeIntro')}</p>
      <div className="merge-form__fields">
        <LabelledField id="merge-from" label={t('sources.mergeFrom')} error={errors.from}>
          {(control) => (
            <select {...control} value={from} onChange={(e) => (onFromChange(e.target.value), setReview(null))}>
              <option value="">{t('sources.chooseSource')}</option>
              {byName.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.id})
                </option>
              ))}
            </select>
          )}
        </LabelledField>
        <LabelledField id="merge-into" label={t('sources.mergeInto')} error={errors.into}>
          {(control) => (
            <select {...control} value={into} onChange={(e) => (setInto(e.target.value), setReview(null))}>
              <option value="">{t('sources.chooseSource')}</option>
              {byName
                .filter((s) => s.id !== from)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} ({s.id})
                  </option>
                ))}
            </select>
          )}
        </LabelledField>
      </div>
      <LabelledField id="merge-rationale" label={t('sources.mergeRationale')} error={errors.rationale}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={2000}
            value={rationale}
            onChange={(e) => (setRationale(e.target.value), setReview(null))}
          />
        )}
      </LabelledField>
      {review ? (
        <div className="merge-form__review" role="group" aria-labelledby="merge-review-title">
          <p id="merge-review-title" className="merge-form__review-title">
            {t('sources.reviewTitle', { from: nameOf(review.from), into: nameOf(review.into) })}
          </p>
          <p>
            {moving ? `${t('sources.claimsWillMove', { count: moving.claimCount, into: nameOf(review.into) })} ` : ''}
            {t('sources.cannotUndo')}
          </p>
          <div className="merge-form__actions">
            <button
              type="button"
              className="button"
              disabled={merge.isPending}
              onClick={() => confirm(review)}
              autoFocus
            >
              {merge.isPending ? t('sources.merging') : t('sources.confirmMerge')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setReview(null)}>
              {t('sources.changeMerge')}
            </button>
          </div>
        </div>
      ) : (
        <div className="merge-form__actions">
          <button type="submit" className="button">
            {t('sources.reviewMerge')}
          </button>
        </div>
      )}
      {merge.isError ? <MergeError error={merge.error} /> : null}
      {merge.isSuccess ? (
        <StatusMessage
          kind="empty"
          title={t('sources.merged', { from: merge.data.fromName, into: nameOf(merge.data.into) })}
        >
          {t('sources.listsRefreshed')}
        </StatusMessage>
      ) : null}
    </form>
  );
}

function MergeError({ error }: { error: Error }) {
  const t = useT();
  if (error instanceof ApiError && error.status === 501) {
    return (
      <StatusMessage kind="warning" title={t('sources.cannotMerge')}>
        {t('sources.nothingChanged', { message: error.message })}
      </StatusMessage>
    );
  }
  return (
    <StatusMessage kind="error" title={t('sources.mergeFailed')}>
      {error.message}
    </StatusMessage>
  );
}
