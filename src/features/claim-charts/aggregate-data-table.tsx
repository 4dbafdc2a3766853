import { useState } from 'react';
import { formatFigure, formatNumber, formatPartialDate } from '@/lib/format';
import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { periodLabel } from './describe-aggregate';
import type { ChartModel } from './to-chart-models';
import { DataText } from '@/components/ui/data-text';

/** The data table of a chart drawn as groups: one row a group, then every statement without a figure and every undated claim. */
export function AggregateDataTable({ model, onOpen }: { model: ChartModel; onOpen: (id: string) => void }) {
  // Rows are built when the table is opened: a closed table costs no DOM.
  const [open, setOpen] = useState(false);
  if (!model.aggregate) return null;
  const { bucket, points } = model.aggregate;
  const single = [...model.unquantified, ...model.undated];
  return (
    <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Data table ({formatNumber(points.length)} groups of {formatNumber(model.aggregate.claimCount)} claims
        {single.length ? `, ${single.length} more claims` : ''})
      </summary>
      <div className="chart-table__scroll">
        <table>
          <caption className="visually-hidden">
            <bdi>{model.title}</bdi>: claims grouped by period and verification state
          </caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">State</th>
              <th scope="col">Kind</th>
              <th scope="col">Claims</th>
              <th scope="col">Median</th>
              <th scope="col">Range</th>
            </tr>
          </thead>
          <tbody>
            {(open ? points : []).map((p) => (
              <tr key={p.id}>
                <td>{periodLabel(p, bucket)}</td>
                <td>{VERIFICATION_STATE_LABELS[p.state]}</td>
                <td>{p.kind ? CLAIM_KIND_LABELS[p.kind] : 'Mixed'}</td>
                <td>{formatNumber(p.count)}</td>
                <td>{formatNumber(Math.round(p.median))}</td>
                <td>
                  {formatNumber(p.low)}–{formatNumber(p.high)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {open && single.length ? (
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
        ) : null}
      </div>
    </details>
  );
}
