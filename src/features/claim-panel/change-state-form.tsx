import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/api/api-client';
import { ClaimSchema, type Claim } from '@/contract/claim-schema';
import { claimQueries } from '@/api/queries/claim-queries';
import { VERIFICATION_STATES, VerificationStateSchema } from '@/contract/vocabulary';
import { VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { useT } from '@/i18n/translate';
import { RationaleAndSubmit } from './rationale-and-submit';

/** An analyst changes the claim's state; the rationale is required and the change joins the history. */
export function ChangeStateForm({ claim }: { claim: Claim }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [to, setTo] = useState(claim.verification.state);
  const [rationale, setRationale] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      apiSend('POST', `/claims/${encodeURIComponent(claim.id)}/verification`, ClaimSchema, {
        to,
        rationale: rationale.trim(),
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(claimQueries.detail(claim.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: claimQueries.lists() });
      setRationale('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <form className="change-state" onSubmit={submit} aria-labelledby="change-state-heading">
      <h3 id="change-state-heading">{t('panel.changeState')}</h3>
      <label htmlFor="change-state-to">{t('panel.newState')}</label>
      <select
        id="change-state-to"
        value={to}
        onChange={(e) => setTo(VerificationStateSchema.safeParse(e.target.value).data ?? claim.verification.state)}
      >
        {VERIFICATION_STATES.map((s) => (
          <option key={s} value={s}>
            {VERIFICATION_STATE_LABELS[s]}
          </option>
        ))}
      </select>
      <RationaleAndSubmit
        id="change-state-rationale"
        labelKey="panel.changeWhy"
        rationale={rationale}
        onRationaleChange={setRationale}
        unchanged={to === claim.verification.state}
        mutation={mutation}
        submitLabel="panel.recordChange"
        savedMessage="panel.changeSaved"
      />
    </form>
  );
}
