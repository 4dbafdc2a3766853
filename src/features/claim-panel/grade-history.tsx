import type { Claim } from '@/contract/claim-schema';
import { formatPartialDate } from '@/lib/format';
import { gradeCode } from '@/lib/grade-labels';
import { useT } from '@/i18n/translate';
import { HistoryEntry } from './history-entry';

/** Every grade an analyst set, oldest first: the day, the grade before and after, why, and who. */
export function GradeHistory({ claim }: { claim: Pick<Claim, 'grade' | 'gradeHistory'> }) {
  const t = useT();
  if (claim.gradeHistory.length === 0)
    return <p className="muted">{claim.grade ? t('panel.grade.cameWithClaim') : t('panel.grade.noneYet')}</p>;
  return (
    <ol className="history" aria-label={t('panel.grade.history')}>
      {claim.gradeHistory.map((change, i) => (
        <HistoryEntry
          key={i}
          date={formatPartialDate(change.at)}
          change={`${gradeCode(change.from)} → ${gradeCode(change)}`}
          rationale={change.rationale}
          by={change.by}
          byMessage="panel.grade.by"
        />
      ))}
    </ol>
  );
}
