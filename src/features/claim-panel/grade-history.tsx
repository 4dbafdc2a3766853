import type { Claim } from '@/contract/claim-schema';
import { formatPartialDate } from '@/lib/format';
import { gradeCode } from '@/lib/grade-labels';
import { DataText } from '@/components/ui/data-text';

/** Every grade an analyst set, oldest first: the day, the grade before and after, why, and who. */
export function GradeHistory({ claim }: { claim: Pick<Claim, 'grade' | 'gradeHistory'> }) {
  if (claim.gradeHistory.length === 0)
    return (
      <p className="muted">
        {claim.grade ? 'The grade came with the claim; no analyst has changed it.' : 'No analyst has graded it yet.'}
      </p>
    );
  return (
    <ol className="history" aria-label="Grade history">
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
              Graded by <DataText text={change.by} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
