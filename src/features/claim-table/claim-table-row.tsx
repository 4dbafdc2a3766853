import { memo } from 'react';
import type { Claim } from '@/contract/claim-schema';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { countryName, CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { ClaimMarkerIcon } from '@/components/charts/claim-marker-icon';
import { DataText } from '@/components/ui/data-text';
import { ArchivedCopyLink } from '@/components/ui/archived-copy-link';
import { newestArchivedCopy } from './newest-archived-copy';
import { useT } from '@/i18n/translate';

interface ClaimTableRowProps {
  claim: Claim;
  /** The row's place in the sorted list, from 0 (the header is row 1 of the table). */
  index: number;
  metricLabel: string;
  onOpen: (id: string) => void;
  /** Set when the table is windowed: measures the drawn row. */
  measureRow?: (row: HTMLTableRowElement | null) => void;
}

/** One claim as a table row; memoised, so a scroll that moves the window re-renders only the rows it adds. */
export const ClaimTableRow = memo(function ClaimTableRow({
  claim,
  index,
  metricLabel,
  onOpen,
  measureRow,
}: ClaimTableRowProps) {
  const t = useT();
  return (
    <tr ref={measureRow} data-index={measureRow ? index : undefined} aria-rowindex={index + 2}>
      <td>{formatPartialDate(claim.claimedOn, { showPrecision: true })}</td>
      <td>
        {/* A catalogue label, short: isolated, but not broken inside a word as long texts are. */}
        <bdi>{metricLabel}</bdi>
      </td>
      <td className="claim-table__figure">
        <DataText text={formatFigure(claim.figure, { withUnit: true })} />
      </td>
      <td>{CLAIM_KIND_LABELS[claim.kind]}</td>
      <td>
        <DataText text={claim.speaker.organisation} />
        {claim.speaker.country ? <span className="muted"> · {countryName(claim.speaker.country)}</span> : null}
      </td>
      <td className="claim-table__state">
        <ClaimMarkerIcon state={claim.verification.state} kind="estimate" />
        {VERIFICATION_STATE_LABELS[claim.verification.state]}
      </td>
      <td>
        <DataText text={claim.source.outlet} lang={claim.source.language} />
        <NewestArchivedCopy claim={claim} />
      </td>
      <td>
        <button type="button" className="link-button" onClick={() => onOpen(claim.id)}>
          {t('table.openClaim', { id: claim.id })}
        </button>
      </td>
    </tr>
  );
});

/** The newest archived copy of the source address, under the outlet; the panel lists them all. */
function NewestArchivedCopy({ claim }: { claim: Claim }) {
  const t = useT();
  const newest = newestArchivedCopy(claim.source.archives);
  if (!newest) return null;
  const more = claim.source.archives.length - 1;
  return (
    <div className="claim-table__archive">
      <ArchivedCopyLink copy={newest} />
      {more > 0 ? <span className="muted"> {t('table.olderArchivedCopies', { count: more })}</span> : null}
    </div>
  );
}
