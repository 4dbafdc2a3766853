import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/api/api-client';
import { claimQueries } from '@/api/queries/claim-queries';
import { ClaimSchema, type Claim } from '@/contract/claim-schema';
import type { GradeChangeRequest } from '@/contract/grade-change-schema';
import {
  InformationCredibilitySchema,
  SourceReliabilitySchema,
  type InformationCredibility,
} from '@/contract/vocabulary';
import { credibilityMeaning, reliabilityMeaning } from '@/lib/grade-labels';
import { useT } from '@/i18n/translate';
import { RationaleAndSubmit } from './rationale-and-submit';

const RELIABILITIES = SourceReliabilitySchema.options;
const CREDIBILITIES: readonly InformationCredibility[] = [1, 2, 3, 4, 5, 6];

/** An analyst sets the grade, each half apart (or leaves it unset); the rationale is required and kept. */
export function ChangeGradeForm({ claim }: { claim: Claim }) {
  const t = useT();
  const queryClient = useQueryClient();
  const current = { reliability: claim.grade?.reliability ?? '', credibility: String(claim.grade?.credibility ?? '') };
  const [reliability, setReliability] = useState(current.reliability);
  const [credibility, setCredibility] = useState(current.credibility);
  const [rationale, setRationale] = useState('');
  const mutation = useMutation({
    mutationFn: () => {
      const body: GradeChangeRequest = {
        reliability: SourceReliabilitySchema.safeParse(reliability).data ?? null,
        credibility: InformationCredibilitySchema.safeParse(Number(credibility)).data ?? null,
        rationale: rationale.trim(),
      };
      return apiSend('POST', `/claims/${encodeURIComponent(claim.id)}/grade`, ClaimSchema, body);
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(claimQueries.detail(claim.id).queryKey, updated);
      // The lists, the charts' summaries and the grade filter's counts (all under lists()).
      void queryClient.invalidateQueries({ queryKey: claimQueries.lists() });
      setRationale('');
    },
  });
  const unchanged = reliability === current.reliability && credibility === current.credibility;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <form className="change-state" onSubmit={submit} aria-labelledby="change-grade-heading">
      <h4 id="change-grade-heading">{t('panel.grade.change')}</h4>
      <label htmlFor="change-grade-reliability">{t('panel.grade.reliability')}</label>
      <select id="change-grade-reliability" value={reliability} onChange={(e) => setReliability(e.target.value)}>
        <option value="">{t('panel.grade.notSet')}</option>
        {RELIABILITIES.map((r) => (
          <option key={r} value={r}>
            {r} — {reliabilityMeaning(r)}
          </option>
        ))}
      </select>
      <label htmlFor="change-grade-credibility">{t('panel.grade.credibility')}</label>
      <select id="change-grade-credibility" value={credibility} onChange={(e) => setCredibility(e.target.value)}>
        <option value="">{t('panel.grade.notSet')}</option>
        {CREDIBILITIES.map((c) => (
          <option key={c} value={String(c)}>
            {c} — {credibilityMeaning(c)}
          </option>
        ))}
      </select>
      <RationaleAndSubmit
        id="change-grade-rationale"
        labelKey="panel.grade.rationale"
        rationale={rationale}
        onRationaleChange={setRationale}
        unchanged={unchanged}
        mutation={mutation}
        submitLabel="panel.grade.record"
        savedMessage="panel.grade.saved"
      />
    </form>
  );
}
