import type { ComparisonGroup } from '@/contract/claim-comparison';
import { spreadText } from './spread-text';
import { formatCompact, formatFigure, formatPartialDate } from '@/lib/format';
import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { ClaimMarkerIcon } from '@/components/charts/claim-marker-icon';
import { SpreadStrip } from './spread-strip';
import { groupLabel } from './group-label';
import { DataText } from '@/components/ui/data-text';

/** One period: its figures side by side, their spread, and which of them contradict each other. */
export function ComparisonGroupCard({ group, onOpen }: { group: ComparisonGroup; onOpen: (id: string) => void }) {
  const { spread } = group;
  const headingId = `compare-${group.key}`;
  return (
    <article className="compare-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {groupLabel(group)}{' '}
        <span className="compare-group__meta">
          · {group.claimCount} {group.claimCount === 1 ? 'claim' : 'claims'} from {group.sourceCount}{' '}
          {group.sourceCount === 1 ? 'source' : 'sources'}
          {spreadText(group)}
        </span>
      </h3>
      {spread && group.claims.length > 1 ? <SpreadStrip claims={group.claims} spread={spread} /> : null}
      <table className="compare-group__table">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Kind</th>
            <th scope="col">Said by</th>
            <th scope="col">Claimed</th>
            <th scope="col">State</th>
            <th scope="col">Grade</th>
            <th scope="col">Contradicts</th>
          </tr>
        </thead>
        <tbody>
          {group.claims.map((claim) => (
            <tr key={claim.id}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpen(claim.id)}
                  aria-label={`Open ${claim.id}: ${formatFigure(claim.figure)}`}
                >
                  <DataText text={formatFigure(claim.figure)} />
                </button>
              </td>
              <td>{CLAIM_KIND_LABELS[claim.kind]}</td>
              <td>
                <DataText text={claim.speaker.organisation} />
              </td>
              <td>{formatPartialDate(claim.claimedOn)}</td>
              <td className="claim-table__state">
                <ClaimMarkerIcon state={claim.verification.state} kind={claim.kind} />
                {VERIFICATION_STATE_LABELS[claim.verification.state]}
              </td>
              <td>
                {claim.grade?.reliability || claim.grade?.credibility
                  ? `${claim.grade.reliability ?? '?'}${claim.grade.credibility ?? '?'}`
                  : 'Not graded'}
              </td>
              <td>{claim.contradictingClaimIds.length ? claim.contradictingClaimIds.join(', ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {group.claimCount > group.claims.length ? (
        <p className="muted">
          The {group.claims.length} earliest of {group.claimCount} claims are listed; the spread and counts cover all of
          them. Narrow the filters to list the rest.
        </p>
      ) : null}
      <p className="visually-hidden">Axis of the strip runs from 0 to {formatCompact(spread?.max ?? 0)}.</p>
    </article>
  );
}
