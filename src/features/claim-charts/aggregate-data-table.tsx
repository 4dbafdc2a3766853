import { formatFigure, formatNumber, formatPartialDate } from '@/lib/format';
import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { periodLabel } from '@/lib/periods';
import { ChartTableBody } from './chart-table-details';
import type { ChartModel } from './chart-model-types';
import { DataText } from '@/components/ui/data-text';

const COLUMNS = ['Period', 'State', 'Kind', 'Claims', 'Median', 'Range'];

/** The data table of a chart drawn as groups: one row a group, then every statement without a figure and every undated claim. */
export function AggregateDataTable({ model, onOpen }: { model: ChartModel; onOpen: (id: string) => void }) {
  if (!model.aggregate) return null;
  const { bucket, points } = model.aggregate;
  const single = [...model.unquantified, ...model.undated];
  return (
    <ChartTableBody
      caption={
        <>
          <bdi>{model.title}</bdi>: claims grouped by period and verification state
        </>
      }
      columns={COLUMNS}
      rows={points.map((p) => (
        <tr key={p.id}>
          <td>{periodLabel(p.start, bucket)}</td>
          <td>{VERIFICATION_STATE_LABELS[p.state]}</td>
          <td>{CLAIM_KIND_LABELS[p.kind]}</td>
          <td>{formatNumber(p.count)}</td>
          <td>{formatNumber(Math.round(p.median))}</td>
          <td>
            {formatNumber(p.low)}–{formatNumber(p.high)}
          </td>
        </tr>
      ))}
      after={
        single.length ? (
          <ul className="chart-table__singles">
            {single.map(({ claim }) => (
              <li key={claim.id}>
                {formatPartialDate(claim.claimedOn, { showPrecision: true })}:{' '}
                <DataText text={formatFigure(claim.figure, { withUnit: true })} />,{' '}
                <DataText text={claim.speaker.organisation} />, {VERIFICATION_STATE_LABELS[claim.verification.state]}{' '}
                <button type="button" className="link-button" onClick={() => onOpen(claim.id)}>
                  Open {claim.id}
                </button>
              </li>
            ))}
          </ul>
        ) : null
      }
    />
  );
}
