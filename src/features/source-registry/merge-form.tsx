import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '@/api/api-error';
import type { SourceSummary } from '@/contract/responses';
import type { SourceMergeRequest } from '@/contract/source-schema';
import { StatusMessage } from '@/components/ui/status-message';
import { checkMergeDraft, type MergeDraft, type MergeDraftErrors } from './merge-draft';
import { LabelledField } from '@/components/ui/labelled-field';
import { useMergeSources } from './source-merge-queries';

interface MergeFormProps {
  sources: readonly SourceSummary[];
  /** The source to merge: the page sets it when a row's "Merge…" is pressed. */
  from: string;
  onFromChange: (id: string) => void;
}

/** An analyst folds one source into another: choose both, say why, review, confirm. */
export function MergeForm({ sources, from, onFromChange }: MergeFormProps) {
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
      <h3 id="merge-heading">Merge two sources</h3>
      <p className="muted">
        When two entries are one organisation, merge them: the claims of the first count under the second, and its names
        become the second’s aliases. The merge is recorded with your reason.
      </p>
      <div className="merge-form__fields">
        <LabelledField id="merge-from" label="Merge this source" error={errors.from}>
          {(control) => (
            <select {...control} value={from} onChange={(e) => (onFromChange(e.target.value), setReview(null))}>
              <option value="">Choose a source…</option>
              {byName.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.id})
                </option>
              ))}
            </select>
          )}
        </LabelledField>
        <LabelledField id="merge-into" label="into this source" error={errors.into}>
          {(control) => (
            <select {...control} value={into} onChange={(e) => (setInto(e.target.value), setReview(null))}>
              <option value="">Choose a source…</option>
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
      <LabelledField
        id="merge-rationale"
        label="Why they are one source (required, kept with the merge)"
        error={errors.rationale}
      >
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
            Merge “{nameOf(review.from)}” into “{nameOf(review.into)}”?
          </p>
          <p>
            {moving
              ? `Its ${moving.claimCount} ${moving.claimCount === 1 ? 'claim' : 'claims'} will count under “${nameOf(review.into)}”. `
              : ''}
            This cannot be undone from this page.
          </p>
          <div className="merge-form__actions">
            <button
              type="button"
              className="button"
              disabled={merge.isPending}
              onClick={() => confirm(review)}
              autoFocus
            >
              {merge.isPending ? 'Merging…' : 'Confirm the merge'}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setReview(null)}>
              Change
            </button>
          </div>
        </div>
      ) : (
        <div className="merge-form__actions">
          <button type="submit" className="button">
            Review the merge
          </button>
        </div>
      )}
      {merge.isError ? <MergeError error={merge.error} /> : null}
      {merge.isSuccess ? (
        <StatusMessage kind="empty" title={`Merged “${merge.data.fromName}” into “${nameOf(merge.data.into)}”.`}>
          The lists below are refreshed.
        </StatusMessage>
      ) : null}
    </form>
  );
}

function MergeError({ error }: { error: Error }) {
  if (error instanceof ApiError && error.status === 501) {
    return (
      <StatusMessage kind="warning" title="This server cannot merge sources">
        {error.message} Nothing was changed.
      </StatusMessage>
    );
  }
  return (
    <StatusMessage kind="error" title="The merge failed; nothing was changed">
      {error.message}
    </StatusMessage>
  );
}
