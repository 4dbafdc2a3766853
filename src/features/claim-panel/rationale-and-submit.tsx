import type { UseMutationResult } from '@tanstack/react-query';
import type { MessageKey } from '@/i18n/catalogues/en';
import { useT } from '@/i18n/translate';

interface RationaleAndSubmitProps {
  /** The textarea's id ("change-state-rationale"). */
  id: string;
  labelKey: MessageKey;
  rationale: string;
  onRationaleChange: (rationale: string) => void;
  /** Nothing to record yet (the same state or grade as now). */
  unchanged: boolean;
  mutation: Pick<UseMutationResult<unknown, Error, void>, 'isPending' | 'isError' | 'error' | 'isSuccess'>;
  submitLabel: MessageKey;
  savedMessage: MessageKey;
}

/**
 * The end of an analyst's change form (a state, a grade): the required rationale, kept in the history; the submit
 * button, ready once something changes and the rationale has 3 characters; and what became of the last attempt.
 */
export function RationaleAndSubmit(props: RationaleAndSubmitProps) {
  const { id, labelKey, rationale, onRationaleChange, unchanged, mutation, submitLabel, savedMessage } = props;
  const t = useT();
  return (
    <>
      <label htmlFor={id}>{t(labelKey)}</label>
      <textarea
        id={id}
        value={rationale}
        onChange={(e) => onRationaleChange(e.target.value)}
        required
        minLength={3}
        maxLength={2000}
        rows={3}
      />
      <button
        type="submit"
        className="button"
        disabled={mutation.isPending || unchanged || rationale.trim().length < 3}
      >
        {mutation.isPending ? t('panel.saving') : t(submitLabel)}
      </button>
      <p role="status" className="muted">
        {mutation.isError
          ? t('panel.notSaved', { message: mutation.error?.message ?? '' })
          : mutation.isSuccess
            ? t(savedMessage)
            : ''}
      </p>
    </>
  );
}
