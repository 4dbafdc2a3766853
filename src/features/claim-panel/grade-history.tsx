import type { Claim } from '@/contract/claim-schema';
import { formatPartialDate } from '@/lib/format';
import { gradeCode } from '@/lib/grade-labels';
import { DataText } from '@/components/ui/data-text';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

/** Every grade an analyst set, oldest first: the day, the grade before and after, why, and who. */
export function GradeHistory({ claim }: { claim: Pick<Claim, 'grade' | 'gradeHistory'> }) {
  const t = useT();
  if (claim.gradeHistory.length === 0)
    return <p className="muted">{claim.grade ? t('panel.grade.cameWithClaim') : t('panel.grade.noneYet')}</p>;
  return (
    <ol className="history" aria-label={t('panel.grade.history')}>
      {claim.gradeHistory.map((change, i) => (
        <li key={i}>
          <span className="history__date">{formatPartialDate(change.at)}</span>{' '}
          <strong>
            {gradeCode(change.from)} → {gradeCode(change)}
          </strong>
          <p>
            <DataText text={change.rationale} />
          </p>
          {change.by ? (
            <p className="muted">
              <RichText text={t('panel.grade.by')} tags={{ by: () => <DataText text={change.by ?? ''} /> }} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
