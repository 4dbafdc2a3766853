import type { Claim } from '@/contract/claim-schema';
import { gradeInWords } from '@/lib/grade-labels';
import { GradeHistory } from './grade-history';
import { ChangeGradeForm } from './change-grade-form';
import { useT } from '@/i18n/translate';

/** The claim's Admiralty grade in words, its grade history, and for an analyst the form that changes it. */
export function GradeSection({ claim, canWrite }: { claim: Claim; canWrite: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="grade-heading">
      <h3 id="grade-heading">{t('panel.grade.heading')}</h3>
      <p>
        <strong>{gradeInWords(claim.grade)}</strong>
      </p>
      <GradeHistory claim={claim} />
      {canWrite ? <ChangeGradeForm key={claim.id} claim={claim} /> : null}
    </section>
  );
}
