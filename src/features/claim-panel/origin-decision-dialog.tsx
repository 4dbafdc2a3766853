import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { claimQueries } from '@/api/queries/claim-queries';
import { originQueries } from '@/api/queries/origin-queries';
import { OriginConfirmRequestSchema } from '@/contract/origins/origin-schema';
import { FormDialog } from '@/components/ui/form-dialog';
import { LabelledField } from '@/components/ui/labelled-field';
import { t as translate, useT } from '@/i18n/translate';

interface OriginDecisionDialogProps {
  /** The button that opens the dialog. */
  label: string;
  title: string;
  submitLabel: string;
  /** What the decision does, said above the rationale. */
  explanation: ReactNode;
  /** Sends the decision with the analyst's rationale (already trimmed). */
  decide: (rationale: string) => Promise<unknown>;
  /** A problem with the other fields, if any, said before anything is sent. */
  problem?: () => string | null;
  /** Fields besides the rationale (the origin to merge with). */
  children?: ReactNode;
  onDone: (message: string) => void;
  doneMessage: string;
}

function rationaleProblem(rationale: string): string | null {
  if (rationale.trim() === '') return translate('panel.rationaleRequired');
  const parsed = OriginConfirmRequestSchema.safeParse({ rationale });
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? translate('panel.rationaleInvalid'));
}

/**
 * One analyst decision about an origin: a button opening a modal form that asks why, sends it,
 * refetches every claim and origin on success, and says the API's message when it is refused.
 */
export function OriginDecisionDialog(props: OriginDecisionDialogProps) {
  const { label, title, submitLabel, explanation, decide, problem, children, onDone, doneMessage } = props;
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const queryClient = useQueryClient();
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (why: string) => decide(why),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: claimQueries.all() });
      void queryClient.invalidateQueries({ queryKey: originQueries.all() });
      setRationale('');
      dialog.current?.close();
      onDone(doneMessage);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = problem?.() ?? rationaleProblem(rationale);
    setError(found);
    if (found === null) mutation.mutate(rationale.trim());
  };
  const open = () => {
    setError(null);
    mutation.reset();
    dialog.current?.showModal();
  };
  return (
    <>
      <button type="button" className="button button--quiet" onClick={open}>
        {label}
      </button>
      <FormDialog
        ref={dialog}
        title={title}
        submitLabel={mutation.isPending ? t('panel.saving') : submitLabel}
        onSubmit={submit}
      >
        <div className="origin-dialog__explanation">{explanation}</div>
        {children}
        <LabelledField id={`${id}-rationale`} label={t('panel.rationale')} error={error ?? undefined}>
          {(control) => (
            <textarea
              {...control}
              aria-required="true"
              value={rationale}
              onChange={(e) => setRationale(e.target.value)}
              maxLength={2000}
              rows={3}
            />
          )}
        </LabelledField>
        {mutation.isError ? (
          <p role="alert" className="sign-in__error">
            {t('panel.notSaved', { message: mutation.error.message })}
          </p>
        ) : null}
      </FormDialog>
    </>
  );
}
