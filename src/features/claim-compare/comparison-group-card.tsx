import type { ComparisonGroup } from '@/contract/claim-comparison';
import { spreadText } from './spread-text';
import { formatCompact, formatFigure, formatPartialDate } from '@/lib/format';
import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { ClaimMarkerIcon } from '@/components/charts/claim-marker-icon';
import { SpreadStrip } from './spread-strip';
import { groupLabel } from './group-label';
import { DataText } from '@/components/ui/data-text';
import type { MessageKey } from '@/i18n/catalogues/en';
import { useT } from '@/i18n/translate';

const COLUMNS: readonly MessageKey[] = [
  'compare.column.figure',
  'compare.column.kind',
  'compare.column.saidBy',
  'compare.column.claimed',
  'compare.column.state',
  'compare.column.grade',
  'compare.column.contradicts',
];

/** One period: its figures side by side, their spread, and which of them contradict each other. */
export function ComparisonGroupCard({ group, onOpen }: { group: ComparisonGroup; onOpen: (id: string) => void }) {
  const t = useT();
  const { spread } = group;
  const headingId = `compare-${group.key}`;
  return (
    <article className="compare-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {groupLabel(group)}{' '}
        <span className="compare-group__meta">
          ·{' '}
          {t('compare.groupClaims', {
            count: group.claimCount,
            sources: t('compare.fromSources', { count: group.sourceCount }),
          })}
          {spreadText(group)}
        </span>
      </h3>
      {spread && group.claims.length > 1 ? <SpreadStrip claims={group.claims} spread={spread} /> : null}
      <table className="compare-group__table">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(column)}
              </th>
            ))}
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
                  aria-label={t('compare.openClaim', { id: claim.id, figure: formatFigure(claim.figure) })}
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
                  : t('compare.notGraded')}
              </td>
              <td>{claim.contradictingClaimIds.length ? claim.contradictingClaimIds.join(', ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {group.claimCount > group.claims.length ? (
        <p className="muted">{t('compare.listedEarliest', { shown: group.claims.length, count: group.claimCount })}</p>
      ) : null}
      <p className="visually-hidden">{t('compare.axis', { max: formatCompact(spread?.max ?? 0) })}</p>
    </article>
  );
}
